import type { AppServices } from '../../src/app/services';

/**
 * A trail of `count` real changes: one person's roles switched back and forth by a manager, each
 * change a version of its own (with `reasonOf` to make entries long). What the trail tests need
 * when they want many entries and do not care which records made them.
 */
export async function writeRoleHistory(
  services: AppServices,
  now: () => Date,
  accountId: string,
  count: number,
  reasonOf?: (i: number) => string,
): Promise<void> {
  let current = await services.store.get('userRoles', accountId);
  for (let i = 0; i < count; i += 1) {
    current = await services.store.apply({
      entity: 'userRoles',
      id: accountId,
      before: current,
      after: { accountId, roles: i % 2 ? ['auditor', 'viewer'] : ['viewer'] },
      actor: 'acct-manager',
      at: now(),
      ...(reasonOf ? { reason: reasonOf(i) } : {}),
    });
  }
}
