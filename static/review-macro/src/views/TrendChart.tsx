import type { TrendChartView } from '../../../../src/contract/review';
import { BarChart } from '../../../shared/charts/BarChart';
import { gradeColours, gradeLabels, lineColour } from '../../../shared/charts/chartColours';

const grades = ['majorNC', 'minorNC', 'observation', 'opportunity'] as const;

/** Findings per quarter stacked by grade, with the median days to close as a line on its own axis. */
export function TrendChart({ view }: { view: TrendChartView }) {
  const byQuarter = new Map(view.findingsByGrade.map((row) => [row.quarter, row]));
  const closure = new Map(view.closureTime.map((row) => [row.quarter, row]));
  const showBars = view.findingsByGrade.length > 0;
  const showLine = view.closureTime.length > 0;
  const total = view.findingsByGrade.reduce((sum, row) => sum + grades.reduce((s, g) => s + row[g], 0), 0);
  const medians = view.quarters.map((quarter) => closure.get(quarter)?.medianDays ?? null);
  const lastMedian = [...medians].reverse().find((m) => m !== null);
  if (view.quarters.length === 0) return <p>The period has no whole quarter to show.</p>;
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
