import type { z } from 'zod';
import { Failure } from './failure';
import { fieldProblems, parseWithPlainWords, refusalMessage } from './input/inputProblems';

/**
 * Parses data arriving at a rule with its zod schema. A rejection becomes the domain's typed
 * `invalid_input` failure in plain words, naming every field at fault (`field` is the first, as a
 * dotted path under `root`).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root: string): z.output<S> {
  const result = parseWithPlainWords(schema, input);
  if (result.success) return result.data;
  const problems = fieldProblems(result.error, root === '' ? [] : root.split('.'));
  throw new Failure('invalid_input', refusalMessage(problems), problems[0]?.field, undefined, problems);
}
