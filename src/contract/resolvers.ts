import { z } from 'zod';
import { AppRole, type Access } from '../domain/access/appRole';
import { ProgrammeSettings } from '../domain/programme/programmeSettings';
import type { TrailVerdict } from '../domain/trail/verifyTrail';

/**
 * The resolver contract: one row per resolver with its zod input schema, who may call it, and its
 * output type. The entry layer parses with `input` and checks `access`; the UI's typed client and
 * the sandbox's `GET /sandbox/contract` are generated from this same table.
 */
interface ResolverSpec<Input extends z.ZodType, Output> {
  input: Input;
  access: Access;
  summary: string;
  /** Phantom member: carries the output type for the typed client. Never read at run time. */
  output?: Output;
}

function resolver<Output>() {
  return <Input extends z.ZodType>(spec: Omit<ResolverSpec<Input, Output>, 'output'>) =>
    spec as ResolverSpec<Input, Output>;
}

const reason = z.string().trim().min(1).max(2000).optional();
const accountId = z.string().trim().min(1, 'Enter an Atlassian account id').max(128);
const expectedVersion = z.number().int().min(0);

export interface Session {
  accountId: string;
  displayName: string;
  roles: AppRole[];
  isSiteAdmin: boolean;
  /** True when this call made the caller the programme's first programme manager. */
  becameFirstProgrammeManager: boolean;
}

export interface VersionedSettings {
  settings: ProgrammeSettings;
  /** 0 while the defaults have never been saved. Send it back as `expectedVersion`. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  /** The display name of `updatedBy`, for people reading the page (Part 11: printed name). */
  updatedByName: string | null;
}

export interface RoleAssignment {
  accountId: string;
  displayName: string;
  roles: AppRole[];
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export const resolverContract = {
  getSession: resolver<Session>()({
    input: z.object({}).strict(),
    access: 'anyone',
    summary: 'Who is calling and which app roles they hold; makes the first site admin programme manager.',
  }),
  getProgrammeSettings: resolver<VersionedSettings>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The programme settings with their version.',
  }),
  updateProgrammeSettings: resolver<VersionedSettings>()({
    input: z
      .object({
        settings: ProgrammeSettings,
        expectedVersion,
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary: 'Save the programme settings (optimistic: expectedVersion must be the version read).',
  }),
  listRoleAssignments: resolver<{ assignments: RoleAssignment[] }>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'Every account that holds an app role.',
  }),
  setUserRoles: resolver<RoleAssignment>()({
    input: z
      .object({
        accountId,
        roles: z.array(AppRole).max(5),
        expectedVersion,
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary: "Replace one account's app roles (the last programme manager cannot be removed).",
  }),
  verifyAuditTrail: resolver<TrailVerdict>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'Walk the hash-chained audit trail and name the first broken entry, if any.',
  }),
} as const;

export type ResolverContract = typeof resolverContract;
export type ResolverName = keyof ResolverContract;
export type ResolverInput<K extends ResolverName> = z.input<ResolverContract[K]['input']>;
export type ParsedInput<K extends ResolverName> = z.output<ResolverContract[K]['input']>;
export type ResolverOutput<K extends ResolverName> = NonNullable<ResolverContract[K]['output']>;
