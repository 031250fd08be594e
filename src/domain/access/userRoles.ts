import { z } from 'zod';
import { AppRole } from './appRole';

/** The roles one Atlassian account holds in the app. One record per account, never deleted. */
export const UserRoles = z.object({
  accountId: z.string().min(1).max(128),
  roles: z.array(AppRole).max(5),
});
export type UserRoles = z.infer<typeof UserRoles>;

/** Sorted, without duplicates: two grants of the same set compare equal in the trail. */
export function normaliseRoles(roles: readonly AppRole[]): AppRole[] {
  return AppRole.options.filter((role) => roles.includes(role));
}

/**
 * A programme with no programme manager cannot be administered any more, so the last one may not
 * lose the role. `managers` is every account holding the role before the change.
 */
export function wouldRemoveLastProgrammeManager(
  managers: readonly string[],
  accountId: string,
  nextRoles: readonly AppRole[],
): boolean {
  const losesRole = managers.includes(accountId) && !nextRoles.includes('programmeManager');
  return losesRole && managers.length <= 1;
}
