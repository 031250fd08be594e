import type { ProductRequest } from '../platform/product';
import { PROJECT_PERMISSIONS, type JiraUser, type ProjectPermission, type ProjectRecord } from './model';

/**
 * Who a request acts as. `asApp()` calls are the app (every permission); `asUser()`, Custom UI and
 * bare `requestJira` calls act as their account, and an account the site does not know is anonymous.
 */
export type Actor =
  { kind: 'app'; accountId: string } | { kind: 'user'; accountId: string; user: JiraUser } | { kind: 'anonymous' };

export function actorFor(request: ProductRequest, users: ReadonlyMap<string, JiraUser>, appAccountId: string): Actor {
  if (request.provider === 'app') return { kind: 'app', accountId: appAccountId };
  const user = request.accountId === undefined ? undefined : users.get(request.accountId);
  return user ? { kind: 'user', accountId: user.accountId, user } : { kind: 'anonymous' };
}

/** The account a change is attributed to (reporter, comment author, event `atlassianId`). */
export const actingAccountId = (actor: Actor): string | undefined =>
  actor.kind === 'anonymous' ? undefined : actor.accountId;

const DEFAULT_GRANTS: readonly ProjectPermission[] = PROJECT_PERMISSIONS.filter(
  (permission) => permission !== 'DELETE_ISSUES' && permission !== 'ADMINISTER_PROJECTS',
);

/**
 * A user's project permissions: site admins have all; a user listed in the project's permission
 * map has exactly what is listed; everyone else has all but Delete issues and Administer projects.
 */
export function projectGrants(actor: Actor, project: ProjectRecord): ReadonlySet<ProjectPermission> {
  if (actor.kind === 'app') return new Set(PROJECT_PERMISSIONS);
  if (actor.kind === 'anonymous') return new Set();
  if (actor.user.siteAdmin) return new Set(PROJECT_PERMISSIONS);
  return new Set(project.permissions?.[actor.accountId] ?? DEFAULT_GRANTS);
}

export function can(actor: Actor, project: ProjectRecord, permission: ProjectPermission): boolean {
  return projectGrants(actor, project).has(permission);
}

export interface PermissionDefinition {
  key: string;
  id: string;
  name: string;
  type: 'GLOBAL' | 'PROJECT';
  description: string;
  /** Which emulated grant decides it: a project permission, site-admin status, or any known user. */
  grantedBy: ProjectPermission | 'siteAdmin' | 'anyUser';
}

const project = (key: string, id: string, name: string, grantedBy: ProjectPermission, description: string) =>
  ({ key, id, name, type: 'PROJECT', description, grantedBy }) as const;
const global = (key: string, id: string, name: string, grantedBy: 'siteAdmin' | 'anyUser', description: string) =>
  ({ key, id, name, type: 'GLOBAL', description, grantedBy }) as const;

/** The permission keys `mypermissions` and `permissions/check` know, with Jira's ids and names. */
export const PERMISSIONS: Record<string, PermissionDefinition> = Object.fromEntries(
  [
    global(
      'ADMINISTER',
      '0',
      'Administer Jira',
      'siteAdmin',
      'Create and administer projects, issue types, fields and more.',
    ),
    global('SYSTEM_ADMIN', '44', 'Administer Jira', 'siteAdmin', 'Configure Jira system settings.'),
    global(
      'USER_PICKER',
      '27',
      'Browse users and groups',
      'anyUser',
      'View and select users or groups from the user picker.',
    ),
    global('CREATE_SHARED_OBJECTS', '22', 'Share dashboards and filters', 'anyUser', 'Share dashboards and filters.'),
    global('BULK_CHANGE', '33', 'Make bulk changes', 'anyUser', 'Modify collections of issues at once.'),
    project(
      'BROWSE_PROJECTS',
      '10',
      'Browse Projects',
      'BROWSE_PROJECTS',
      'Ability to browse projects and the issues within them.',
    ),
    project('CREATE_ISSUES', '11', 'Create Issues', 'CREATE_ISSUES', 'Ability to create issues.'),
    project('EDIT_ISSUES', '12', 'Edit Issues', 'EDIT_ISSUES', 'Ability to edit issues.'),
    project('ASSIGN_ISSUES', '13', 'Assign Issues', 'EDIT_ISSUES', 'Ability to assign issues to other people.'),
    project('RESOLVE_ISSUES', '14', 'Resolve Issues', 'TRANSITION_ISSUES', 'Ability to resolve and reopen issues.'),
    project('ADD_COMMENTS', '15', 'Add Comments', 'ADD_COMMENTS', 'Ability to comment on issues.'),
    project('DELETE_ISSUES', '16', 'Delete Issues', 'DELETE_ISSUES', 'Ability to delete issues.'),
    project(
      'ASSIGNABLE_USER',
      '17',
      'Assignable User',
      'BROWSE_PROJECTS',
      'Users with this permission may be assigned to issues.',
    ),
    project('CLOSE_ISSUES', '18', 'Close Issues', 'TRANSITION_ISSUES', 'Ability to close issues.'),
    project('LINK_ISSUES', '21', 'Link Issues', 'LINK_ISSUES', 'Ability to link issues together.'),
    project(
      'ADMINISTER_PROJECTS',
      '23',
      'Administer Projects',
      'ADMINISTER_PROJECTS',
      'Ability to administer a project in Jira.',
    ),
    project('SCHEDULE_ISSUES', '28', 'Schedule Issues', 'EDIT_ISSUES', 'Ability to view or edit an issue due date.'),
    project('EDIT_OWN_COMMENTS', '34', 'Edit Own Comments', 'ADD_COMMENTS', 'Ability to edit own comments.'),
    project('EDIT_ALL_COMMENTS', '35', 'Edit All Comments', 'ADMINISTER_PROJECTS', 'Ability to edit all comments.'),
    project('DELETE_OWN_COMMENTS', '37', 'Delete Own Comments', 'ADD_COMMENTS', 'Ability to delete own comments.'),
    project(
      'DELETE_ALL_COMMENTS',
      '36',
      'Delete All Comments',
      'ADMINISTER_PROJECTS',
      'Ability to delete all comments.',
    ),
    project('TRANSITION_ISSUES', '46', 'Transition Issues', 'TRANSITION_ISSUES', 'Ability to transition issues.'),
  ].map((definition) => [definition.key, definition]),
);

/** Whether the actor holds a permission, globally or (for project permissions) in one project. */
export function holds(actor: Actor, definition: PermissionDefinition, project: ProjectRecord | undefined): boolean {
  if (definition.grantedBy === 'siteAdmin') {
    return actor.kind === 'app' || (actor.kind === 'user' && actor.user.siteAdmin);
  }
  if (definition.grantedBy === 'anyUser') return actor.kind !== 'anonymous';
  return project !== undefined && can(actor, project, definition.grantedBy);
}

export function holdsGlobally(actor: Actor, definition: PermissionDefinition, projects: ProjectRecord[]): boolean {
  if (definition.type === 'GLOBAL') return holds(actor, definition, undefined);
  return projects.some((project) => holds(actor, definition, project));
}
