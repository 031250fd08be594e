import type { FieldRef } from './ast';
import { startOfYmd, toDateValue, ymdOf, type DateValue } from './dates';
import { fieldNotEmulated, JqlError, unknownField } from './errors';
import type { JqlIssue, JqlPropertyType, JqlSchema } from './types';

/**
 * What a field is to the evaluator: its value type, its values on an issue (an empty list is
 * EMPTY; multi-valued fields such as labels return several), and how it sorts.
 */
export type ValueType = 'string' | 'user' | 'key' | 'text' | 'number' | 'date' | 'object';
export type Scalar = string | number | DateValue;
export type SortKey = Array<string | number>;

export interface FieldDef {
  /** The field as the query wrote it, for messages. */
  display: string;
  type: ValueType;
  /** false for fields that always have a value (project, status, created …): EMPTY is refused. */
  emptiable: boolean;
  /** Values (and operands) are compared lower-cased. */
  caseInsensitive: boolean;
  values(issue: JqlIssue): Scalar[];
  /** Refuses an operand value Jira would refuse for this field. */
  validate?(value: string): void;
  /** Absent for fields the emulator cannot sort by. null = EMPTY. */
  sortKey?(issue: JqlIssue): SortKey | null;
  sortDefault: 'asc' | 'desc';
}

export interface FieldEnv {
  schema: JqlSchema;
  timeZone: string;
}

const CATEGORY_RANK = { new: 0, indeterminate: 1, done: 2 } as const;
const CATEGORY_NAMES = {
  new: ['new', 'to do', '2'],
  indeterminate: ['indeterminate', 'in progress', '4'],
  done: ['done', '3'],
};
const KNOWN_CATEGORIES = new Set([...Object.values(CATEGORY_NAMES).flat(), 'undefined', 'no category', '1']);
const ISSUE_KEY = /^([A-Za-z][A-Za-z0-9_]*)-(\d+)$/;

const nonEmpty = (s: string | null | undefined): string[] => (typeof s === 'string' && s !== '' ? [s] : []);

export function keySortKey(key: string): SortKey {
  const m = ISSUE_KEY.exec(key);
  return m ? [m[1]!.toUpperCase(), Number(m[2])] : [key.toUpperCase(), -1];
}

function dateSortKey(v: DateValue | undefined, timeZone: string): SortKey | null {
  if (!v) return null;
  return [v.kind === 'date' ? startOfYmd(v.ymd, timeZone) : v.ms];
}

const base = { caseInsensitive: false, sortDefault: 'asc' as const };

type Builder = (display: string, env: FieldEnv) => FieldDef;

const identity =
  (names: (i: JqlIssue) => string[], sortKey?: (i: JqlIssue) => SortKey): Builder =>
  (display) => ({
    ...base,
    display,
    type: 'string',
    emptiable: false,
    caseInsensitive: true,
    values: (i) => names(i).map((n) => n.toLowerCase()),
    sortKey,
  });

const dateField =
  (get: (i: JqlIssue) => string | null, emptiable: boolean, sortDefault: 'asc' | 'desc'): Builder =>
  (display, env) => {
    const value = (i: JqlIssue) => toDateValue(get(i)) ?? undefined;
    return {
      ...base,
      display,
      type: 'date',
      emptiable,
      sortDefault,
      values: (i) => [value(i)].filter((v): v is DateValue => v !== undefined),
      sortKey: (i) => dateSortKey(value(i), env.timeZone),
    };
  };

const userField =
  (get: (i: JqlIssue) => string | null): Builder =>
  (display) => ({ ...base, display, type: 'user', emptiable: true, values: (i) => nonEmpty(get(i)) });

