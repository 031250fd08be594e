import { z } from 'zod';

/**
 * The app's own roles (docs/domain.md "People"). They are stored by the app, not derived from Jira or
 * Confluence groups, because audit independence must be provable from the app's own records.
 */
export const appRoles = ['programmeManager', 'leadAuditor', 'auditor', 'auditee', 'topManagement', 'viewer'] as const;
export const AppRole = z.enum(appRoles);
export type AppRole = z.infer<typeof AppRole>;

export const appRoleTitles: Record<AppRole, string> = {
  programmeManager: 'Programme manager',
  leadAuditor: 'Lead auditor',
  auditor: 'Auditor',
  auditee: 'Auditee',
  topManagement: 'Top management',
  viewer: 'Viewer',
};

/** Who may call a resolver: any of the listed roles, or `anyone` signed in to the site. */
export type Access = 'anyone' | 'anyAppRole' | readonly AppRole[];

export function hasAccess(roles: readonly AppRole[], access: Access): boolean {
  if (access === 'anyone') return true;
  if (access === 'anyAppRole') return roles.length > 0;
  return access.some((role) => roles.includes(role));
}
