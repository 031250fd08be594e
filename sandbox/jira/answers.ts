import type { ProductAnswer } from '../platform/product';
import type { JiraContext } from './context';
import type { ProjectPermission, ProjectRecord, StoredIssue } from './model';
import { can, type Actor } from './permissions';

export const ok = (body: unknown, status = 200): ProductAnswer => ({ status, body });
export const noContent = (): ProductAnswer => ({ status: 204, body: undefined });

/** Jira's `ErrorCollection`. */
export const jiraError = (status: number, messages: string[], errors: Record<string, string> = {}): ProductAnswer => ({
  status,
  body: { errorMessages: messages, errors },
});

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';
export const issueNotFound = (): ProductAnswer => jiraError(404, [ISSUE_NOT_FOUND]);
export const missingBody = (): ProductAnswer => jiraError(400, ['No content to map to Object due to end of input']);

/** A list query parameter: repeated keys and comma-separated values (`fields=a,b&fields=c`). */
export function listParam(query: URLSearchParams, name: string): string[] | undefined {
  const values = query.getAll(name);
  if (values.length === 0) return undefined;
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** An integer query parameter, the fallback when absent; NaN when present but not an integer. */
export function intParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  return /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
}

export const boolParam = (query: URLSearchParams, name: string, fallback: boolean): boolean => {
  const raw = query.get(name);
  return raw === null ? fallback : raw === 'true';
};

/** An issue the actor may browse, with its project; undefined reads as Jira's 404. */
export function visibleIssue(
  ctx: JiraContext,
  actor: Actor,
  idOrKey: string,
): { issue: StoredIssue; project: ProjectRecord } | undefined {
  const issue = ctx.store.findIssue(idOrKey);
  const project = issue && ctx.project(issue.projectId);
  if (!issue || !project || !can(actor, project, 'BROWSE_PROJECTS')) return undefined;
  return { issue, project };
}

const FORBIDDEN: Partial<Record<ProjectPermission, string>> = {
  CREATE_ISSUES: 'You do not have permission to create issues in this project.',
  EDIT_ISSUES: 'You do not have permission to edit issues in this project.',
  TRANSITION_ISSUES: 'You do not have permission to transition issues in this project.',
  ADD_COMMENTS: 'You do not have permission to comment on issues in this project.',
  DELETE_ISSUES: 'You do not have permission to delete issues in this project.',
  LINK_ISSUES: 'You do not have permission to link issues in this project.',
};

/** 403 with Jira's wording unless the actor holds the permission in the project. */
export function forbiddenUnless(
  actor: Actor,
  project: ProjectRecord,
  permission: ProjectPermission,
): ProductAnswer | undefined {
  if (can(actor, project, permission)) return undefined;
  return jiraError(403, [FORBIDDEN[permission] ?? `You do not have the ${permission} permission in this project.`]);
}