const project = identity((i) => [i.project.key, i.project.id, i.project.name]);
const issuetype = identity((i) => [i.issuetype.name, i.issuetype.id]);
const status = identity(
  (i) => [i.status.name, i.status.id],
  (i) => [CATEGORY_RANK[i.status.categoryKey], i.status.name.toLowerCase()],
);
const statusCategory: Builder = (display, env) => ({
  ...identity(
    (i) => CATEGORY_NAMES[i.status.categoryKey],
    (i) => [CATEGORY_RANK[i.status.categoryKey]],
  )(display, env),
  validate(value) {
    if (!KNOWN_CATEGORIES.has(value.toLowerCase())) {
      throw new JqlError(`The value '${value}' does not exist for the field '${display}'.`);
    }
  },
});
const key: Builder = (display) => ({
  ...base,
  display,
  type: 'key',
  emptiable: false,
  caseInsensitive: true,
  values: (i) => [i.key.toLowerCase(), i.id],
  validate(value) {
    if (!ISSUE_KEY.test(value) && !/^\d+$/.test(value)) {
      throw new JqlError(`The issue key '${value}' for field '${display}' is invalid.`);
    }
  },
  sortKey: (i) => keySortKey(i.key),
});
const summary: Builder = (display) => ({
  ...base,
  display,
  type: 'text',
  emptiable: true,
  values: (i) => nonEmpty(i.summary),
  sortKey: (i) => (i.summary === '' ? null : [i.summary.toLowerCase(), i.summary]),
});
const labels: Builder = (display) => ({ ...base, display, type: 'string', emptiable: true, values: (i) => i.labels });

/** System fields by lower-case JQL name, aliases included. */
const SYSTEM_FIELDS: Record<string, Builder> = {
  project,
  issuetype,
  type: issuetype,
  status,
  statuscategory: statusCategory,
  key,
  issuekey: key,
  issue: key,
  id: key,
  summary,
  labels,
  assignee: userField((i) => i.assignee),
  reporter: userField((i) => i.reporter),
  duedate: dateField((i) => i.duedate, true, 'asc'),
  due: dateField((i) => i.duedate, true, 'asc'),
  created: dateField((i) => i.created, false, 'desc'),
  createddate: dateField((i) => i.created, false, 'desc'),
  updated: dateField((i) => i.updated, false, 'desc'),
  updateddate: dateField((i) => i.updated, false, 'desc'),
  resolutiondate: dateField((i) => i.resolutiondate, true, 'desc'),
  resolved: dateField((i) => i.resolutiondate, true, 'desc'),
};

/** Jira fields the emulated issues do not carry: refused loudly rather than matched wrongly. */
const NOT_EMULATED = new Set(
  `affectedversion approvals attachments category comment component creator description development environment
  epiclink filter fixversion issuelink issuelinktype lastcommentedby lastviewed level originalestimate parent priority
  projectcategory rank remainingestimate resolution sprint statuscategorychangeddate subtasks team text timeestimate
  timeoriginalestimate timespent voter votes watcher watchers workratio worklogauthor worklogcomment worklogdate`.split(
    /\s+/,
  ),
);

