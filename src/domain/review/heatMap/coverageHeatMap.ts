import { controlThemeSections, controlThemeTitles, controlThemes } from '../../catalogue/catalogueItem';
import { isCompleted } from '../../audits/auditState';
import { coverage, type CoverageAudit, type ItemCoverage } from '../../programme/coverage';
import { cycleMonthIndex, isWithinCycle, monthsOfCycle, type CycleWindow } from '../../programme/cycle';
import { coverageRowOf, requirementKind } from '../../catalogue/requirementIds';

/**
 * The coverage heat-map of a cycle: rows are the clause groups 4–10 and/or the Annex A themes, columns
 * the cycle's months. Whether a row is covered comes from the programme's own coverage rule
 * (`coverage`: audited, planned, gap per required item), so the heat-map never disagrees with the
 * coverage matrix. What each month shows:
 *
 * - `audited`: a completed audit of the cycle (reporting or closed) gave a result other than "not
 *   audited" to a required item of the row, and the audit reached reporting in that month (its
 *   `reportedOn`, else its planned end; a day outside the cycle counts in the nearest cycle month).
 *   The app keeps no date per checklist line, so the report date is when the results stand.
 * - `planned`: an on-time audit of the cycle that is not completed (planned end today or later) has
 *   a required item of the row in scope, and its planned dates overlap that month.
 * - `gap`: the row has a required item no completed or on-time audit covers (a coverage gap); it is
 *   shown in every month from today's to the cycle's end that is neither audited nor planned — the
 *   months in which it can still be closed. A cycle that is over shows it in its last month.
 * - `none`: nothing of the above.
 *
 * Audits counted are those the coverage rule counts: planned to start inside the cycle.
 */
export type HeatMapCell = 'audited' | 'planned' | 'gap' | 'none';
export type HeatMapRows = 'clauses' | 'themes' | 'both';

export interface HeatMapAudit extends CoverageAudit {
  /** The day it reached reporting, when recorded. */
  reportedOn: string | null;
}

export interface HeatMapRequest {
  cycle: CycleWindow;
  /** Leaf clauses and SoA-applicable controls (see `requiredItems`). */
  requiredItems: readonly string[];
  /** Scope as checklist lines (see `expandScope`). */
  audits: readonly HeatMapAudit[];
  today: string;
  timeZone: string;
  rows: HeatMapRows;
}

export interface HeatMapRow {
  id: string;
  title: string;
  kind: 'clause' | 'theme';
  cells: HeatMapCell[];
  state: 'audited' | 'planned' | 'gap';
  detail: string;
}

export interface HeatMap {
  /** `YYYY-MM` of each cycle month, in order. */
  months: string[];
  rows: HeatMapRow[];
  totals: { audited: number; planned: number; gap: number };
}

/** Clause groups 4–10 with their short titles. */
export const clauseGroups: ReadonlyArray<{ id: string; title: string }> = [
  { id: '4', title: 'Context of the organization' },
  { id: '5', title: 'Leadership' },
  { id: '6', title: 'Planning' },
  { id: '7', title: 'Support' },
  { id: '8', title: 'Operation' },
  { id: '9', title: 'Performance evaluation' },
  { id: '10', title: 'Improvement' },
];

interface RowDefinition {
  id: string;
  title: string;
  kind: 'clause' | 'theme';
  holds(itemId: string): boolean;
}

function rowDefinitions(rows: HeatMapRows): RowDefinition[] {
  const clauses: RowDefinition[] = clauseGroups.map((group) => ({
    id: group.id,
    title: `${group.id} ${group.title}`,
    kind: 'clause',
    holds: (itemId) => requirementKind(itemId) === 'clause' && itemId.split('.')[0] === group.id,
  }));
  const themes: RowDefinition[] = controlThemes.map((theme) => {
    const id = `A.${controlThemeSections[theme].section}`;
    return {
      id,
      title: `${id} ${controlThemeTitles[theme]}`,
      kind: 'theme',
      holds: (itemId) => requirementKind(itemId) === 'control' && coverageRowOf(itemId) === id,
    };
  });
  return rows === 'clauses' ? clauses : rows === 'themes' ? themes : [...clauses, ...themes];
}

