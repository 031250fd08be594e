import type { PassphraseReset } from '../../contract/signing';
import type { AppServices } from '../services';

/**
 * The trail reason of a reset starts with this; the list of resets reads the reason back after it.
 * It lives with the list (Settings & people) so that signing, which writes resets, depends on
 * access and never the other way round.
 */
export const RESET_REASON_PREFIX = 'Passphrase reset by a programme manager: ';

/** How far back the programme managers' list of resets looks. */
const RECENT_DAYS = 90;
const LIMIT = 200;

/**
 * The passphrase resets of the last RECENT_DAYS, newest first, read from the trail: a reset is the
 * one change to someone's credential made by another person. Shown to the programme managers so
 * that a reset done by one of them is seen by the others (separation of duties).
 */
export async function listPassphraseResets(services: AppServices, now: Date): Promise<PassphraseReset[]> {
  const from = new Date(now.getTime() - RECENT_DAYS * 86_400_000).toISOString();
  const entries = await services.trail.entries({ entityType: 'signingCredential', from, limit: 10_000 });
  const resets = entries
    .filter((e) => e.actor !== e.entityId && e.reason?.startsWith(RESET_REASON_PREFIX))
    .reverse()
    .slice(0, LIMIT);
  return Promise.all(
    resets.map(async (e) => ({
      accountId: e.entityId,
      displayName: await services.directory.displayName(e.entityId),
      resetBy: e.actor,
      resetByName: await services.directory.displayName(e.actor),
      at: e.at,
      reason: e.reason!.slice(RESET_REASON_PREFIX.length),
    })),
  );
}