/** Walks a dotted path; arrays on the way contribute every element (as Jira indexes them). */
function atPath(root: unknown, path: string): unknown[] {
  let current: unknown[] = [root];
  for (const segment of path.split('.')) {
    const next: unknown[] = [];
    for (const value of current.flatMap((v) => (Array.isArray(v) ? v : [v]))) {
      if (value !== null && typeof value === 'object' && segment in value) {
        next.push((value as Record<string, unknown>)[segment]);
      }
    }
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

const accountId = (v: unknown): string | undefined =>
  typeof v === 'string'
    ? v
    : v !== null && typeof v === 'object' && typeof (v as { accountId?: unknown }).accountId === 'string'
      ? (v as { accountId: string }).accountId
      : undefined;

/** A field whose values are found by a path into JSON (object custom field properties, entity properties). */
function jsonField(display: string, type: JqlPropertyType, raw: (i: JqlIssue) => unknown[], env: FieldEnv): FieldDef {
  const strings = (i: JqlIssue) => raw(i).filter((v): v is string => typeof v === 'string' && v !== '');
  switch (type) {
    case 'string':
      return { ...base, display, type, emptiable: true, values: strings, sortKey: (i) => strings(i).slice(0, 1) };
    case 'text':
      return { ...base, display, type, emptiable: true, values: strings };
    case 'user':
      return {
        ...base,
        display,
        type,
        emptiable: true,
        values: (i) => raw(i).flatMap((v) => nonEmpty(accountId(v))),
      };
    case 'number': {
      const numbers = (i: JqlIssue) => raw(i).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      return { ...base, display, type, emptiable: true, values: numbers, sortKey: (i) => numbers(i).slice(0, 1) };
    }
    case 'date': {
      const dates = (i: JqlIssue) => raw(i).flatMap((v) => toDateValue(v) ?? []);
      return {
        ...base,
        display,
        type,
        emptiable: true,
        values: dates,
        sortKey: (i) => dateSortKey(dates(i)[0], env.timeZone),
      };
    }
  }
}

const emptyToNull = (key: SortKey | undefined | null): SortKey | null => (key && key.length > 0 ? key : null);

function withNullableSort(def: FieldDef): FieldDef {
  const sortKey = def.sortKey;
  return sortKey ? { ...def, sortKey: (i) => emptyToNull(sortKey(i)) } : def;
}

type CustomField = JqlSchema['customFields'][number];

function customField(cf: CustomField, path: string[], display: string, env: FieldEnv): FieldDef {
  const raw = (i: JqlIssue) => i.customFields[cf.id];
  if (path.length > 0) {
    const wanted = path.join('.');
    const property =
      cf.type === 'object'
        ? (cf.properties ?? []).find((p) => p.path === wanted || p.searchAlias?.toLowerCase() === wanted.toLowerCase())
        : undefined;
    if (!property) throw unknownField(display);
    return jsonField(display, property.type, (i) => atPath(raw(i), property.path), env);
  }
  switch (cf.type) {
    case 'string':
    case 'number':
    case 'user':
      return jsonField(display, cf.type, (i) => [raw(i)], env);
    case 'date':
    case 'datetime': {
      const def = jsonField(display, 'date', (i) => [raw(i)], env);
      // A date field holds a calendar day and a datetime field an instant, whichever way the value is written.
      const values = (i: JqlIssue): DateValue[] =>
        def.values(i).map((v) => {
          const d = v as DateValue;
          if (cf.type === 'date') return d.kind === 'date' ? d : { kind: 'date', ymd: ymdOf(d.ms, env.timeZone) };
          return d.kind === 'instant' ? d : { kind: 'instant', ms: startOfYmd(d.ymd, env.timeZone) };
        });
      return { ...def, values, sortKey: (i) => dateSortKey(values(i)[0], env.timeZone) };
    }
    case 'array-string': {
      const values = (i: JqlIssue) => {
        const v = raw(i);
        return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s !== '') : [];
      };
      return { ...base, display, type: 'string', emptiable: true, values };
    }
    case 'object':
      return {
        ...base,
        display,
        type: 'object',
        emptiable: true,
        values: (i) => {
          const v = raw(i);
          return v !== null && typeof v === 'object' ? ['(object)'] : [];
        },
      };
  }
}

/** Resolves a field as written to its definition; throws Jira's "does not exist" for anything unknown. */
export function resolveField(ref: FieldRef, env: FieldEnv): FieldDef {
  const { schema } = env;
  if (ref.kind === 'property') {
    const alias = schema.propertyAliases.find((a) => a.propertyKey === ref.key && a.path === ref.path);
    if (!alias) throw unknownField(ref.text);
    return withNullableSort(jsonField(ref.text, alias.type, (i) => atPath(i.properties[ref.key], alias.path), env));
  }
  if (ref.kind === 'cf') {
    const cf = schema.customFields.find((f) => f.id === `customfield_${ref.id}`);
    if (!cf) throw unknownField(ref.text);
    return withNullableSort(customField(cf, ref.path, ref.text, env));
  }
  const name = ref.name.toLowerCase();
  const system = SYSTEM_FIELDS[name];
  if (system) {
    if (ref.path.length > 0) throw unknownField(ref.text);
    return system(ref.text, env);
  }
  if (NOT_EMULATED.has(name.replace(/\s+/g, ''))) throw fieldNotEmulated(ref.text);
  const byName = schema.customFields.filter((f) => f.name.toLowerCase() === name);
  if (byName.length > 1) {
    throw new JqlError(
      `Field '${ref.name}' names ${byName.length} custom fields; the local emulator needs cf[id] to tell them apart.`,
    );
  }
  if (byName[0]) return withNullableSort(customField(byName[0], ref.path, ref.text, env));
  const alias = schema.propertyAliases.find((a) => a.alias.toLowerCase() === name);
  if (alias && ref.path.length === 0) {
    return withNullableSort(
      jsonField(ref.text, alias.type, (i) => atPath(i.properties[alias.propertyKey], alias.path), env),
    );
  }
  throw unknownField(ref.text);
}
