import { axisColour, labelColour } from './chartColours';
import { ChartTable } from './ChartTable';
import { Legend } from './Legend';
import { axisTicks, bands, linearScale, niceMax } from './scale';

export interface BarSeries {
  key: string;
  label: string;
  colour: string;
  /** One value per category. */
  values: number[];
}

export interface LineSeries {
  label: string;
  colour: string;
  /** One per category; null leaves a gap (nothing closed that quarter). */
  values: Array<number | null>;
  unit: string;
}

export interface BarChartProps {
  /** One sentence for screen readers: what the chart shows and its headline figure. */
  summary: string;
  /** Caption of the table alternative. */
  caption: string;
  categoryLabel: string;
  categories: string[];
  series: BarSeries[];
  mode: 'stacked' | 'grouped';
  /** A second measure drawn as a line on its own right-hand axis. */
  line?: LineSeries;
  testId?: string;
}

const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { top: 12, right: 48, bottom: 32, left: 40 };

/**
 * Bars per category (stacked or side by side) with an optional line, drawn as plain SVG: the review
 * charts are simple enough that a charting library would only add bytes to the macro's bundle.
 */
export function BarChart({ summary, caption, categoryLabel, categories, series, mode, line, testId }: BarChartProps) {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const highest = mode === 'stacked' ? Math.max(0, ...totals) : Math.max(0, ...series.flatMap((s) => s.values));
  const top = niceMax(highest);
  const y = linearScale(top, plotHeight);
  const { start, band } = bands(categories.length, plotWidth);
  const lineValues = line?.values.filter((v): v is number => v !== null) ?? [];
  const lineTop = niceMax(Math.max(0, ...lineValues));
  const lineY = linearScale(lineTop, plotHeight);

  const bars = categories.flatMap((category, i) => {
    let stacked = 0;
    return series.map((s, j) => {
      const value = s.values[i] ?? 0;
      const barHeight = y(value);
      const x = mode === 'stacked' ? start(i) : start(i) + (band / series.length) * j;
      const width = mode === 'stacked' ? band : band / series.length;
      const yTop = plotHeight - (mode === 'stacked' ? y(stacked) : 0) - barHeight;
      stacked += value;
      return value > 0 ? (
        <rect
          key={`${category}-${s.key}`}
          x={x}
          y={yTop}
          width={Math.max(1, width - 1)}
          height={barHeight}
          fill={s.colour}
        >
          <title>{`${category} · ${s.label}: ${value}`}</title>
        </rect>
      ) : null;
    });
  });

  const linePoints = line
    ? line.values
        .map((value, i) => (value === null ? null : { x: start(i) + band / 2, y: plotHeight - lineY(value), value }))
        .filter((p): p is { x: number; y: number; value: number } => p !== null)
    : [];

  const columns = [categoryLabel, ...series.map((s) => s.label), ...(line ? [`${line.label} (${line.unit})`] : [])];
  const rows = categories.map((category, i) => [
    category,
    ...series.map((s) => s.values[i] ?? 0),
    ...(line ? [line.values[i] ?? '–'] : []),
  ]);

  return (
    <figure style={{ margin: 0 }} data-testid={testId}>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        style={{ width: '100%', maxWidth: WIDTH, height: 'auto', display: 'block' }}
      >
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {axisTicks(top).map((tick) => (
            <g key={tick} transform={`translate(0,${plotHeight - y(tick)})`}>
              <line x1={0} x2={plotWidth} stroke={axisColour} strokeDasharray={tick === 0 ? undefined : '2 3'} />
              <text x={-6} dy="0.32em" textAnchor="end" fontSize={11} fill={labelColour}>
                {tick}
              </text>
            </g>
          ))}
          {line
            ? axisTicks(lineTop).map((tick) => (
                <text
                  key={`line-${tick}`}
                  x={plotWidth + 6}
                  y={plotHeight - lineY(tick)}
                  dy="0.32em"
                  fontSize={11}
                  fill={line.colour}
                >
                  {tick}
                </text>
              ))
            : null}
          {bars}
          {categories.map((category, i) => (
            <text
              key={category}
              x={start(i) + band / 2}
              y={plotHeight + 18}
              textAnchor="middle"
              fontSize={11}
              fill={labelColour}
            >
              {category}
            </text>
          ))}
          {line && linePoints.length > 0 ? (
            <g>
              <polyline
                points={linePoints.map((p) => `${p.x},${p.y}`).join(' ')}
                fill="none"
                stroke={line.colour}
                strokeWidth={2}
              />
              {linePoints.map((p) => (
                <circle key={p.x} cx={p.x} cy={p.y} r={3.5} fill={line.colour}>
                  <title>{`${line.label}: ${p.value} ${line.unit}`}</title>
                </circle>
              ))}
            </g>
          ) : null}
        </g>
      </svg>
      <Legend
        entries={[
          ...series.map((s) => ({ label: s.label, colour: s.colour })),
          ...(line ? [{ label: line.label, colour: line.colour, line: true }] : []),
        ]}
      />
      <ChartTable caption={caption} columns={columns} rows={rows} testId={testId ? `${testId}-table` : undefined} />
    </figure>
  );
}
