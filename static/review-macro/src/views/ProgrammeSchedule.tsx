import { token } from '@atlaskit/tokens';
import type { ProgrammeScheduleView, ScheduleBar } from '../../../../src/contract/review';
import { axisColour, labelColour } from '../../../shared/charts/chartColours';
import { ChartTable } from '../../../shared/charts/ChartTable';
import { Legend } from '../../../shared/charts/Legend';
import { daysBetween, monthAfter } from '../../../shared/charts/scale';

const statusStyles: Record<ScheduleBar['status'], { colour: string; word: string }> = {
  planned: { colour: token('color.chart.information'), word: 'Planned' },
  inProgress: { colour: token('color.chart.brand'), word: 'In progress' },
  done: { colour: token('color.chart.success.bold'), word: 'Done' },
  late: { colour: token('color.chart.danger.bold'), word: 'Late' },
  cancelled: { colour: token('color.chart.gray.bold'), word: 'Cancelled' },
};

const WIDTH = 720;
const LABEL = 200;
const ROW = 24;
const HEAD = 22;

/** The cycle's audits as bars over its months (planned, in progress, done, late), with today marked. */
export function ProgrammeSchedule({ view }: { view: ProgrammeScheduleView }) {
  const start = view.months[0] ? `${view.months[0]}-01` : view.cycle.start;
  const end = view.months.length > 0 ? monthAfter(view.months[view.months.length - 1]!) : view.cycle.end;
  const span = Math.max(1, daysBetween(start, end));
  const plot = WIDTH - LABEL - 8;
  const x = (date: string) => LABEL + (Math.min(span, Math.max(0, daysBetween(start, date))) / span) * plot;
  const plotBottom = HEAD + view.audits.length * ROW + 4;
  const height = plotBottom + 16;
  const late = view.audits.filter((audit) => audit.status === 'late').length;
  const done = view.audits.filter((audit) => audit.status === 'done').length;
  const todayInCycle = daysBetween(start, view.today) >= 0 && daysBetween(view.today, end) > 0;
  if (view.audits.length === 0) return <p>No audit is planned in this cycle.</p>;
  return (
    <figure style={{ margin: 0 }} data-testid="programme-schedule">
      <svg
        role="img"
        aria-label={`${view.audits.length} audits planned from ${view.cycle.start} to ${view.cycle.end}: ${done} done, ${late} late.`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        style={{ width: '100%', maxWidth: WIDTH, height: 'auto', display: 'block' }}
      >
        {view.months.map((month) => (
          <g key={month}>
            <line x1={x(`${month}-01`)} x2={x(`${month}-01`)} y1={HEAD - 4} y2={plotBottom} stroke={axisColour} />
            <text x={x(`${month}-01`) + 3} y={14} fontSize={10} fill={labelColour}>
              {month.slice(2)}
            </text>
          </g>
        ))}
        {view.audits.map((audit, i) => {
          const top = HEAD + i * ROW;
          const barStart = x(audit.plannedStart);
          const barEnd = Math.max(barStart + 3, x(nextDay(audit.plannedEnd)));
          return (
            <g key={audit.auditId}>
              <text x={0} y={top + ROW / 2} dy="0.32em" fontSize={11} fill={token('color.text')}>
                {audit.title.length > 30 ? `${audit.title.slice(0, 29)}…` : audit.title}
              </text>
              <rect
                x={barStart}
                y={top + 4}
                width={barEnd - barStart}
                height={ROW - 8}
                rx={3}
                fill={statusStyles[audit.status].colour}
              >
                <title>{`${audit.title}: ${audit.plannedStart} to ${audit.plannedEnd}, ${statusStyles[audit.status].word}${audit.note ? ` (${audit.note})` : ''}`}</title>
              </rect>
            </g>
          );
        })}
        {todayInCycle ? (
          <g data-testid="schedule-today">
            <line
              x1={x(view.today)}
              x2={x(view.today)}
              y1={HEAD - 6}
              y2={plotBottom}
              stroke={token('color.border.danger')}
              strokeWidth={2}
              strokeDasharray="4 2"
            />
            <text x={x(view.today)} y={height - 3} fontSize={10} textAnchor="middle" fill={token('color.text.danger')}>
              today {view.today}
            </text>
          </g>
        ) : null}
      </svg>
      <Legend
        entries={(Object.keys(statusStyles) as Array<ScheduleBar['status']>).map((status) => ({
          label: statusStyles[status].word,
          colour: statusStyles[status].colour,
        }))}
      />
      <ChartTable
        caption="Audits of the cycle with their planned dates and status"
        columns={['Audit', 'Planned start', 'Planned end', 'Reported on', 'Status', 'Note']}
        rows={view.audits.map((audit) => [
          audit.title,
          audit.plannedStart,
          audit.plannedEnd,
          audit.reportedOn ?? '–',
          statusStyles[audit.status].word,
          audit.note || '–',
        ])}
        testId="programme-schedule-table"
      />
    </figure>
  );
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
