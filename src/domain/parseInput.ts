import type { z } from 'zod';
import { invalidInput } from './failure';

/**
 * Parses data arriving at a rule with its zod schema. A rejection becomes the domain's typed
 * `invalid_input` failure naming the offending field as a dotted path under `root`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [root, ...(issue?.path ?? []).map(String)].filter((part) => part !== '').join('.');
  throw invalidInput(path, issue?.message ?? 'Invalid input');
}
