import { z } from 'zod';
import { addMonths, IsoDate } from '../calendar/calendarDate';
import { parseInput } from '../parseInput';

/**
 * A repeat finding (a KPI, and a signal that a corrective action did not work): another finding on
 * the same clause or control in the same area, raised within the 12 calendar months up to and
 * including the new one's day — from the same day-of-month a year earlier (clamped at month end:
 * 29 Feb looks back to 28 Feb), inclusive. Any grade counts.
 */
export const FindingRef = z.object({
  /** When given, a finding is never a repeat of itself. */
  id: z.string().min(1).optional(),
  itemId: z.string().min(1),
  areaId: z.string().min(1),
  raisedOn: IsoDate,
});
export type FindingRef = z.infer<typeof FindingRef>;

export const repeatWindowMonths = 12;

/** The earlier findings the new one repeats, oldest first. */
export function repeatedFindings<F extends FindingRef>(newFinding: FindingRef, previous: readonly F[]): F[] {
  const finding = parseInput(FindingRef, newFinding, 'finding');
  const from = addMonths(finding.raisedOn, -repeatWindowMonths);
  return previous
    .filter((p, index) => {
      const earlier = parseInput(FindingRef, p, `previous.${index}`);
      return (
        earlier.itemId === finding.itemId &&
        earlier.areaId === finding.areaId &&
        (finding.id === undefined || earlier.id !== finding.id) &&
        from <= earlier.raisedOn &&
        earlier.raisedOn <= finding.raisedOn
      );
    })
    .sort((a, b) => (a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : 0));
}

export function isRepeatFinding(newFinding: FindingRef, previous: readonly FindingRef[]): boolean {
  return repeatedFindings(newFinding, previous).length > 0;
}
