import type { TrendChartView } from '../../../contract/review';
import { findingTrend } from '../../../domain/review/kpis/findingTrend';
import { ncClosures } from '../../../domain/review/kpis/ncClosure';
import { heading, table } from '../../pages/adf';
import { programmeSettingsAmong } from '../../programme/programmeSettings';
import { figuresPeriod } from '../figuresPeriod';
import type { MacroDefinition } from '../macroDefinition';

const orDash = (value: number | null) => (value === null ? '—' : String(value));

/**
 * Findings by grade and NC closure time per calendar quarter of the period. The config's `series`
 * chooses what is shown; the series left out is an empty list (the quarters are always there).
 * It reads only what those two need (findings, actions, exemptions), not the KPI tiles' whole
 * bundle: at 10,000 findings the audits and verifications are a third of that bundle's bytes.
 */
export const trendChartMacro: MacroDefinition<'trendChart'> = {
  async compute(services, config, now) {
    const all = await services.store.listMany(['programmeSettings', 'finding', 'correctiveAction', 'ncExemption']);
    const settings = programmeSettingsAmong(all.programmeSettings, now);
    const period = figuresPeriod(settings, config, now);
    const closures = ncClosures({
      timeZone: settings.timeZone,
      findings: all.finding,
      actions: all.correctiveAction,
      exemptions: all.ncExemption,
    });
    const trend = findingTrend(all.finding, closures, period);
    const series = config.series ?? 'both';
    return {
      macro: 'trendChart',
      period,
      quarters: trend.quarters,
      findingsByGrade: series === 'closureTime' ? [] : trend.findingsByGrade,
      closureTime: series === 'findingsByGrade' ? [] : trend.closureTime,
    } satisfies TrendChartView;
  },

  toAdf(view) {
    if (view.macro !== 'trendChart') return [];
    return [
      ...(view.findingsByGrade.length === 0
        ? []
        : [
            heading(4, `Findings by grade, ${view.period.from} to ${view.period.to}`),
            table(
              ['Quarter', 'Major NC', 'Minor NC', 'Observation', 'Opportunity', 'Total'],
              view.findingsByGrade.map((row) => [
                row.quarter,
                String(row.majorNC),
                String(row.minorNC),
                String(row.observation),
                String(row.opportunity),
                String(row.majorNC + row.minorNC + row.observation + row.opportunity),
              ]),
            ),
          ]),
      ...(view.closureTime.length === 0
        ? []
        : [
            heading(4, 'Nonconformity closure time (days, raised to closed)'),
            table(
              ['Quarter', 'NCs closed', 'Median', '90th percentile'],
              view.closureTime.map((row) => [
                row.quarter,
                String(row.closed),
                orDash(row.medianDays),
                orDash(row.p90Days),
              ]),
            ),
          ]),
    ];
  },
};
