import type { AppRole } from '../../../src/contract';

/** The app roles' titles, as the domain names them (copied: the UI imports only contract types). */
export const roleTitles = {
  programmeManager: 'Programme manager',
  leadAuditor: 'Lead auditor',
  auditor: 'Auditor',
  auditee: 'Auditee',
  topManagement: 'Top management',
  viewer: 'Viewer',
} as const satisfies Record<AppRole, string>;

/** Every role, most powerful first. */
export const roleOrder = Object.keys(roleTitles) as AppRole[];
