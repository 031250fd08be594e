import { z } from 'zod';
import type { Access } from '../domain/access/appRole';
import { IsoDate } from '../domain/calendar/calendarDate';

/**
 * One resolver row: its zod input schema, who may call it, and its output type. The feature files
 * (`areas.ts`, `audits.ts`, …) write their rows with `resolver`; `resolvers.ts` assembles them.
 * This file is apart from `resolvers.ts` so a feature file never imports the file that imports it.
 */
export interface ResolverSpec<Input extends z.ZodType, Output> {
  input: Input;
  access: Access;
  summary: string;
  /** Phantom member: carries the output type for the typed client. Never read at run time. */
  output?: Output;
}

export function resolver<Output>() {
  return <Input extends z.ZodType>(spec: Omit<ResolverSpec<Input, Output>, 'output'>) =>
    spec as ResolverSpec<Input, Output>;
}

// Fragments that more than one feature's inputs share.
export const reason = z.string().trim().min(1).max(2000).optional();
export const accountId = z.string().trim().min(1, 'Enter an Atlassian account id').max(128);
export const expectedVersion = z.number().int().min(0);
export const auditId = z.string().trim().min(1).max(191);
export const requiredReason = z.string().trim().min(1, 'Say why').max(2000);
export const recordId = z.string().trim().min(1).max(191);
export const issueKey = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_]+-[1-9][0-9]*$/, 'A Jira issue key such as NC-12');
/** A CSV file's text: 2 MB is far beyond 93 SoA lines or a few hundred areas. */
export const csvText = z.string().min(1, 'The file is empty').max(2_000_000, 'The file is larger than 2 MB');
/** Which cycle: its first day; the one containing today (programme time zone) when left out. */
export const cycleStart = IsoDate.optional();
