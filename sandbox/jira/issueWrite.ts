import type { JiraContext } from './context';
import { isCalendarDate } from './fieldRegistry';
import { isRecord, type ProjectRecord, type StoredIssue } from './model';

/** The editable part of an issue, changed in place while a create, edit or transition body is read. */
export interface Draft {
  issueTypeId: string;
  summary: string;
  description: unknown;
  duedate: string | null;
  assignee: string | null;
  reporter: string | null;
  labels: string[];
  customFields: Record<string, unknown>;
}

export function draftOf(issue: StoredIssue): Draft {
  return {
    issueTypeId: issue.issueTypeId,
    summary: issue.summary,
    description: issue.description,
    duedate: issue.duedate,
    assignee: issue.assignee,
    reporter: issue.reporter,
    labels: [...issue.labels],
    customFields: { ...issue.customFields },
  };
}

export const cannotBeSet = (field: string) =>
  `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.`;

const NOT_ADF = 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';

/** The shape of an ADF document (its nodes are checked by the contract layer, not here). */
export const isAdfDocument = (value: unknown): boolean =>
  isRecord(value) && value.type === 'doc' && value.version === 1 && Array.isArray(value.content);

function accountIdOf(value: unknown): string | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  if (value.accountId === null) return null;
  return typeof value.accountId === 'string' ? value.accountId : undefined;
}

type Setter = (draft: Draft, value: unknown) => string | undefined;

function setters(ctx: JiraContext, project: ProjectRecord): Record<string, Setter> {
  const knownUser = (accountId: string) => ctx.users.has(accountId) || accountId === ctx.appUser.accountId;
  return {
    issuetype(draft, value) {
      const wanted = isRecord(value) ? (value.id ?? value.name) : undefined;
      const type = project.issueTypeIds
        .map((id) => ctx.issueType(id)!)
        .find((candidate) => candidate.id === wanted || candidate.name === wanted);
      if (!type) return 'The issue type selected is invalid.';
      draft.issueTypeId = type.id;
      return undefined;
    },
    summary(draft, value) {
      if (typeof value !== 'string') return 'Operation value must be a string';
      if (value.trim() === '') return 'You must specify a summary of the issue.';
      if (value.length > 255) return 'Summary must be less than 255 characters.';
      if (/[\r\n]/.test(value)) return 'The summary is invalid because it contains newline characters.';
      draft.summary = value;
      return undefined;
    },
    description(draft, value) {
      if (value !== null && !isAdfDocument(value)) return NOT_ADF;
      draft.description = value === null ? null : structuredClone(value);
      return undefined;
    },
    duedate(draft, value) {
      if (value !== null && !isCalendarDate(value)) return `Error parsing date string: ${String(value)}`;
      draft.duedate = value;
      return undefined;
    },
    assignee(draft, value) {
      const accountId = accountIdOf(value);
      if (accountId === undefined) return 'Operation value must be an object with an accountId';
      if (accountId !== null && !knownUser(accountId)) return `User '${accountId}' cannot be assigned issues.`;
      draft.assignee = accountId;
      return undefined;
    },
    reporter(draft, value) {
      const accountId = accountIdOf(value);
      if (accountId === undefined) return 'Operation value must be an object with an accountId';
      if (accountId === null) return 'Reporter is required.';
      if (!knownUser(accountId)) return 'The reporter specified is not a user.';
      draft.reporter = accountId;
      return undefined;
    },
    labels(draft, value) {
      if (!Array.isArray(value) || !value.every((label) => typeof label === 'string')) {
        return 'Operation value must be an array of strings';
      }
      const problem = value.map(labelProblem).find(Boolean);
      if (problem) return problem;
      draft.labels = [...new Set(value as string[])];
      return undefined;
    },
  };
}

function labelProblem(label: string): string | undefined {
  if (label === '') return 'The label must not be empty.';
  if (/\s/.test(label)) return `The label '${label}' contains spaces which is invalid.`;
  if (label.length > 255) return 'The label must not exceed 255 characters.';
  return undefined;
}

