import type { AuditRecord } from '../../audits/auditPlan';
import { isCompleted } from '../../audits/auditState';
import { coverage, coverageAuditOf, type CoverageAudit } from '../../programme/coverage';
import type { CycleWindow } from '../../programme/cycle';
import type { Identified } from './kpiRecords';

export interface ProgrammeCoverage {
  cycle: CycleWindow;
  total: number;
  audited: number;
  planned: number;
  gap: number;
  willBeMissed: number;
  /** Audited items in percent (one decimal); null when nothing is required. */
  percent: number | null;
}

/**
 * An audit as the coverage rule saw it on `day`: one that reached reporting only after that day
 * was still running then, so a month-by-month series shows coverage growing as reports landed.
 */
function asOn(stored: Identified<AuditRecord>, day: string): CoverageAudit {
  const { reportedOn } = stored.record;
  const reportedLater = isCompleted(stored.record.state) && reportedOn !== null && reportedOn > day;
  return coverageAuditOf(stored, reportedLater ? 'inProgress' : stored.record.state);
}

/**
 * Programme coverage (%) of one cycle as of `day`, by the programme's own coverage rules
 * (src/domain/programme/coverage.ts): every clause 4–10 and SoA-applicable control audited at
 * least once in the cycle. `audits` are the cycle programme's audits.
 */
export function programmeCoverage(
  cycle: CycleWindow,
  requiredItems: readonly string[],
  audits: ReadonlyArray<Identified<AuditRecord>>,
  day: string,
  timeZone: string,
): ProgrammeCoverage {
  const result = coverage({
    cycle,
    requiredItems: [...requiredItems],
    audits: audits.map((audit) => asOn(audit, day)),
    today: day,
    timeZone,
  });
  const { total, audited, planned, gap, willBeMissed, percentAudited } = result.summary;
  return { cycle, total, audited, planned, gap, willBeMissed, percent: percentAudited };
}
