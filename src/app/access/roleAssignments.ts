import type { RoleAssignment } from '../../contract/access';
import type { PassphraseReset } from '../../contract/signing';
import { hasAccess, type AppRole } from '../../domain/access/appRole';
import { normaliseRoles, wouldRemoveLastProgrammeManager, type UserRoles } from '../../domain/access/userRoles';
import { conflict, forbidden } from '../../domain/failure';
import type { StoredRecord } from '../../ports/recordStore';
import { listPassphraseResets } from './passphraseResets';
import type { AppServices, Caller } from '../services';
import { callerRoles, programmeManagers } from './callerRoles';
import { expectVersion } from '../expectVersion';

async function toAssignment(services: AppServices, stored: StoredRecord<UserRoles>): Promise<RoleAssignment> {
  return {
    accountId: stored.id,
    displayName: await services.directory.displayName(stored.id),
    roles: stored.record.roles,
    version: stored.version,
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
  };
}

/**
 * Everyone holding a role. A programme manager also sees the recent passphrase resets, so that a
 * reset one manager made is in front of the others (the reasons are not for every role's eyes).
 */
export async function listRoleAssignments(
  services: AppServices,
  caller: Caller,
): Promise<{ assignments: RoleAssignment[]; passphraseResets: PassphraseReset[] }> {
  const all = await services.store.list('userRoles');
  const holding = all.filter((entry) => entry.record.roles.length > 0);
  const isManager = hasAccess(await callerRoles(services, caller.accountId), ['programmeManager']);
  return {
    assignments: await Promise.all(holding.map((entry) => toAssignment(services, entry))),
    passphraseResets: isManager ? await listPassphraseResets(services, services.clock.now()) : [],
  };
}

export interface SetUserRolesCommand {
  accountId: string;
  roles: AppRole[];
  expectedVersion: number;
  reason?: string | undefined;
}

/**
 * Replaces one account's roles. The change, with old and new roles, lands in the audit trail.
 * Never one's own: whoever could grant themselves a role could take every duty that is meant to
 * be someone else's (approving minutes as top management of a review they prepared, say).
 */
export async function setUserRoles(
  services: AppServices,
  caller: Caller,
  command: SetUserRolesCommand,
): Promise<RoleAssignment> {
  if (command.accountId === caller.accountId) {
    throw forbidden('Nobody changes their own roles: ask another programme manager to grant or remove them');
  }
  const current = await services.store.get('userRoles', command.accountId);
  expectVersion(current, command.expectedVersion, `The roles of ${command.accountId}`);
  const roles = normaliseRoles(command.roles);
  if (wouldRemoveLastProgrammeManager(await programmeManagers(services), command.accountId, roles)) {
    throw conflict(
      'The programme must keep at least one programme manager: grant the role to someone else first',
      'roles',
    );
  }
  const saved = await services.store.apply({
    entity: 'userRoles',
    id: command.accountId,
    before: current,
    after: { accountId: command.accountId, roles },
    actor: caller.accountId,
    at: services.clock.now(),
    reason: command.reason ?? null,
  });
  if (!saved) throw new Error('setUserRoles: the store returned no record for a write');
  return toAssignment(services, saved);
}