/**
 * Applies a body's `fields` and `update` to the draft and returns Jira's per-field errors
 * (`{}` when all is well). `project` is read by the caller on create and refused on edit;
 * read-only app fields and fields the emulator has no editor for "cannot be set".
 */
export function applyFieldInput(
  ctx: JiraContext,
  project: ProjectRecord,
  draft: Draft,
  body: { fields?: unknown; update?: unknown },
  mode: 'create' | 'edit',
): Record<string, string> {
  const errors: Record<string, string> = {};
  const system = setters(ctx, project);
  const set = (fieldId: string, value: unknown) => {
    if (mode === 'create' && fieldId === 'project') return;
    const setter = system[fieldId];
    if (setter) {
      const problem = setter(draft, value);
      if (problem) errors[fieldId] = problem;
      return;
    }
    const field = ctx.fields.appField(fieldId);
    if (!field || field.id !== fieldId || field.readOnly) {
      errors[fieldId] = cannotBeSet(fieldId);
      return;
    }
    const normalised = ctx.fields.normalise(field, value, (id) => ctx.users.has(id));
    if (!normalised.ok) errors[fieldId] = normalised.message;
    else if (normalised.value === null) delete draft.customFields[fieldId];
    else draft.customFields[fieldId] = normalised.value;
  };

  if (body.fields !== undefined) {
    if (!isRecord(body.fields)) errors.fields = 'Operation value must be an object';
    else for (const [fieldId, value] of Object.entries(body.fields)) set(fieldId, value);
  }
  if (body.update !== undefined) {
    if (!isRecord(body.update)) errors.update = 'Operation value must be an object';
    else {
      for (const [fieldId, operations] of Object.entries(body.update)) {
        if (!Array.isArray(operations)) {
          errors[fieldId] = 'Operations must be an array';
          continue;
        }
        for (const operation of operations) applyOperation(fieldId, operation, draft, set, errors);
      }
    }
  }
  return errors;
}

function applyOperation(
  fieldId: string,
  operation: unknown,
  draft: Draft,
  set: (fieldId: string, value: unknown) => void,
  errors: Record<string, string>,
): void {
  if (!isRecord(operation) || Object.keys(operation).length !== 1) {
    errors[fieldId] = 'Each operation must have exactly one of set, add, remove, edit or copy.';
    return;
  }
  const [verb, value] = Object.entries(operation)[0]!;
  if (verb === 'set') return set(fieldId, value);
  if (fieldId === 'labels' && (verb === 'add' || verb === 'remove')) {
    if (typeof value !== 'string') {
      errors.labels = 'Operation value must be a string';
      return;
    }
    const problem = verb === 'add' ? labelProblem(value) : undefined;
    if (problem) errors.labels = problem;
    else if (verb === 'add' && !draft.labels.includes(value)) draft.labels.push(value);
    else if (verb === 'remove') draft.labels = draft.labels.filter((label) => label !== value);
    return;
  }
  errors[fieldId] = `Field '${fieldId}' does not support the '${verb}' operation.`;
}

/** Issue properties sent with a create or edit body (`properties: [{key, value}]`). */
export function readPropertyInput(
  value: unknown,
): { ok: true; properties: Array<{ key: string; value: unknown }> } | { ok: false; message: string } {
  if (value === undefined) return { ok: true, properties: [] };
  if (!Array.isArray(value)) return { ok: false, message: 'properties must be an array' };
  const properties: Array<{ key: string; value: unknown }> = [];
  for (const entry of value) {
    if (!isRecord(entry) || typeof entry.key !== 'string') return { ok: false, message: 'Each property needs a key' };
    const problem = propertyProblem(entry.key, entry.value);
    if (problem) return { ok: false, message: problem };
    properties.push({ key: entry.key, value: structuredClone(entry.value) });
  }
  return { ok: true, properties };
}

/** Jira's limits on an entity property: a key of 1–255 characters and a JSON value of at most 32,768. */
export function propertyProblem(key: string, value: unknown): string | undefined {
  if (key === '' || key.length > 255) return 'The property key must be between 1 and 255 characters long.';
  if (value === undefined) return 'The property value must not be empty.';
  if (JSON.stringify(value).length > 32768) return 'The property value cannot be longer than 32768 characters.';
  return undefined;
}
