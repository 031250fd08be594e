import type { TrendChartView } from '../../../../src/contract/review';
import { BarChart } from '../../../shared/charts/BarChart';
import { categoricalColours, lineColour, outcomeColours } from '../../../shared/charts/chartColours';

const span = (view: TrendChartView) => `from ${view.quarters[0]} to ${view.quarters[view.quarters.length - 1]}`;
const cyclesWords = (view: TrendChartView) =>
  (view.cycles?.length ?? 1) > 1 ? ` over ${view.cycles!.length} cycles` : '';

/** Findings per quarter stacked by area or by clause/control group. */
export function BreakdownTrend({ view }: { view: TrendChartView }) {
  const breakdown = view.breakdown ?? { groups: [], rows: [] };
  const by = view.shows === 'findingsByArea' ? 'area' : 'clause and control group';
  const total = breakdown.rows.reduce((sum, row) => sum + row.counts.reduce((s, c) => s + c, 0), 0);
  return (
    <BarChart
      testId="trend-chart"
      summary={`Findings per quarter by ${by} ${span(view)}${cyclesWords(view)}: ${total} findings.`}
      caption={`Findings per quarter by ${by}`}
      categoryLabel="Quarter"
      categories={view.quarters}
      series={breakdown.groups.map((group, index) => ({
        key: group.key,
        label: group.label,
        colour: categoricalColours[index % categoricalColours.length]!,
        values: breakdown.rows.map((row) => row.counts[index] ?? 0),
      }))}
      mode="stacked"
    />
  );
}

/** Corrective actions closed per quarter as bars, the median days to close as a line. */
export function CaClosureTrend({ view }: { view: TrendChartView }) {
  const rows = view.caClosureTime ?? [];
  const longest = Math.max(0, ...rows.map((row) => row.longestDays ?? 0));
  return (
    <BarChart
      testId="trend-chart"
      summary={`Corrective actions closed per quarter ${span(view)}${cyclesWords(view)}; the longest took ${longest} days.`}
      caption="Corrective actions closed per quarter and median days from opened to closed"
      categoryLabel="Quarter"
      categories={view.quarters}
      series={[
        { key: 'closed', label: 'Actions closed', colour: categoricalColours[0]!, values: rows.map((r) => r.closed) },
      ]}
      mode="stacked"
      line={{ label: 'Median days to close', colour: lineColour, values: rows.map((r) => r.medianDays), unit: 'days' }}
    />
  );
}

/** Signed effectiveness verifications per quarter: effective and not effective side by side. */
export function CaEffectivenessTrend({ view }: { view: TrendChartView }) {
  const rows = view.caEffectiveness ?? [];
  const effective = rows.reduce((sum, row) => sum + row.effective, 0);
  const notEffective = rows.reduce((sum, row) => sum + row.notEffective, 0);
  return (
    <BarChart
      testId="trend-chart"
      summary={`Effectiveness verifications per quarter ${span(view)}${cyclesWords(view)}: ${effective} effective, ${notEffective} not effective.`}
      caption="Corrective-action effectiveness verifications per quarter"
      categoryLabel="Quarter"
      categories={view.quarters}
      series={[
        {
          key: 'effective',
          label: 'Verified effective',
          colour: outcomeColours.good,
          values: rows.map((r) => r.effective),
        },
        {
          key: 'notEffective',
          label: 'Not effective',
          colour: outcomeColours.bad,
          values: rows.map((r) => r.notEffective),
        },
      ]}
      mode="grouped"
    />
  );
}
