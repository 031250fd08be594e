import type { TrendChartView } from '../../../contract/review';
import { findingTrend } from '../../../domain/review/kpis/findingTrend';
import { ncClosures } from '../../../domain/review/kpis/ncClosure';
import {
  caClosureTrend,
  caEffectivenessTrend,
  findingsByArea,
  findingsByClauseGroup,
} from '../../../domain/review/kpis/trendSeries';
import type { TrendShows } from '../../../domain/review/macroConfig';
import { programmeSettingsAmong } from '../../programme/programmeSettings';
import type { MacroDefinition } from '../macroDefinition';
import { trendAdf } from './trend/trendAdf';
import { trendPeriod } from './trend/trendPeriod';

/**
 * The record types each view needs, besides the programme settings. A view reads only those, in one
 * `listMany` paged by answer size (listMany.ts), so no statement's answer passes the review macros'
 * 1 MiB goal however many cycles the period spans: the heaviest view (by grade) reads what it read
 * before there was a choice, and no view reads the audits or the trail.
 */
type TrendEntity = 'finding' | 'correctiveAction' | 'ncExemption' | 'auditableArea' | 'caVerification';
const readsOf: Record<TrendShows, TrendEntity[]> = {
  findingsByGrade: ['finding', 'correctiveAction', 'ncExemption'],
  findingsByArea: ['finding', 'auditableArea'],
  findingsByClause: ['finding'],
  caClosureTime: ['correctiveAction'],
  caEffectiveness: ['correctiveAction', 'caVerification'],
};

/**
 * Trends per calendar quarter over the current cycle and up to two before it (or the config's own
 * period): findings by grade with NC closure time (the view of configs saved before there was a
 * choice; its `series` chooses what is shown, the series left out an empty list), findings by area,
 * by clause/control group, corrective-action closure time, and CA effectiveness.
 */
export const trendChartMacro: MacroDefinition<'trendChart'> = {
  async compute(services, config, now) {
    const shows = config.shows ?? 'findingsByGrade';
    const all = await services.store.listMany<TrendEntity | 'programmeSettings'>([
      'programmeSettings',
      ...readsOf[shows],
    ]);
    // Only the view's own types were read: the others are absent, not empty.
    const records: Partial<typeof all> = all;
    const settings = programmeSettingsAmong(all.programmeSettings, now);
    const { period, cycles } = trendPeriod(settings, config, now);
    const findings = records.finding ?? [];
    const actions = records.correctiveAction ?? [];
    const base = { macro: 'trendChart', period, shows, cycles, breakdown: null } as const;
    const empty = { ...base, quarters: [] as string[], findingsByGrade: [], closureTime: [] };
    switch (shows) {
      case 'findingsByGrade': {
        const closures = ncClosures({
          timeZone: settings.timeZone,
          findings,
          actions,
          exemptions: records.ncExemption ?? [],
        });
        const trend = findingTrend(findings, closures, period);
        const series = config.series ?? 'both';
        return {
          ...base,
          quarters: trend.quarters,
          findingsByGrade: series === 'closureTime' ? [] : trend.findingsByGrade,
          closureTime: series === 'findingsByGrade' ? [] : trend.closureTime,
        } satisfies TrendChartView;
      }
      case 'findingsByArea':
      case 'findingsByClause': {
        const names = new Map((records.auditableArea ?? []).map((area) => [area.id, area.record.name]));
        const breakdown =
          shows === 'findingsByArea'
            ? findingsByArea(findings, names, period)
            : findingsByClauseGroup(findings, period);
        return { ...empty, quarters: breakdown.rows.map((row) => row.quarter), breakdown } satisfies TrendChartView;
      }
      case 'caClosureTime': {
        const caClosureTime = caClosureTrend(actions, settings.timeZone, period);
        return { ...empty, quarters: caClosureTime.map((row) => row.quarter), caClosureTime } satisfies TrendChartView;
      }
      case 'caEffectiveness': {
        const caEffectiveness = caEffectivenessTrend(actions, records.caVerification ?? [], settings.timeZone, period);
        return {
          ...empty,
          quarters: caEffectiveness.map((row) => row.quarter),
          caEffectiveness,
        } satisfies TrendChartView;
      }
    }
  },

  toAdf(view) {
    return view.macro === 'trendChart' ? trendAdf(view) : [];
  },
};