function rowState(items: readonly ItemCoverage[]): HeatMapRow['state'] {
  if (items.some((item) => item.status === 'gap')) return 'gap';
  if (items.some((item) => item.status === 'planned')) return 'planned';
  return 'audited';
}

function rowDetail(kind: RowDefinition['kind'], items: readonly ItemCoverage[]): string {
  const noun = kind === 'clause' ? 'clauses' : 'controls';
  if (items.length === 0) return `No SoA-applicable ${noun}: nothing to audit`;
  const count = (status: ItemCoverage['status']) => items.filter((item) => item.status === status).length;
  const parts = [`${count('audited')} of ${items.length} ${noun} audited`];
  if (count('planned') > 0) parts.push(`${count('planned')} planned`);
  if (count('gap') > 0) parts.push(`${count('gap')} not covered`);
  return parts.join(', ');
}

export function coverageHeatMap(request: HeatMapRequest): HeatMap {
  const { cycle, today } = request;
  const result = coverage({
    cycle,
    requiredItems: [...request.requiredItems],
    audits: request.audits.map(({ reportedOn: _reportedOn, ...audit }) => audit),
    today,
    timeZone: request.timeZone,
  });
  const months = monthsOfCycle(cycle);
  const lastIndex = months.length - 1;
  const required = new Set(request.requiredItems);
  const monthOf = (day: string) =>
    day < cycle.start ? 0 : day >= cycle.end ? lastIndex : (cycleMonthIndex(cycle, day) ?? lastIndex);

  const definitions = rowDefinitions(request.rows);
  const cells = definitions.map(() => months.map((): HeatMapCell => 'none'));
  const mark = (row: number, month: number, state: HeatMapCell) => {
    const current = cells[row]![month]!;
    const rank = { none: 0, gap: 1, planned: 2, audited: 3 } as const;
    if (rank[state] > rank[current]) cells[row]![month] = state;
  };

  for (const audit of request.audits) {
    if (!isWithinCycle(cycle, audit.plannedStart)) continue;
    if (isCompleted(audit.state)) {
      const month = monthOf(audit.reportedOn ?? audit.plannedEnd);
      const audited = (audit.results ?? []).filter((l) => l.result !== 'notAudited' && required.has(l.itemId));
      definitions.forEach((row, r) => {
        if (audited.some((line) => row.holds(line.itemId))) mark(r, month, 'audited');
      });
    } else if (audit.plannedEnd >= today) {
      const inScope = audit.scope.filter((itemId) => required.has(itemId));
      definitions.forEach((row, r) => {
        if (!inScope.some((itemId) => row.holds(itemId))) return;
        months.forEach((month, m) => {
          if (audit.plannedStart < month.end && audit.plannedEnd >= month.start) mark(r, m, 'planned');
        });
      });
    }
  }

  // A gap can still be closed in the months left: from today's month to the cycle's end.
  const remaining = months.filter((month) => month.end > today).map((month) => month.index);
  const gapMonths = remaining.length > 0 ? remaining : [lastIndex];
  const rows: HeatMapRow[] = definitions.map((row, r) => {
    const items = result.items.filter((item) => row.holds(item.itemId));
    const state = rowState(items);
    if (state === 'gap') for (const m of gapMonths) mark(r, m, 'gap');
    return {
      id: row.id,
      title: row.title,
      kind: row.kind,
      cells: cells[r]!,
      state,
      detail: rowDetail(row.kind, items),
    };
  });
  return {
    months: months.map((month) => month.label),
    rows,
    totals: {
      audited: rows.filter((row) => row.state === 'audited').length,
      planned: rows.filter((row) => row.state === 'planned').length,
      gap: rows.filter((row) => row.state === 'gap').length,
    },
  };
}
