import { CalendarDate, JiraObject, type ObjectType } from './values';

/** The issue a condition is evaluated against, in the shape the emulator hands over. */
export interface ExpressionIssue {
  id: number;
  key: string;
  summary: string;
  status: { id: number; name: string; category: { key: 'new' | 'indeterminate' | 'done'; name: string } };
  issueType: { id: number; name: string };
  project: { id: number; key: string; name: string };
  assignee: ExpressionUser | null;
  reporter: ExpressionUser | null;
  labels: string[];
  /** `YYYY-MM-DD`; expressions see it as a CalendarDate. */
  dueDate: string | null;
  /** Issue entity properties by key. */
  properties: Record<string, unknown>;
  /** Custom field values by id, e.g. `customfield_10050`. */
  customFields: Record<string, unknown>;
}

export interface ExpressionUser {
  accountId: string;
  displayName: string;
}

export interface ExpressionContext {
  issue: ExpressionIssue | null;
  user: ExpressionUser | null;
  /** The clock `new CalendarDate()` reads (its UTC day); defaults to the real time. */
  now?: Date;
  /** A custom field's value, the `value` a `jira:customField` formatter expression reads (JSON data). */
  value?: unknown;
}

const USER: ObjectType<ExpressionUser> = {
  name: 'User',
  properties: { accountId: (u) => u.accountId, displayName: (u) => u.displayName },
  notEmulated: ['accountType', 'emailAddress', 'timeZone', 'locale', 'groups', 'properties', 'active', 'avatarUrls'],
  toJson: (u) => ({ accountId: u.accountId, displayName: u.displayName }),
};

const STATUS_CATEGORY: ObjectType<ExpressionIssue['status']['category']> = {
  name: 'StatusCategory',
  properties: { key: (c) => c.key, name: (c) => c.name },
  notEmulated: ['id', 'colorName'],
  toJson: (c) => ({ key: c.key, name: c.name }),
};

const STATUS: ObjectType<ExpressionIssue['status']> = {
  name: 'IssueStatus',
  properties: {
    id: (s) => s.id,
    name: (s) => s.name,
    category: (s) => new JiraObject(STATUS_CATEGORY, s.category),
  },
  notEmulated: ['description', 'iconUrl'],
  toJson: (s) => ({ id: s.id, name: s.name, category: { key: s.category.key, name: s.category.name } }),
};

const ISSUE_TYPE: ObjectType<ExpressionIssue['issueType']> = {
  name: 'IssueType',
  properties: { id: (t) => t.id, name: (t) => t.name },
  notEmulated: ['description', 'iconUrl', 'isSubtask', 'hierarchyLevel', 'properties'],
  toJson: (t) => ({ id: t.id, name: t.name }),
};

const PROJECT: ObjectType<ExpressionIssue['project']> = {
  name: 'Project',
  properties: { id: (p) => p.id, key: (p) => p.key, name: (p) => p.name },
  notEmulated: [
    'projectTypeKey',
    'projectCategory',
    'lead',
    'components',
    'versions',
    'properties',
    'style',
    'isFavourite',
  ],
  toJson: (p) => ({ id: p.id, key: p.key, name: p.name }),
};

/**
 * An entity's properties: `issue.properties['audit-finding']`, `issue.properties.myKey` and
 * `issue.properties.get('audit-finding')` all read a property's JSON value, null when it is not set;
 * `issue.properties.keys()` lists the keys. (The methods are in members.ts.)
 */
export const ENTITY_PROPERTIES: ObjectType<Record<string, unknown>> = {
  name: 'EntityProperties',
  properties: {},
  dynamic: (props, key) => (Object.hasOwn(props, key) ? (props[key] ?? null) : null),
  notEmulated: [],
  toJson: (props) => props,
};

const CUSTOM_FIELD = /^customfield_\d+$/;

const user = (u: ExpressionUser | null) => (u === null ? null : new JiraObject(USER, u));

const ISSUE: ObjectType<ExpressionIssue> = {
  name: 'Issue',
  properties: {
    id: (i) => i.id,
    key: (i) => i.key,
    summary: (i) => i.summary,
    status: (i) => new JiraObject(STATUS, i.status),
    issueType: (i) => new JiraObject(ISSUE_TYPE, i.issueType),
    project: (i) => new JiraObject(PROJECT, i.project),
    assignee: (i) => user(i.assignee),
    reporter: (i) => user(i.reporter),
    labels: (i) => [...i.labels],
    dueDate: (i) => (i.dueDate === null ? null : dueDate(i.dueDate)),
    properties: (i) => new JiraObject(ENTITY_PROPERTIES, i.properties),
  },
  // Any custom field id reads as its value, or null: the emulator cannot tell a field with no value
  // from one the instance does not have.
  dynamic: (i, name) => (CUSTOM_FIELD.test(name) ? (i.customFields[name] ?? null) : undefined),
  dynamicNames: (i) => Object.keys(i.customFields).filter((id) => CUSTOM_FIELD.test(id)),
  notEmulated: [
    'description', 'environment', 'priority', 'created', 'updated', 'resolutionDate', 'resolution',
    'originalEstimate', 'remainingEstimate', 'timeSpent', 'securityLevel', 'parent', 'childIssues', 'subtasks',
    'creator', 'votes', 'voters', 'watches', 'watchers', 'comments', 'attachments', 'changelogs', 'links',
    'versions', 'fixVersions', 'components', 'worklogs', 'isEpic', 'epic', 'stories', 'sprint', 'closedSprints',
    'flagged', 'color', 'timeTracking', 'transitions',
  ], // prettier-ignore
  toJson: (i) => ({ id: String(i.id), key: i.key }),
};

function dueDate(ymd: string): CalendarDate {
  const day = CalendarDate.parse(ymd);
  if (!day) throw new TypeError(`ExpressionIssue.dueDate must be YYYY-MM-DD, got ${JSON.stringify(ymd)}`);
  return day;
}

/** The context variables a workflow condition sees, and `value` for a custom field's formatter. */
export function contextVariables(context: ExpressionContext): Map<string, unknown> {
  return new Map<string, unknown>([
    ['issue', context.issue === null ? null : new JiraObject(ISSUE, context.issue)],
    ['user', user(context.user)],
    ...('value' in context ? ([['value', context.value ?? null]] as const) : []),
  ]);
}
