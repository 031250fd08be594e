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

export interface Weekday {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  iso: number;
  short: string;
  name: string;
}

export const weekdays: readonly Weekday[] = [
  { iso: 1, short: 'Mon', name: 'Monday' },
  { iso: 2, short: 'Tue', name: 'Tuesday' },
  { iso: 3, short: 'Wed', name: 'Wednesday' },
  { iso: 4, short: 'Thu', name: 'Thursday' },
  { iso: 5, short: 'Fri', name: 'Friday' },
  { iso: 6, short: 'Sat', name: 'Saturday' },
  { iso: 7, short: 'Sun', name: 'Sunday' },
];

export const cycleLengths = [12, 24] as const;
