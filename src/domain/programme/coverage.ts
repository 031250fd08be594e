import { z } from 'zod';
import { AuditState, CheckResult, isCompleted } from '../audits/auditState';
import type { AuditRecord } from '../audits/auditPlan';
import { expandScope } from '../audits/scope';
import { CycleWindow, isWithinCycle } from './cycle';
import { IsoDate } from '../calendar/calendarDate';
import { TimeZone } from '../calendar/timeZone';
import {
  compareRequirementIds,
  type CoverageRow,
  coverageRowLabels,
  coverageRowOf,
  coverageRows,
  RequirementId,
  requirementKind,
  type RequirementKind,
} from '../catalogue/requirementIds';
import { parseInput } from '../parseInput';
import { percent } from './schedule';

/**
 * Programme coverage (9.2.2, docs/domain.md "Coverage"): within one cycle every clause 4–10 and every
 * SoA-applicable control must be audited at least once, and a gap must show long before the cycle
 * ends. The caller decides which items are required and passes the cycle's audits.
 *
 * Rules, all on calendar days in the programme's time zone (`today` comes from `todayIn`):
 * - An audit counts for the cycle when its planned start falls inside the cycle; others are listed
 *   in `auditsOutsideCycle` and ignored.
 * - `audited`: a result other than `notAudited` in a completed audit (reporting or closed).
 * - `planned`: not audited, but in the scope of a not-yet-completed audit of the cycle whose planned
 *   end (inclusive) is today or later.
 * - `gap`: neither — including items only in the scope of late audits (planned end passed, not
 *   reported) or of audits planned after the cycle.
 * - `willBeMissed`: not audited, and no on-time audit of the cycle that is planned to end before
 *   the cycle does has it in scope. Every gap will be missed; a planned item will too when its only
 *   audits are planned to run past the cycle's end.
 */
export const CoverageAudit = z
  .object({
    id: z.string().min(1),
    state: AuditState,
    plannedStart: IsoDate,
    /** Last planned day, inclusive. */
    plannedEnd: IsoDate,
    scope: z.array(z.string()),
    results: z.array(z.object({ itemId: z.string(), result: CheckResult })).default([]),
  })
  .refine((audit) => audit.plannedStart <= audit.plannedEnd, {
    message: 'The planned end is before the planned start',
    path: ['plannedEnd'],
  });
export type CoverageAudit = z.input<typeof CoverageAudit>;

/**
 * An audit as the coverage rule sees it: its dates, its scope as checklist lines, and the results
 * given. `state` is the audit's own unless the caller looks back at an earlier day (the review's
 * month-by-month series), when a later report did not exist yet.
 */
export function coverageAuditOf(
  audit: { id: string; record: AuditRecord },
  state: AuditState = audit.record.state,
): CoverageAudit {
  const { plan, checklist } = audit.record;
  return {
    id: audit.id,
    state,
    plannedStart: plan.plannedStart,
    plannedEnd: plan.plannedEnd,
    scope: expandScope(plan.itemIds),
    results: checklist.flatMap((line) => (line.result === null ? [] : [{ itemId: line.itemId, result: line.result }])),
  };
}

export const CoverageRequest = z.object({
  cycle: CycleWindow,
  requiredItems: z
    .array(RequirementId)
    .refine((ids) => new Set(ids).size === ids.length, 'A required item is listed twice'),
  audits: z
    .array(CoverageAudit)
    .refine((audits) => new Set(audits.map((a) => a.id)).size === audits.length, 'An audit is listed twice'),
  today: IsoDate,
  timeZone: TimeZone,
});
export type CoverageRequest = z.input<typeof CoverageRequest>;

export type CoverageStatus = 'audited' | 'planned' | 'gap';

export interface ItemCoverage {
  itemId: string;
  kind: RequirementKind;
  row: CoverageRow;
  status: CoverageStatus;
  willBeMissed: boolean;
  /** Completed audits that gave the item a result. */
  auditedIn: string[];
  /** On-time, not yet completed audits of the cycle with the item in scope. */
  plannedIn: string[];
  /** Late audits (planned end passed, not reported) with the item in scope: they do not count. */
  lateIn: string[];
  /** On-time audits with the item in scope planned to end on or after the cycle's end. */
  endsAfterCycleIn: string[];
}

