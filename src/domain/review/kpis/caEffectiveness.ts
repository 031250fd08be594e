import { percent } from '../../programme/schedule';
import { dayIn } from './days';
import { inRange, type DayRange, type KpiRecords } from './kpiRecords';

export interface CaEffectiveness {
  /** Actions whose first signed verification fell in the period. */
  verified: number;
  /** Of those, found effective at that first verification. */
  effectiveFirstTime: number;
  /** Found not effective first (they went back to planning, whatever happened later). */
  reopened: number;
  percent: number | null;
}

/**
 * CA effectiveness at first verification: of the actions whose FIRST signed verification took place
 * in the period (its `verifiedAt` as a programme-zone day), the share found effective then. An action
 * found not effective and later closed still counts as not effective first time.
 *
 * "Signed" without reading signatures: an action lists a verification in `verificationIds` only
 * after the verifier's `verified` signature is written (verifyCorrectiveAction signs, then updates
 * the action), so the first id there is the first signed verification. An unsigned record (a crash
 * before signing, or someone else's unfinished one) is never listed and never counts.
 */
export function caEffectiveness(
  records: Pick<KpiRecords, 'timeZone' | 'actions' | 'verifications'>,
  period: DayRange,
): CaEffectiveness {
  const verifications = new Map(records.verifications.map((v) => [v.id, v.record]));
  let verified = 0;
  let effectiveFirstTime = 0;
  for (const { record } of records.actions) {
    const firstId = record.verificationIds[0];
    const first = firstId === undefined ? undefined : verifications.get(firstId);
    if (!first) continue;
    const day = dayIn(records.timeZone, first.verifiedAt);
    if (day === null || !inRange(day, period)) continue;
    verified += 1;
    if (first.result === 'effective') effectiveFirstTime += 1;
  }
  return {
    verified,
    effectiveFirstTime,
    reopened: verified - effectiveFirstTime,
    percent: verified === 0 ? null : percent(effectiveFirstTime, verified),
  };
}
