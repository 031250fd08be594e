import type { CorrectiveActionRecord } from '../../actions/correctiveAction';
import { actionOverdue } from '../../actions/overdueRules';
import type { FindingGrade, FindingRecord } from '../../audits/finding';
import { daysBetween } from '../../calendar/calendarDate';
import { dayIn } from './days';
import type { Identified } from './kpiRecords';

export const defaultAgeLimits = [30, 60, 90] as const;

export interface AgeBucket {
  label: string;
  minDays: number;
  /** null: no upper limit (the last bucket). */
  maxDays: number | null;
}

/** Limits 30, 60, 90 → 0–30, 31–60, 61–90 and over 90 days (each limit is the last day of its bucket). */
export function ageBuckets(limits: readonly number[] = defaultAgeLimits): AgeBucket[] {
  const buckets = limits.map((max, i) => {
    const min = i === 0 ? 0 : limits[i - 1]! + 1;
    return { label: `${min}–${max} days`, minDays: min, maxDays: max };
  });
  const last = limits.at(-1);
  return [
    ...buckets,
    {
      label: last === undefined ? 'any age' : `over ${last} days`,
      minDays: last === undefined ? 0 : last + 1,
      maxDays: null,
    },
  ];
}

export const bucketIndex = (buckets: readonly AgeBucket[], ageDays: number) =>
  buckets.findIndex((b) => ageDays >= b.minDays && (b.maxDays === null || ageDays <= b.maxDays));

const seriousness: Record<FindingGrade, number> = { majorNC: 0, minorNC: 1, observation: 2, opportunity: 3 };

/** The most serious grade among an action's findings (null when none of them is in the store). */
export function mostSeriousGrade(
  action: CorrectiveActionRecord,
  findings: ReadonlyMap<string, FindingRecord>,
): FindingGrade | null {
  const grades = action.findingIds.flatMap((id) => {
    const finding = findings.get(id);
    return finding ? [finding.content.grade] : [];
  });
  return grades.sort((a, b) => seriousness[a] - seriousness[b])[0] ?? null;
}

export type AgeingGrade = 'majorNC' | 'minorNC' | 'other';
export const ageingGrades: readonly AgeingGrade[] = ['majorNC', 'minorNC', 'other'];
export const ageingGradeOf = (grade: FindingGrade | null): AgeingGrade =>
  grade === 'majorNC' || grade === 'minorNC' ? grade : 'other';

export interface AgedAction {
  id: string;
  action: CorrectiveActionRecord;
  grade: FindingGrade | null;
  openedOn: string;
  ageDays: number;
  dueDate: string | null;
  daysOverdue: number;
}

/**
 * Open corrective actions (state ≠ closed) with their age: whole days from the programme-zone day
 * of `openedAt` to `today`. Ordered for the ageing list: overdue ones first (most overdue first),
 * then the oldest first, then by id so the order is stable.
 */
export function agedOpenActions(
  actions: ReadonlyArray<Identified<CorrectiveActionRecord>>,
  findings: ReadonlyArray<Identified<FindingRecord>>,
  today: string,
  timeZone: string,
): AgedAction[] {
  const byId = new Map(findings.map((f) => [f.id, f.record]));
  const aged = actions.flatMap(({ id, record }) => {
    if (record.state === 'closed') return [];
    const openedOn = dayIn(timeZone, record.openedAt) ?? today;
    return [
      {
        id,
        action: record,
        grade: mostSeriousGrade(record, byId),
        openedOn,
        ageDays: Math.max(0, daysBetween(openedOn, today)),
        dueDate: record.plan?.dueDate ?? null,
        daysOverdue: actionOverdue(record, today)?.daysOverdue ?? 0,
      },
    ];
  });
  return aged.sort(
    (a, b) => b.daysOverdue - a.daysOverdue || b.ageDays - a.ageDays || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Per grade row (major, minor, other), the count of actions in each bucket. */
export function ageingGrid(aged: readonly AgedAction[], buckets: readonly AgeBucket[]) {
  return ageingGrades.map((grade) => {
    const counts = buckets.map(() => 0);
    for (const item of aged) {
      if (ageingGradeOf(item.grade) === grade) counts[bucketIndex(buckets, item.ageDays)]! += 1;
    }
    return { grade, counts };
  });
}