export interface CoverageMatrixRow {
  row: CoverageRow;
  label: string;
  total: number;
  audited: number;
  planned: number;
  gap: number;
  willBeMissed: number;
}

export interface CoverageResult {
  cycle: CycleWindow;
  /** The day and zone the forecast was computed for. */
  asOf: { today: string; timeZone: string };
  items: ItemCoverage[];
  summary: {
    total: number;
    audited: number;
    planned: number;
    gap: number;
    willBeMissed: number;
    /** Audited items in percent (one decimal); null when nothing is required. */
    percentAudited: number | null;
  };
  matrix: CoverageMatrixRow[];
  auditsOutsideCycle: string[];
}

const sortRank = (item: ItemCoverage) =>
  item.status === 'gap' ? 0 : item.status === 'audited' ? 3 : item.willBeMissed ? 1 : 2;

export function coverage(request: CoverageRequest): CoverageResult {
  const { cycle, requiredItems, audits, today, timeZone } = parseInput(CoverageRequest, request, 'coverage');
  const detail = new Map<string, Omit<ItemCoverage, 'status' | 'willBeMissed'>>(
    requiredItems.map((itemId) => [
      itemId,
      {
        itemId,
        kind: requirementKind(itemId),
        row: coverageRowOf(itemId),
        auditedIn: [],
        plannedIn: [],
        lateIn: [],
        endsAfterCycleIn: [],
      },
    ]),
  );
  const closesInTime = new Set<string>();
  const auditsOutsideCycle: string[] = [];
  const add = (list: 'auditedIn' | 'plannedIn' | 'lateIn' | 'endsAfterCycleIn', itemId: string, auditId: string) => {
    const entry = detail.get(itemId);
    if (entry && !entry[list].includes(auditId)) entry[list].push(auditId);
  };

  for (const audit of [...audits].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const inCycle = isWithinCycle(cycle, audit.plannedStart);
    if (!inCycle) auditsOutsideCycle.push(audit.id);
    if (isCompleted(audit.state)) {
      if (!inCycle) continue;
      for (const line of audit.results) if (line.result !== 'notAudited') add('auditedIn', line.itemId, audit.id);
      continue;
    }
    const late = audit.plannedEnd < today;
    const endsAfterCycle = audit.plannedEnd >= cycle.end;
    for (const itemId of audit.scope) {
      if (late) add('lateIn', itemId, audit.id);
      else if (endsAfterCycle) add('endsAfterCycleIn', itemId, audit.id);
      if (!late && inCycle) {
        add('plannedIn', itemId, audit.id);
        if (!endsAfterCycle) closesInTime.add(itemId);
      }
    }
  }

  const items: ItemCoverage[] = [...detail.values()].map((entry) => {
    const status: CoverageStatus =
      entry.auditedIn.length > 0 ? 'audited' : entry.plannedIn.length > 0 ? 'planned' : 'gap';
    return { ...entry, status, willBeMissed: status !== 'audited' && !closesInTime.has(entry.itemId) };
  });
  items.sort((a, b) => sortRank(a) - sortRank(b) || compareRequirementIds(a.itemId, b.itemId));

  const count = (list: readonly ItemCoverage[]) => ({
    total: list.length,
    audited: list.filter((i) => i.status === 'audited').length,
    planned: list.filter((i) => i.status === 'planned').length,
    gap: list.filter((i) => i.status === 'gap').length,
    willBeMissed: list.filter((i) => i.willBeMissed).length,
  });
  const totals = count(items);
  return {
    cycle,
    asOf: { today, timeZone },
    items,
    summary: { ...totals, percentAudited: totals.total === 0 ? null : percent(totals.audited, totals.total) },
    matrix: coverageRows.map((row) => ({
      row,
      label: coverageRowLabels[row],
      ...count(items.filter((item) => item.row === row)),
    })),
    auditsOutsideCycle,
  };
}

/** The required items no completed or on-time planned audit covers, in the result's order. */
export function coverageGaps(result: Pick<CoverageResult, 'items'>): string[] {
  return result.items.filter((item) => item.status === 'gap').map((item) => item.itemId);
}
