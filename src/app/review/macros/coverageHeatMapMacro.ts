import type { CoverageHeatMapView, MacroView } from '../../../contract/review';
import { addDays } from '../../../domain/calendar/calendarDate';
import { expandScope, requiredItems } from '../../../domain/audits/scope';
import { defaultStatementOfApplicability } from '../../../domain/soa/soa';
import { coverageHeatMap, type HeatMapCell } from '../../../domain/review/heatMap/coverageHeatMap';
import { paragraph, table, type AdfNode } from '../../pages/adf';
import { macroCycleAudits } from '../registers/macroCycle';
import type { MacroDefinition } from '../macroDefinition';

const SOA_ID = 'soa';

const cellWords: Record<HeatMapCell, string> = { audited: 'Audited', planned: 'Planned', gap: 'Gap', none: '–' };
const stateWords = { audited: 'Audited', planned: 'Planned', gap: 'Gap' } as const;

/**
 * Coverage of the cycle by clause group and Annex A theme, month by month (the rule is in
 * domain/review/heatMap). One store read: a `listMany` of the settings, the audits, the SoA and
 * the programmes.
 */
export const coverageHeatMapMacro: MacroDefinition<'coverageHeatMap'> = {
  async compute(services, config, now) {
    const records = await services.store.listMany([
      'programmeSettings',
      'audit',
      'statementOfApplicability',
      'auditProgramme',
    ]);
    const shown = macroCycleAudits(records, config.cycleStart, now);
    if ('unavailable' in shown) return shown;
    const { settings, today, cycle, audits } = shown;
    const soa = records.statementOfApplicability.find((stored) => stored.id === SOA_ID)?.record;
    const map = coverageHeatMap({
      cycle,
      requiredItems: requiredItems(soa ?? defaultStatementOfApplicability()),
      audits: audits.map(({ id, record }) => ({
        id,
        state: record.state,
        plannedStart: record.plan.plannedStart,
        plannedEnd: record.plan.plannedEnd,
        reportedOn: record.reportedOn,
        scope: expandScope(record.plan.itemIds),
        results: record.checklist.flatMap((line) =>
          line.result === null ? [] : [{ itemId: line.itemId, result: line.result }],
        ),
      })),
      today,
      timeZone: settings.timeZone,
      rows: config.rows ?? 'both',
    });
    const view: CoverageHeatMapView = { macro: 'coverageHeatMap', cycle, ...map };
    return view;
  },

  toAdf(view: MacroView): AdfNode[] {
    if (view.macro !== 'coverageHeatMap') return [];
    const { cycle, months, rows, totals } = view;
    return [
      paragraph(
        `Cycle ${cycle.start} to ${addDays(cycle.end, -1)}: ${totals.audited} fully audited, ` +
          `${totals.planned} planned, ${totals.gap} with gaps (of ${rows.length} rows). ` +
          'A month shows Audited when an audit covering the row reached reporting in it, Planned when an ' +
          'on-time audit covering it is scheduled in it, and Gap in the months left to close a coverage gap.',
      ),
      table(
        ['Requirement', ...months, 'Cycle', 'Detail'],
        rows.map((row) => [row.title, ...row.cells.map((cell) => cellWords[cell]), stateWords[row.state], row.detail]),
      ),
    ];
  },
};
