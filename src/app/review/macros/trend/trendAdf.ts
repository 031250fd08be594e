import type { TrendChartView } from '../../../../contract/review';
import { heading, table, type AdfNode } from '../../../pages/adf';

const orDash = (value: number | null) => (value === null ? '—' : String(value));

/** Today's view: findings by grade and NC closure time, each left out when its series is empty. */
function byGrade(view: TrendChartView): AdfNode[] {
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
}

/** The trend as the page's PDF/Word export prints it: one table per view, quarters as rows. */
export function trendAdf(view: TrendChartView): AdfNode[] {
  const span = `${view.period.from} to ${view.period.to}`;
  switch (view.shows ?? 'findingsByGrade') {
    case 'findingsByGrade':
      return byGrade(view);
    case 'findingsByArea':
    case 'findingsByClause': {
      const breakdown = view.breakdown ?? { groups: [], rows: [] };
      const by = view.shows === 'findingsByArea' ? 'area' : 'clause and control group';
      return [
        heading(4, `Findings by ${by}, ${span}`),
        table(
          ['Quarter', ...breakdown.groups.map((group) => group.label), 'Total'],
          breakdown.rows.map((row) => [
            row.quarter,
            ...row.counts.map(String),
            String(row.counts.reduce((sum, count) => sum + count, 0)),
          ]),
        ),
      ];
    }
    case 'caClosureTime':
      return [
        heading(4, `Corrective-action closure time (days, opened to closed), ${span}`),
        table(
          ['Quarter', 'Actions closed', 'Median', 'Longest'],
          (view.caClosureTime ?? []).map((row) => [
            row.quarter,
            String(row.closed),
            orDash(row.medianDays),
            orDash(row.longestDays),
          ]),
        ),
      ];
    case 'caEffectiveness':
      return [
        heading(4, `Corrective-action effectiveness verifications, ${span}`),
        table(
          ['Quarter', 'Verified effective', 'Not effective'],
          (view.caEffectiveness ?? []).map((row) => [row.quarter, String(row.effective), String(row.notEffective)]),
        ),
      ];
  }
}
