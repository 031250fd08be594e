import type { ResolverError } from '../../../../src/contract';
import { fieldMessage } from '../../../shared/fieldMessage';

/** The message without the `path: ` the input parser puts in front (the field already says where). */
export function withoutPath(error: ResolverError): string {
  const prefix = error.field ? `${error.field}: ` : '';
  return prefix && error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

/** The error's words for the field at `path` (or inside it), else undefined. */
export function fieldText(error: ResolverError | null | undefined, path: string): string | undefined {
  const message = fieldMessage(error, path);
  // An answer naming one field only gives the whole message, which older answers began with the path.
  return error && message === error.message ? withoutPath(error) : message;
}
