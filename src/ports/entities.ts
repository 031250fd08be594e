import type { UserRoles } from '../domain/access/userRoles';
import type { ProgrammeSettings } from '../domain/programme/programmeSettings';

/**
 * Every record type the store holds, by entity name. The name is what the audit trail records as
 * `entityType`; later issues add their records here.
 */
export interface EntityTypes {
  programmeSettings: ProgrammeSettings;
  userRoles: UserRoles;
  /** Claimed once, by the first site admin to open the app, who becomes programme manager. */
  programmeBootstrap: { firstProgrammeManager: string };
}
export type EntityName = keyof EntityTypes;
