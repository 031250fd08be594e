/** The public shapes of the JQL module (re-exported by index.ts). */

export interface JqlIssue {
  id: string;
  key: string; // 'NC-12'
  project: { id: string; key: string; name: string };
  issuetype: { id: string; name: string };
  status: { id: string; name: string; categoryKey: 'new' | 'indeterminate' | 'done' };
  summary: string;
  labels: string[];
  assignee: string | null /* accountId */;
  reporter: string | null;
  duedate: string | null /* YYYY-MM-DD */;
  created: string;
  updated: string;
  resolutiondate: string | null /* ISO date-times */;
  /** By field id: 'customfield_10050' -> 'majorNC' | {result:'effective', verifier:'…', verifiedAt:'2026-…'} | string[] … */
  customFields: Record<string, unknown>;
  /** Issue entity properties by key: 'audit-finding' -> { auditId: 'A-7', findingId: 'F-3' } */
  properties: Record<string, unknown>;
}

export type JqlPropertyType = 'string' | 'number' | 'date' | 'user' | 'text';

export interface JqlSchema {
  customFields: Array<{
    id: string /* customfield_10050 */;
    name: string /* 'Finding grade' */;
    type: 'string' | 'number' | 'date' | 'datetime' | 'user' | 'object' | 'array-string';
    /** object fields: searchable properties, JQL: "Verification".result = effective */
    properties?: Array<{ path: string; searchAlias?: string; type: JqlPropertyType }>;
  }>;
  /** jira:entityProperty index aliases: JQL `auditId = "A-7"` and `issue.property[audit-finding].auditId = "A-7"` */
  propertyAliases: Array<{ alias: string; propertyKey: string; path: string; type: JqlPropertyType }>;
}

export interface CompiledJql {
  matches(issue: JqlIssue): boolean;
  /**
   * Sorts per ORDER BY; ties compare 0, so a stable sort keeps the caller's order. Without ORDER BY:
   * `created DESC`, ties broken by issue id descending (newest first, like Jira's issue navigator).
   */
  compare(a: JqlIssue, b: JqlIssue): number;
}

export interface JqlContext {
  currentAccountId: string | null;
  now: Date;
  /** IANA zone for date literals, date functions and date-only comparisons; default 'UTC'. */
  timeZone?: string;
}
