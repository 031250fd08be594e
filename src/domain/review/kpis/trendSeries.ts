import { kindOf, type CorrectiveActionRecord } from '../../actions/correctiveAction';
import type { CaVerificationRecord } from '../../actions/caVerification';
import type { FindingRecord } from '../../audits/finding';
import { daysBetween } from '../../calendar/calendarDate';
import { requirementKind } from '../../catalogue/requirementIds';
import { dayIn, quarterRange, quartersOf } from './days';
import { inRange, type DayRange, type Identified } from './kpiRecords';
import { median } from './percentiles';

/**
 * The trend macro's series beyond findings by grade (see findingTrend): findings by area and by
 * clause/control group, corrective-action closure time and CA effectiveness, each per calendar
 * quarter of a period that may span several cycles. Pure: the records and the period come in, the
 * rows go out; every instant is read as a day in the programme's time zone, as the KPI tiles do.
 */

/** A column of a breakdown: its key (an area id, a clause group) and the words a reader sees. */
export interface TrendGroup {
  key: string;
  label: string;
}

/** Findings per quarter split by group; `counts` follows `groups`, in order. */
export interface TrendBreakdown {
  groups: TrendGroup[];
  rows: Array<{ quarter: string; counts: number[] }>;
}

/**
 * The clause groups 4–10 and the Annex A themes A.5–A.8, in the standard's order: eleven columns,
 * whatever the period holds, so trends across cycles always compare the same columns.
 */
export const clauseGroups: readonly TrendGroup[] = [
  { key: '4', label: '4 Context' },
  { key: '5', label: '5 Leadership' },
  { key: '6', label: '6 Planning' },
  { key: '7', label: '7 Support' },
  { key: '8', label: '8 Operation' },
  { key: '9', label: '9 Performance evaluation' },
  { key: '10', label: '10 Improvement' },
  { key: 'A.5', label: 'A.5 Organizational' },
  { key: 'A.6', label: 'A.6 People' },
  { key: 'A.7', label: 'A.7 Physical' },
  { key: 'A.8', label: 'A.8 Technological' },
];

/** The clause group (`9` for 9.2.2) or Annex A theme (`A.8` for A.8.13) a requirement belongs to. */
export function clauseGroupOf(itemId: string): string {
  const parts = itemId.split('.');
  return requirementKind(itemId) === 'control' ? parts.slice(0, 2).join('.') : (parts[0] ?? itemId);
}

/** Counts findings per quarter by the group `groupOf` gives each; a group not listed is left out. */
function findingsBy(
  findings: ReadonlyArray<Identified<FindingRecord>>,
  period: DayRange,
  groups: readonly TrendGroup[],
  groupOf: (finding: FindingRecord) => string,
): TrendBreakdown {
  const column = new Map(groups.map((group, index) => [group.key, index]));
  const rows = quartersOf(period).map((quarter) => {
    const range = quarterRange(quarter, period);
    const counts = groups.map(() => 0);
    for (const { record } of findings) {
      const index = column.get(groupOf(record));
      if (index !== undefined && inRange(record.raisedOn, range)) counts[index]! += 1;
    }
    return { quarter, counts };
  });
  return { groups: [...groups], rows };
}

/**
 * Findings per quarter (by `raisedOn`) for each auditable area that had a finding in the period,
 * areas in name order. `areaNames` gives the register's names; an area no longer in the register
 * keeps its id as its label, so a finding is never dropped for want of a name.
 */
export function findingsByArea(
  findings: ReadonlyArray<Identified<FindingRecord>>,
  areaNames: ReadonlyMap<string, string>,
  period: DayRange,
): TrendBreakdown {
  const seen = new Set(findings.filter((f) => inRange(f.record.raisedOn, period)).map((f) => f.record.content.areaId));
  const groups = [...seen]
    .map((key) => ({ key, label: areaNames.get(key) ?? key }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  return findingsBy(findings, period, groups, (finding) => finding.content.areaId);
}

/** Findings per quarter (by `raisedOn`) for each clause group 4–10 and Annex A theme A.5–A.8. */
export function findingsByClauseGroup(
  findings: ReadonlyArray<Identified<FindingRecord>>,
  period: DayRange,
): TrendBreakdown {
  return findingsBy(findings, period, clauseGroups, (finding) => clauseGroupOf(finding.content.itemId));
}

export interface QuarterCaClosure {
  quarter: string;
  closed: number;
  /** Days from opened to closed, as programme-zone days; null when none closed in the quarter. */
  medianDays: number | null;
  longestDays: number | null;
}

/**
 * Corrective actions closed per quarter (by the day of `closedAt`) and how long they took from
 * opening to closing: median and longest, in days. Improvement actions (10.1) are left out: they
 * close when done, with no effectiveness gate, so their times would flatter the corrective ones.
 */
export function caClosureTrend(
  actions: ReadonlyArray<Identified<CorrectiveActionRecord>>,
  timeZone: string,
  period: DayRange,
): QuarterCaClosure[] {
  const durations = actions.flatMap(({ record }) => {
    if (kindOf(record) !== 'corrective' || record.state !== 'closed') return [];
    const opened = dayIn(timeZone, record.openedAt);
    const closed = dayIn(timeZone, record.closedAt);
    return opened === null || closed === null ? [] : [{ closed, days: Math.max(0, daysBetween(opened, closed)) }];
  });
  return quartersOf(period).map((quarter) => {
    const range = quarterRange(quarter, period);
    const days = durations.filter((d) => inRange(d.closed, range)).map((d) => d.days);
    return {
      quarter,
      closed: days.length,
      medianDays: median(days),
      longestDays: days.length === 0 ? null : Math.max(...days),
    };
  });
}

export interface QuarterCaEffectiveness {
  quarter: string;
  effective: number;
  notEffective: number;
}

/**
 * Signed effectiveness verifications per quarter (by the day of `verifiedAt`): found effective and
 * found not effective. Every round counts: an action found not effective, re-planned and then found
 * effective shows once in each column. "Signed" as in caEffectiveness: only a verification its
 * action lists in `verificationIds` (listed after the verifier's signature is written) counts.
 */
export function caEffectivenessTrend(
  actions: ReadonlyArray<Identified<CorrectiveActionRecord>>,
  verifications: ReadonlyArray<Identified<CaVerificationRecord>>,
  timeZone: string,
  period: DayRange,
): QuarterCaEffectiveness[] {
  const signed = new Set(actions.flatMap(({ record }) => record.verificationIds));
  const results = verifications.flatMap(({ id, record }) => {
    const day = signed.has(id) ? dayIn(timeZone, record.verifiedAt) : null;
    return day === null ? [] : [{ day, effective: record.result === 'effective' }];
  });
  return quartersOf(period).map((quarter) => {
    const range = quarterRange(quarter, period);
    const inQuarter = results.filter((r) => inRange(r.day, range));
    const effective = inQuarter.filter((r) => r.effective).length;
    return { quarter, effective, notEffective: inQuarter.length - effective };
  });
}
