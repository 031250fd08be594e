import { entryNumber, fieldLabel, theLabel } from './fieldLabel';

/**
 * What zod tells an error map about one problem. Loosely typed on purpose: the map is called for
 * every kind of issue, and each kind carries its own details (a limit, the accepted values).
 */
export interface RawIssue {
  code?: string;
  path?: readonly PropertyKey[];
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint | Date;
  maximum?: number | bigint | Date;
  inclusive?: boolean;
  format?: string;
  divisor?: number | bigint;
  values?: readonly unknown[];
  keys?: readonly string[];
}

const count = (value: unknown): string =>
  typeof value === 'number' || typeof value === 'bigint' ? value.toLocaleString('en-GB') : String(value);

const kindWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a set of answers',
  date: 'a date',
  bigint: 'a whole number',
};

const formatWords: Record<string, string> = {
  date: 'a date written YYYY-MM-DD',
  datetime: 'a date and time in UTC written like 2026-05-31T14:00:00Z',
  email: 'an email address',
  url: 'a web address',
  uuid: 'an identifier of the app',
};

function received(input: unknown): string {
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return 'text';
  if (typeof input === 'number') return 'a number';
  if (typeof input === 'boolean') return 'yes or no';
  return 'something else';
}

/** "The title", or "Entry 3 of the areas" when the problem is one entry of a list. */
function subjectOf(path: readonly PropertyKey[]): string {
  const label = path.length === 0 ? 'request' : theLabel(fieldLabel(path)).slice(4);
  const entry = entryNumber(path);
  const subject = entry === null ? `the ${label}` : `entry ${entry} of the ${label}`;
  return subject.charAt(0).toUpperCase() + subject.slice(1);
}

function tooBig(issue: RawIssue, subject: string): string {
  const limit = count(issue.maximum);
  const input = issue.input;
  if (issue.origin === 'string' && typeof input === 'string')
    return `${subject} can be at most ${limit} characters (you wrote ${count(input.length)})`;
  if (issue.origin === 'array' && Array.isArray(input))
    return `${subject} can hold at most ${limit} entries (you gave ${count(input.length)})`;
  if (issue.origin === 'date') return `${subject} can be ${limit} at the latest`;
  return issue.inclusive === false ? `${subject} must be below ${limit}` : `${subject} can be at most ${limit}`;
}

function tooSmall(issue: RawIssue, subject: string, path: readonly PropertyKey[]): string {
  const limit = count(issue.minimum);
  const input = issue.input;
  const the = path.length === 0 ? 'the request' : theLabel(fieldLabel(path));
  if (issue.origin === 'string' && typeof input === 'string') {
    if (input.length === 0 && Number(issue.minimum) <= 1) return `Fill in ${the}`;
    return `${subject} needs at least ${limit} characters (you wrote ${count(input.length)})`;
  }
  if (issue.origin === 'array' && Array.isArray(input)) {
    if (Number(issue.minimum) <= 1) return `Choose at least one entry for ${the}`;
    return `${subject} needs at least ${limit} entries (you gave ${count(input.length)})`;
  }
  if (issue.origin === 'date') return `${subject} can be ${limit} at the earliest`;
  return issue.inclusive === false ? `${subject} must be more than ${limit}` : `${subject} must be at least ${limit}`;
}

/** How a refusal may speak: settings stored under the app's own names (a macro's) list those names. */
export interface Wording {
  namesChoices?: boolean;
}

function oneOf(issue: RawIssue, subject: string, wording: Wording): string {
  const values = issue.values ?? [];
  // Only words a person would type are listed; the app's own keys (`majorNC`) are not words.
  const plain =
    wording.namesChoices ||
    values.every((value) => typeof value === 'number' || (typeof value === 'string' && /^[a-z ]+$/.test(value)));
  if (!plain || values.length === 0 || (values.length > 8 && !wording.namesChoices))
    return `${subject} is not one of the choices offered`;
  const words = values.map((value) => (typeof value === 'string' ? `"${value}"` : String(value)));
  return values.length === 1 ? `${subject} must be ${words[0]}` : `${subject} must be one of ${words.join(', ')}`;
}

/**
 * One input problem as a sentence a person understands, naming the field by its label and the
 * limit it broke. Used as zod's error map, so a schema's own message ("Give the audit a title")
 * still wins; this only replaces zod's built-in wording, which speaks of types and paths.
 */
export function plainIssue(issue: RawIssue, wording: Wording = {}): string {
  const path = issue.path ?? [];
  const subject = subjectOf(path);
  const the = path.length === 0 ? 'the request' : theLabel(fieldLabel(path));
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return issue.expected === 'boolean' ? `Answer yes or no for ${the}` : `Fill in ${the}`;
      if (issue.expected === 'int' && typeof issue.input === 'number') return `${subject} should be a whole number`;
      return `${subject} should be ${kindWords[issue.expected ?? ''] ?? 'something else'}, not ${received(issue.input)}`;
    case 'too_big':
      return tooBig(issue, subject);
    case 'too_small':
      return tooSmall(issue, subject, path);
    case 'invalid_format':
      return `${subject} should be ${formatWords[issue.format ?? ''] ?? 'written in the form it asks for'}`;
    case 'not_multiple_of':
      return `${subject} must be a multiple of ${count(issue.divisor)}`;
    case 'unrecognized_keys':
      return `${subject} has something this app does not take: ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_value':
      return oneOf(issue, subject, wording);
    case 'invalid_union':
      return `${subject} is not in any of the forms it can take`;
    default:
      return `${subject} is not valid as written`;
  }
}
