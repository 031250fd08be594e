import type { JiraContext } from './context';
import type { IssueTypeRecord, JiraUser, ProjectRecord, StatusCategoryKey, StatusRecord } from './model';

/**
 * The small REST shapes every answer embeds (users, statuses, issue types, projects), exactly as
 * the OpenAPI document's strict schemas allow: `UserDetails`, `User`, `StatusDetails`,
 * `StatusCategory`, `IssueTypeDetails`, `Project`.
 */

function avatarUrls(base: string): Record<string, string> {
  return {
    '48x48': `${base}&size=large`,
    '24x24': `${base}&size=small`,
    '16x16': `${base}&size=xsmall`,
    '32x32': `${base}&size=medium`,
  };
}

interface Person {
  accountId: string;
  displayName: string;
  emailAddress?: string;
  app: boolean;
}

function person(ctx: JiraContext, accountId: string): Person | undefined {
  if (accountId === ctx.appUser.accountId) return { ...ctx.appUser, app: true };
  const user = ctx.users.get(accountId);
  return user && { ...user, app: false };
}

/** `UserDetails`, as issues embed assignee, reporter and comment authors; null for no one. */
export function userDetails(ctx: JiraContext, accountId: string | null): Record<string, unknown> | null {
  if (accountId === null) return null;
  const found = person(ctx, accountId);
  return {
    self: `${ctx.site}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`,
    accountId,
    ...(found?.emailAddress ? { emailAddress: found.emailAddress } : {}),
    avatarUrls: avatarUrls(`${ctx.site}/secure/useravatar?ownerId=${encodeURIComponent(accountId)}`),
    displayName: found?.displayName ?? 'Former user',
    active: found !== undefined,
    timeZone: ctx.timeZone,
    accountType: found?.app ? 'app' : 'atlassian',
  };
}

/** `User`, as the user endpoints answer. */
export function userJson(ctx: JiraContext, user: JiraUser | { accountId: string; displayName: string }) {
  const app = !('emailAddress' in user);
  return {
    self: `${ctx.site}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: app ? 'app' : 'atlassian',
    ...('emailAddress' in user ? { emailAddress: user.emailAddress } : {}),
    avatarUrls: avatarUrls(`${ctx.site}/secure/useravatar?ownerId=${encodeURIComponent(user.accountId)}`),
    displayName: user.displayName,
    active: true,
    timeZone: ctx.timeZone,
    locale: 'en_GB',
  };
}

const CATEGORIES: Record<StatusCategoryKey | 'undefined', { id: number; name: string; colorName: string }> = {
  undefined: { id: 1, name: 'No Category', colorName: 'medium-gray' },
  new: { id: 2, name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, name: 'Done', colorName: 'green' },
};

export function statusCategoryJson(ctx: JiraContext, key: StatusCategoryKey | 'undefined') {
  const category = CATEGORIES[key];
  return {
    self: `${ctx.site}/rest/api/3/statuscategory/${category.id}`,
    id: category.id,
    key,
    colorName: category.colorName,
    name: category.name,
  };
}

export const allStatusCategoryKeys = Object.keys(CATEGORIES) as Array<StatusCategoryKey | 'undefined'>;

export function statusJson(ctx: JiraContext, status: StatusRecord) {
  return {
    self: `${ctx.site}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${ctx.site}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: statusCategoryJson(ctx, status.category),
  };
}

export function issueTypeJson(ctx: JiraContext, type: IssueTypeRecord) {
  return {
    self: `${ctx.site}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: type.description,
    iconUrl: `${ctx.site}/rest/api/2/universal_avatar/view/type/issuetype/avatar/10318?size=medium`,
    name: type.name,
    subtask: false,
    avatarId: 10318,
    hierarchyLevel: 0,
  };
}

const projectAvatars = (ctx: JiraContext, project: ProjectRecord) =>
  avatarUrls(`${ctx.site}/rest/api/3/universal_avatar/view/type/project/avatar/10400?pid=${project.id}`);

/** The project as issues embed it (`fields.project`). */
export function projectRef(ctx: JiraContext, project: ProjectRecord) {
  return {
    self: `${ctx.site}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: 'software',
    simplified: false,
    avatarUrls: projectAvatars(ctx, project),
  };
}

/** `Project`, as `GET /project/{key}` and `/project/search` answer. */
export function projectJson(ctx: JiraContext, project: ProjectRecord, withIssueTypes: boolean) {
  return {
    self: `${ctx.site}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    description: '',
    avatarUrls: projectAvatars(ctx, project),
    projectTypeKey: 'software' as const,
    simplified: false,
    style: 'classic' as const,
    isPrivate: false,
    assigneeType: 'UNASSIGNED' as const,
    properties: {},
    ...(withIssueTypes
      ? {
          issueTypes: project.issueTypeIds
            .map((id) => ctx.issueType(id))
            .filter((type): type is IssueTypeRecord => type !== undefined)
            .map((type) => issueTypeJson(ctx, type)),
        }
      : {}),
  };
}
