import type { ProductAnswer } from '../../platform/product';
import { intParam, jiraError, ISSUE_NOT_FOUND, ok } from '../answers';
import type { Call, JiraContext } from '../context';
import { isRecord, type JiraUser, type ProjectRecord } from '../model';
import { can, holds, holdsGlobally, PERMISSIONS, type Actor } from '../permissions';
import { userJson } from '../serialise';

/** Users and permissions: myself, user lookups and search, mypermissions, permissions/check. */

const NOT_AUTHENTICATED = 'You are not authenticated. Authentication required to perform this operation.';
const USER_NOT_FOUND = 'Specified user does not exist or you do not have required permissions';

function lookUp(
  ctx: JiraContext,
  accountId: string,
): JiraUser | { accountId: string; displayName: string } | undefined {
  return ctx.users.get(accountId) ?? (accountId === ctx.appUser.accountId ? ctx.appUser : undefined);
}

export function getCurrentUser(ctx: JiraContext, call: Call): ProductAnswer {
  if (call.actor.kind === 'anonymous') return jiraError(401, [NOT_AUTHENTICATED]);
  return ok(userJson(ctx, call.actor.kind === 'app' ? ctx.appUser : call.actor.user));
}

export function getUser(ctx: JiraContext, call: Call): ProductAnswer {
  if (call.actor.kind === 'anonymous') return jiraError(401, [NOT_AUTHENTICATED]);
  const accountId = call.query.get('accountId');
  if (!accountId) return jiraError(400, ["The query parameter 'accountId' is required."]);
  const user = lookUp(ctx, accountId);
  return user ? ok(userJson(ctx, user)) : jiraError(404, [USER_NOT_FOUND]);
}

function page(
  ctx: JiraContext,
  call: Call,
  users: Array<JiraUser | { accountId: string; displayName: string }>,
  fallback: number,
) {
  const startAt = intParam(call.query, 'startAt', 0);
  const maxResults = intParam(call.query, 'maxResults', fallback);
  if (!(startAt >= 0) || !(maxResults >= 0)) return undefined;
  return { startAt, maxResults, values: users.slice(startAt, startAt + maxResults).map((user) => userJson(ctx, user)) };
}

export function bulkGetUsers(ctx: JiraContext, call: Call): ProductAnswer {
  if (call.actor.kind === 'anonymous') return jiraError(401, [NOT_AUTHENTICATED]);
  const wanted = call.query.getAll('accountId').flatMap((value) => value.split(','));
  if (wanted.length === 0) return jiraError(400, ["The query parameter 'accountId' is required."]);
  const users = [...new Set(wanted)].flatMap((accountId) => lookUp(ctx, accountId) ?? []);
  const result = page(ctx, call, users, 10);
  if (!result) return jiraError(400, ['startAt and maxResults must be non-negative integers.']);
  const isLast = result.startAt + result.maxResults >= users.length;
  const self = `${ctx.site}/rest/api/3/user/bulk?${call.query.toString()}`;
  const next = new URLSearchParams(call.query);
  next.set('startAt', String(result.startAt + result.maxResults));
  return ok({
    self,
    ...(isLast ? {} : { nextPage: `${ctx.site}/rest/api/3/user/bulk?${next.toString()}` }),
    maxResults: result.maxResults,
    startAt: result.startAt,
    total: users.length,
    isLast,
    values: result.values,
  });
}

/** Jira matches the start of any word of the display name, or the start of the email address. */
const matchesQuery = (user: JiraUser, query: string) =>
  user.displayName
    .toLowerCase()
    .split(/\s+/)
    .some((word) => word.startsWith(query)) ||
  user.displayName.toLowerCase().startsWith(query) ||
  user.emailAddress.toLowerCase().startsWith(query);

export function findUsers(ctx: JiraContext, call: Call): ProductAnswer {
  if (call.actor.kind === 'anonymous') return jiraError(401, [NOT_AUTHENTICATED]);
  const query = call.query.get('query')?.trim().toLowerCase();
  const accountId = call.query.get('accountId');
  if (!query && !accountId) {
    return jiraError(400, ["One of 'query', 'accountId' or 'property' query parameters must be provided."]);
  }
  const users = [...ctx.users.values()].filter(
    (user) => (!accountId || user.accountId === accountId) && (!query || matchesQuery(user, query)),
  );
  const result = page(ctx, call, users, 50);
  return result ? ok(result.values) : jiraError(400, ['startAt and maxResults must be non-negative integers.']);
}

