import type { UserRoles } from '../domain/access/userRoles';
import type { AuditableArea } from '../domain/programme/auditableArea';
import type { ProgrammeSettings } from '../domain/programme/programmeSettings';
import type { SigningCredential } from '../domain/signing/passphrasePolicy';
import type { Signature } from '../domain/signing/signature';
import type { SigningAttempt } from '../domain/signing/signingAttempt';

/**
 * Every record type the store holds, by entity name. The name is what the audit trail records as
 * `entityType`; later issues add their records here.
 */
export interface EntityTypes {
  programmeSettings: ProgrammeSettings;
  userRoles: UserRoles;
  /** Claimed once, by the first site admin to open the app, who becomes programme manager. */
  programmeBootstrap: { firstProgrammeManager: string };
  /** Append-only: a signature is never edited, moved or deleted. */
  signature: Signature;
  signingCredential: SigningCredential;
  /** Append-only: every use of a signing passphrase. */
  signingAttempt: SigningAttempt;
  auditableArea: AuditableArea;
}
export type EntityName = keyof EntityTypes;

/** Records that are written once and can never be changed or deleted through the store. */
export const appendOnlyEntities: ReadonlySet<EntityName> = new Set<EntityName>(['signature', 'signingAttempt']);

/** Every entity name, at run time (the check below keeps it in step with EntityTypes). */
export const entityNames = [
  'programmeSettings',
  'userRoles',
  'programmeBootstrap',
  'signature',
  'signingCredential',
  'signingAttempt',
  'auditableArea',
] as const satisfies readonly EntityName[];
type Missing = Exclude<EntityName, (typeof entityNames)[number]>;
const everyEntityListed: Missing extends never ? true : Missing = true;
void everyEntityListed;

export function isEntityName(name: string): name is EntityName {
  return (entityNames as readonly string[]).includes(name);
}
