import type { TrendChartView } from '../../../../src/contract/review';
import { BarChart } from '../../../shared/charts/BarChart';
import { gradeColours, gradeLabels, lineColour } from '../../../shared/charts/chartColours';
import { BreakdownTrend, CaClosureTrend, CaEffectivenessTrend } from './TrendViews';

const grades = ['majorNC', 'minorNC', 'observation', 'opportunity'] as const;

/** The view the macro's config chose; figures kept before there was a choice are by grade. */
export function TrendChart({ view }: { view: TrendChartView }) {
  if (view.quarters.length === 0) return <p>The period has no whole quarter to show.</p>;
  switch (view.shows ?? 'findingsByGrade') {
    case 'findingsByGrade':
      return <GradeTrend view={view} />;
    case 'findingsByArea':
    case 'findingsByClause':
      return <BreakdownTrend view={view} />;
    case 'caClosureTime':
      return <CaClosureTrend view={view} />;
    case 'caEffectiveness':
      return <CaEffectivenessTrend view={view} />;
  }
}

/** Findings per quarter stacked by grade, with the median days to close as a line on its own axis. */
function GradeTrend({ view }: { view: TrendChartView }) {
  const byQuarter = new Map(view.findingsByGrade.map((row) => [row.quarter, row]));
  const closure = new Map(view.closureTime.map((row) => [row.quarter, row]));
  const showBars = view.findingsByGrade.length > 0;
  const showLine = view.closureTime.length > 0;
  const total = view.findingsByGrade.reduce((sum, row) => sum + grades.reduce((s, g) => s + row[g], 0), 0);
  const medians = view.quarters.map((quarter) => closure.get(quarter)?.medianDays ?? null);
  const lastMedian = [...medians].reverse().find((m) => m !== null);
  return (
    <BarChart
      testId="trend-chart"
      summary={
        `Findings per quarter from ${view.quarters[0]} to ${view.quarters[view.quarters.length - 1]}` +
        (showBars ? `: ${total} findings` : '') +
        (showLine && lastMedian !== undefined ? `; latest median closure ${lastMedian} days.` : '.')
      }
      caption="Findings per quarter by grade and median days to close"
      categoryLabel="Quarter"
      categories={view.quarters}
      series={
        showBars
          ? grades.map((grade) => ({
              key: grade,
              label: gradeLabels[grade],
              colour: gradeColours[grade],
              values: view.quarters.map((quarter) => byQuarter.get(quarter)?.[grade] ?? 0),
            }))
          : []
      }
      mode="stacked"
      line={showLine ? { label: 'Median days to close', colour: lineColour, values: medians, unit: 'days' } : undefined}
    />
  );
}