/** The project (or issue's project) a mypermissions request asks about; an answer when it cannot be seen. */
function permissionContext(ctx: JiraContext, call: Call): { project?: ProjectRecord } | ProductAnswer {
  const issueRef = call.query.get('issueId') ?? call.query.get('issueKey');
  if (issueRef) {
    const issue = ctx.store.findIssue(issueRef);
    const project = issue && ctx.project(issue.projectId);
    if (!project || !can(call.actor, project, 'BROWSE_PROJECTS')) return jiraError(404, [ISSUE_NOT_FOUND]);
    return { project };
  }
  const projectRef = call.query.get('projectId') ?? call.query.get('projectKey');
  if (projectRef) {
    const project = ctx.project(projectRef);
    if (!project || !can(call.actor, project, 'BROWSE_PROJECTS')) {
      return jiraError(404, [`No project could be found with key '${projectRef}'.`]);
    }
    return { project };
  }
  return {};
}

export function getMyPermissions(ctx: JiraContext, call: Call): ProductAnswer {
  const keys = (call.query.get('permissions') ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  if (keys.length === 0) return jiraError(400, ["The 'permissions' query parameter is required."]);
  const unknown = keys.find((key) => !PERMISSIONS[key]);
  if (unknown) return jiraError(400, [`The permission key '${unknown}' is not valid.`]);
  const scope = permissionContext(ctx, call);
  if ('status' in scope) return scope;
  const permissions: Record<string, unknown> = {};
  for (const key of keys) {
    const definition = PERMISSIONS[key]!;
    const havePermission = scope.project
      ? holds(call.actor, definition, scope.project)
      : holdsGlobally(call.actor, definition, ctx.projects());
    const { grantedBy: _grantedBy, ...shown } = definition;
    permissions[key] = { ...shown, havePermission };
  }
  return ok({ permissions });
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
const integers = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v)) : [];

export function getBulkPermissions(ctx: JiraContext, call: Call): ProductAnswer {
  const body = isRecord(call.body) ? call.body : {};
  let actor: Actor = call.actor;
  if (typeof body.accountId === 'string') {
    const user = ctx.users.get(body.accountId);
    if (!user) return jiraError(400, [`The account ID '${body.accountId}' is not valid.`]);
    const mayAskForOthers = call.actor.kind === 'app' || (call.actor.kind === 'user' && call.actor.user.siteAdmin);
    if (user.accountId !== (call.actor.kind === 'anonymous' ? undefined : call.actor.accountId) && !mayAskForOthers) {
      return jiraError(403, [
        'You must have the Administer Jira global permission to check the permissions of other users.',
      ]);
    }
    actor = { kind: 'user', accountId: user.accountId, user };
  }

  const globalKeys = strings(body.globalPermissions);
  const badGlobal = globalKeys.find((key) => PERMISSIONS[key]?.type !== 'GLOBAL');
  if (badGlobal) return jiraError(400, [`Unrecognized global permission: ${badGlobal}`]);
  const projectRequests = Array.isArray(body.projectPermissions) ? body.projectPermissions.filter(isRecord) : [];
  const projects = ctx.projects();
  const grants: Array<{ permission: string; issues: number[]; projects: number[] }> = [];
  for (const request of projectRequests) {
    const keys = strings(request.permissions);
    if (keys.length === 0) return jiraError(400, ['At least one project permission must be provided.']);
    const badProject = keys.find((key) => PERMISSIONS[key]?.type !== 'PROJECT');
    if (badProject) return jiraError(400, [`Unrecognized project permission: ${badProject}`]);
    const projectIds = integers(request.projects);
    const issueIds = integers(request.issues);
    for (const key of keys) {
      const definition = PERMISSIONS[key]!;
      const grantedProjects = (
        projectIds.length === 0 && issueIds.length === 0 ? projects.map((p) => Number(p.id)) : projectIds
      ).filter((id) => {
        const project = ctx.project(String(id));
        return project !== undefined && holds(actor, definition, project);
      });
      const grantedIssues = issueIds.filter((id) => {
        const issue = ctx.store.issue(String(id));
        const project = issue && ctx.project(issue.projectId);
        return project !== undefined && can(actor, project, 'BROWSE_PROJECTS') && holds(actor, definition, project);
      });
      grants.push({ permission: key, issues: [...new Set(grantedIssues)], projects: [...new Set(grantedProjects)] });
    }
  }
  return ok({
    globalPermissions: [...new Set(globalKeys.filter((key) => holdsGlobally(actor, PERMISSIONS[key]!, projects)))],
    projectPermissions: grants,
  });
}
