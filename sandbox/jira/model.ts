/**
 * The emulated Jira's own records: what is stored (as JSON in SQLite) and handed between the
 * endpoint modules. The REST shapes are built from these by serialise.ts; nothing here is sent as is.
 */

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export const PROJECT_PERMISSIONS = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'EDIT_ISSUES',
  'TRANSITION_ISSUES',
  'ADD_COMMENTS',
  'LINK_ISSUES',
  'DELETE_ISSUES',
  'ADMINISTER_PROJECTS',
] as const;
export type ProjectPermission = (typeof PROJECT_PERMISSIONS)[number];

export interface JiraUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
  siteAdmin: boolean;
}

export type AppFieldType = 'string' | 'number' | 'object' | 'date' | 'datetime' | 'user' | 'array-string';

/** A `jira:customField` module of the app, as the platform reads it from the manifest. */
export interface AppFieldDefinition {
  /** Manifest key, e.g. `finding-grade`. */
  key: string;
  name: string;
  type: AppFieldType;
  /** Only the app may set it, and only through the app field value API. */
  readOnly?: boolean;
  /** Object fields: properties searchable in JQL (`"Verification".result`). */
  properties?: Array<{ path: string; searchAlias?: string; type: string }>;
}

/** A `jira:entityProperty` module: indexed values of an issue property, searchable in JQL. */
export interface EntityPropertyDefinition {
  propertyKey: string;
  values: Array<{ path: string; type: 'string' | 'number' | 'date' | 'user' | 'text'; searchAlias?: string }>;
}

export interface WorkflowRules {
  validate(
    moduleKey: string,
    input: {
      issue: { key: string };
      configuration: unknown;
      transition: { from: { id: string }; to: { id: string }; modifiedFields: Record<string, unknown> };
    },
  ): Promise<{ result: boolean; errorMessage?: string }>;
  /** A `jira:workflowCondition`: may `accountId` (null: anonymous) see this transition on this issue? */
  condition(moduleKey: string, issueKey: string, accountId: string | null): Promise<boolean>;
}

export interface ChangelogItem {
  field: string;
  fieldId?: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface IssueEvent {
  eventType: 'avi:jira:created:issue' | 'avi:jira:updated:issue' | 'avi:jira:deleted:issue';
  issue: { id: string; key: string; fields: Record<string, unknown> };
  atlassianId?: string;
  changelog?: { items: ChangelogItem[] };
  timestamp: number;
  selfGenerated?: boolean;
}

/** What `configureProject` takes. */
export interface ProjectConfig {
  key: string;
  name: string;
  issueTypes: Array<{ name: string; description?: string }>;
  workflow: {
    statuses: Array<{ name: string; category: StatusCategoryKey }>;
    initial: string;
    transitions: Array<{
      name: string;
      /** Status names; [] = from any status (a global transition). */
      from: string[];
      to: string;
      validators?: Array<{ moduleKey: string; configuration?: unknown }>;
      conditions?: Array<{ moduleKey: string }>;
    }>;
  };
  permissions?: Record<string, ProjectPermission[]>;
}

export interface StatusRecord {
  id: string;
  name: string;
  category: StatusCategoryKey;
}

export interface IssueTypeRecord {
  id: string;
  name: string;
  description: string;
}

export interface TransitionRecord {
  id: string;
  name: string;
  /** Status ids; empty = global. */
  from: string[];
  to: string;
  validators: Array<{ moduleKey: string; configuration?: unknown }>;
  conditions: Array<{ moduleKey: string }>;
}

/** A configured project with names resolved to the ids it is stored under. */
export interface ProjectRecord {
  id: string;
  key: string;
  name: string;
  issueTypeIds: string[];
  statusIds: string[];
  initialStatusId: string;
  transitions: TransitionRecord[];
  permissions?: Record<string, ProjectPermission[]>;
}

/** An issue as stored. Records are replaced, never mutated, so caches keyed by them stay right. */
export interface StoredIssue {
  readonly id: string;
  readonly key: string;
  readonly projectId: string;
  readonly issueTypeId: string;
  readonly statusId: string;
  readonly summary: string;
  /** ADF document or null. */
  readonly description: unknown;
  readonly duedate: string | null;
  readonly assignee: string | null;
  readonly reporter: string | null;
  readonly labels: readonly string[];
  readonly created: string;
  readonly updated: string;
  readonly resolutiondate: string | null;
  /** By `customfield_…` id; user fields hold the accountId. Unset fields are absent. */
  readonly customFields: Readonly<Record<string, unknown>>;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface StoredComment {
  id: string;
  issueId: string;
  author: string | null;
  body: unknown;
  created: string;
  updated: string;
}

export interface StoredLink {
  id: string;
  typeId: string;
  inwardIssueId: string;
  outwardIssueId: string;
}

export interface LinkTypeRecord {
  id: string;
  name: string;
  inward: string;
  outward: string;
}

/** Jira Cloud's default issue link types. */
export const DEFAULT_LINK_TYPES: LinkTypeRecord[] = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
];

/** Jira's timestamp format: `2026-03-01T09:30:00.000+0000`. */
export function jiraTime(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
