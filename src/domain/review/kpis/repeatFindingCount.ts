import type { FindingRecord } from '../../audits/finding';
import { inRange, type DayRange, type Identified } from './kpiRecords';

export interface RepeatFindings {
  /** Findings raised in the period. */
  raised: number;
  /** Of those, repeats: `repeatOf` names an earlier finding on the same item and area (12 months). */
  repeats: number;
}

/**
 * Repeat findings in the period. A finding's `repeatOf` is filled when it is recorded, by the
 * repeat rule (src/domain/audits/repeatFindings.ts: same clause or control and area within
 * the 12 months before); this KPI counts the findings raised in the period that have one.
 */
export function repeatFindings(findings: ReadonlyArray<Identified<FindingRecord>>, period: DayRange): RepeatFindings {
  const raised = findings.filter((finding) => inRange(finding.record.raisedOn, period));
  return { raised: raised.length, repeats: raised.filter((finding) => finding.record.repeatOf.length > 0).length };
}
