/**
 * Jira as the app sees it: issues, their app fields and properties, search, transitions, links.
 * The adapter (adapters/jira/jiraIssuesApi.ts) speaks REST v3 and maps failures: a refused input
 * is `Failure('invalid_input')`, a missing or hidden issue `not_found`, a 429 or 5xx
 * `ProductUnavailable` (with Retry-After, and `uncertain` when a write may have happened).
 */

/** Atlassian Document Format: Jira's rich text (descriptions, comments). */
export interface AdfDocument {
  type: 'doc';
  version: 1;
  content: unknown[];
}

/** The app's own Jira fields (`jira:customField` module keys in manifest.yml). */
export type AppFieldKey = 'finding-grade' | 'audit-clause' | 'verification';

/** The indexed issue property (`jira:entityProperty`) that names the app records behind an issue. */
export const auditPropertyKey = 'iso27001-audit';
export interface AuditIssueProperty {
  auditId: string | null;
  findingId: string | null;
  correctiveActionId: string | null;
  /**
   * A management review decision's id (`reviewDecisionId` alias). Optional: issues of findings and
   * corrective actions never carry it, and their property stays as it always was.
   */
  reviewDecisionId?: string | null;
}
/** The issue property the verification-gate condition reads (a hint; the validator checks the store). */
export const verificationPropertyKey = 'iso27001-verification';

export type StatusCategory = 'new' | 'indeterminate' | 'done';

/** An issue as the app reads it back. */
export interface JiraIssueSnapshot {
  id: string;
  key: string;
  summary: string;
  projectKey: string;
  status: { name: string; category: StatusCategory };
  dueDate: string | null;
  assigneeId: string | null;
  /** Jira's `updated` timestamp (ISO 8601). */
  updated: string;
  /** The app's audit property, when the issue has it. */
  audit: AuditIssueProperty | null;
  /** Where people open it on the site (`https://…/browse/KEY`), derived from Jira's own `self` URL. */
  browseUrl?: string;
}

export interface NewJiraIssue {
  projectKey: string;
  issueType: string;
  summary: string;
  description: AdfDocument;
  dueDate: string | null;
  labels: string[];
  /** Values of the app's writable fields (not `verification`, which only the value API sets). */
  appFields: Partial<Record<Exclude<AppFieldKey, 'verification'>, string>>;
  audit: AuditIssueProperty;
}

export interface BulkCreateOutcome {
  created: Array<{ index: number; id: string; key: string; browseUrl?: string }>;
  /** Items Jira refused, by their index in the request, with its message. */
  failed: Array<{ index: number; status: number; message: string }>;
}

export interface IssueChange {
  summary?: string;
  description?: AdfDocument;
  dueDate?: string | null;
  labels?: string[];
  appFields?: Partial<Record<Exclude<AppFieldKey, 'verification'>, string>>;
  audit?: AuditIssueProperty;
  /** Jira's assignee (an account id); the app sets it from a corrective action's plan owner. */
  assigneeId?: string;
}

export interface JiraTransition {
  id: string;
  name: string;
  toStatus: string;
}

export interface JiraProjectShape {
  key: string;
  name: string;
  issueTypes: string[];
  /** Every status an issue of the project can have, with its category. */
  /** `id`: Jira's status id, which workflow rules name a transition's target by. */
  statuses: Array<{ id?: string | undefined; name: string; category: StatusCategory }>;
}

export interface JiraIssues {
  /** One `POST /issue/bulk` (at most 50): fields and the audit property in the create payload. */
  createIssues(issues: NewJiraIssue[]): Promise<BulkCreateOutcome>;
  /** One page of ids (up to 5,000) for a bounded JQL query. */
  searchIds(jql: string, nextPageToken?: string): Promise<{ ids: string[]; nextPageToken: string | null }>;
  /** One page (up to 100) of issues with the fields and property the app reads. */
  searchIssues(
    jql: string,
    nextPageToken?: string,
  ): Promise<{ issues: JiraIssueSnapshot[]; nextPageToken: string | null }>;
  /** `POST /issue/bulkfetch` (at most 100); issues that are gone or hidden are left out. */
  fetchIssues(idsOrKeys: string[]): Promise<JiraIssueSnapshot[]>;
  /** null when it does not exist or the acting account may not browse it. */
  getIssue(idOrKey: string): Promise<JiraIssueSnapshot | null>;
  updateIssue(idOrKey: string, change: IssueChange): Promise<void>;
  /** The app field value API: the only way to set a read-only field such as `verification`. */
  setAppFieldValue(field: AppFieldKey, issueIds: string[], value: unknown): Promise<void>;
  setProperty(idOrKey: string, propertyKey: string, value: unknown): Promise<void>;
  transitions(idOrKey: string): Promise<JiraTransition[]>;
  /** A refused transition (a validator, a condition) is `Failure('conflict')` with Jira's message. */
  transition(idOrKey: string, transitionId: string): Promise<void>;
  addComment(idOrKey: string, body: AdfDocument): Promise<void>;
  /** e.g. type `Relates`: `inwardKey` relates to `outwardKey`. */
  linkIssues(type: string, inwardKey: string, outwardKey: string): Promise<void>;
  /** null when the project does not exist (or is hidden). */
  project(projectKey: string): Promise<JiraProjectShape | null>;
}

/** What the calling user may do with an issue, asked as them (asApp would say yes to everything). */
export interface IssuePermissions {
  browse: boolean;
  edit: boolean;
  transition: boolean;
}

export interface JiraAccess {
  asApp(): JiraIssues;
  asUser(accountId: string): JiraIssues;
  permissionsOn(accountId: string, issueKey: string): Promise<IssuePermissions>;
}
