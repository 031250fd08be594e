import type { Session } from '../../contract/access';
import { normaliseRoles } from '../../domain/access/userRoles';
import { Failure } from '../../domain/failure';
import type { AppServices, Caller } from '../services';
import { callerRoles, programmeManagers } from './callerRoles';

const BOOTSTRAP_ID = 'programme';

/**
 * Who is calling, and their app roles. A programme must always have a manager, so the first site
 * administrator to open the app becomes programme manager. "First" is decided by a unique claim
 * (the `programmeBootstrap` record can be created once), so two admins opening the app at the same
 * moment cannot both win.
 */
export async function getSession(services: AppServices, caller: Caller): Promise<Session> {
  const [displayName, isSiteAdmin, roles] = await Promise.all([
    services.directory.displayName(caller.accountId),
    services.directory.isSiteAdmin(caller.accountId),
    callerRoles(services, caller.accountId),
  ]);
  let becameFirstProgrammeManager = false;
  if (isSiteAdmin && !roles.includes('programmeManager')) {
    becameFirstProgrammeManager = await claimFirstProgrammeManager(services, caller.accountId);
  }
  const finalRoles = becameFirstProgrammeManager ? await callerRoles(services, caller.accountId) : roles;
  return { accountId: caller.accountId, displayName, roles: finalRoles, isSiteAdmin, becameFirstProgrammeManager };
}

async function claimFirstProgrammeManager(services: AppServices, accountId: string): Promise<boolean> {
  const at = services.clock.now();
  const claim = await services.store.get('programmeBootstrap', BOOTSTRAP_ID);
  if (!claim) {
    try {
      await services.store.apply({
        entity: 'programmeBootstrap',
        id: BOOTSTRAP_ID,
        before: null,
        after: { firstProgrammeManager: accountId },
        actor: accountId,
        at,
        reason: 'First site administrator to open the app',
      });
    } catch (error) {
      if (error instanceof Failure && error.code === 'conflict') return false; // another admin won
      throw error;
    }
  } else if (claim.record.firstProgrammeManager !== accountId || (await programmeManagers(services)).length > 0) {
    // Already bootstrapped. The only case left to finish is our own claim whose role grant was
    // interrupted, leaving the programme with no manager at all.
    return false;
  }
  const current = await services.store.get('userRoles', accountId);
  await services.store.apply({
    entity: 'userRoles',
    id: accountId,
    before: current,
    after: { accountId, roles: normaliseRoles([...(current?.record.roles ?? []), 'programmeManager']) },
    actor: accountId,
    at,
    reason: 'First site administrator becomes programme manager',
  });
  return true;
}
