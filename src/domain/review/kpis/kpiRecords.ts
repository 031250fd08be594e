import type { CaVerificationRecord } from '../../actions/caVerification';
import type { CorrectiveActionRecord } from '../../actions/correctiveAction';
import type { NcExemptionRecord } from '../../actions/ncExemption';
import type { DueDateExtensionRecord } from '../../actions/dueDateExtension';
import type { TrackedIssueRecord } from '../../jira/trackedIssue';
import type { AuditRecord } from '../../audits/auditPlan';
import type { FindingRecord } from '../../audits/finding';
import type { PeriodFiguresRecord } from '../periodFigures';

/** A stored record with its id, as the store lists it (the KPI rules need nothing else of it). */
export interface Identified<T> {
  id: string;
  record: T;
}

/**
 * Everything the KPI formulas read, as one bundle: the macro reads it in one store statement and
 * passes it in. `timeZone` is the programme's: every instant (a CA's `closedAt`, a verification's
 * `verifiedAt`) becomes a calendar day there before it is compared with a period.
 */
export interface KpiRecords {
  timeZone: string;
  audits: ReadonlyArray<Identified<AuditRecord>>;
  findings: ReadonlyArray<Identified<FindingRecord>>;
  actions: ReadonlyArray<Identified<CorrectiveActionRecord>>;
  verifications: ReadonlyArray<Identified<CaVerificationRecord>>;
  /**
   * The Jira issues' mirrors. No formula reads them (Jira's status closes nothing, ISO 27001 10.2),
   * so the macros do not read them either: at 15,000 tracked issues they were 40% of a macro's
   * bytes. Tests pass some to show that Jira's status changes no figure.
   */
  trackedIssues?: ReadonlyArray<Identified<TrackedIssueRecord>>;
  /** Signed exemptions from corrective action, id = the finding id. */
  exemptions: ReadonlyArray<Identified<NcExemptionRecord>>;
  /** Due-date extensions: an approved one moves its action's controlled due date. */
  extensions: ReadonlyArray<Identified<DueDateExtensionRecord>>;
  periodFigures: ReadonlyArray<Identified<PeriodFiguresRecord>>;
}

/** A stretch of calendar days in the programme's time zone, both ends inclusive. */
export interface DayRange {
  from: string;
  to: string;
}

export const inRange = (day: string, range: DayRange) => range.from <= day && day <= range.to;
