import { isUnderWay } from '../../domain/trail/verificationJob';
import type { AppServices } from '../services';
import { startFullVerification } from './verificationJob';

/** Who the trail page names as having asked for a scheduled re-verification. */
export const scheduleActor = 'app:trail-verification-schedule';

/**
 * A full re-verification this recent makes the weekly one unnecessary: a day short of a week, so a
 * trigger firing a little early (Forge does not promise the minute) still starts one each week.
 */
export const RECENT_FULL_VERIFICATION_MS = 6 * 24 * 3600 * 1000;

/**
 * The weekly trigger's use case: starts the full re-verification of the trail (every entry from 1
 * re-hashed as a background job, see verificationJob.ts) unless one is under way or one finished,
 * or a checkpoint was fully re-verified, within RECENT_FULL_VERIFICATION_MS. Returns what it did,
 * for the trigger's log.
 */
export async function startScheduledVerification(services: AppServices): Promise<'started' | 'running' | 'recent'> {
  const now = services.clock.now();
  const latest = await services.trailCheckpoints.latestJob();
  if (latest && isUnderWay(latest, now)) return 'running';
  const recently = (at: string | null | undefined) =>
    !!at && now.getTime() - Date.parse(at) < RECENT_FULL_VERIFICATION_MS;
  if (latest?.phase === 'done' && recently(latest.updatedAt)) return 'recent';
  if (recently((await services.trailCheckpoints.latest())?.fullyVerifiedAt)) return 'recent';
  await startFullVerification(services, { accountId: scheduleActor });
  return 'started';
}
