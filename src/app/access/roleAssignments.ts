import type { RoleAssignment } from '../../contract/resolvers';
import type { AppRole } from '../../domain/access/appRole';
import { normaliseRoles, wouldRemoveLastProgrammeManager, type UserRoles } from '../../domain/access/userRoles';
import { conflict } from '../../domain/failure';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices, Caller } from '../services';
import { programmeManagers } from './callerRoles';
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

export async function listRoleAssignments(services: AppServices): Promise<{ assignments: RoleAssignment[] }> {
  const all = await services.store.list('userRoles');
  const holding = all.filter((entry) => entry.record.roles.length > 0);
  return { assignments: await Promise.all(holding.map((entry) => toAssignment(services, entry))) };
}

export interface SetUserRolesCommand {
  accountId: string;
  roles: AppRole[];
  expectedVersion: number;
  reason?: string | undefined;
}

/** Replaces one account's roles. The change, with old and new roles, lands in the audit trail. */
export async function setUserRoles(
  services: AppServices,
  caller: Caller,
  command: SetUserRolesCommand,
): Promise<RoleAssignment> {
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
