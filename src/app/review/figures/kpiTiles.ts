import type { FiguresPeriod, KpiKey, KpiTile } from '../../../contract/review';
import { auditsOnSchedule } from '../../../domain/review/kpis/auditsOnSchedule';
import { caEffectiveness } from '../../../domain/review/kpis/caEffectiveness';
import { asOfDay } from '../../../domain/review/kpis/days';
import type { KpiRecords } from '../../../domain/review/kpis/kpiRecords';
import { closureTime, ncClosures, openNcsOn } from '../../../domain/review/kpis/ncClosure';
import { overdueActionsToday } from '../../../domain/review/kpis/overdueActions';
import type { ProgrammeCoverage } from '../../../domain/review/kpis/programmeCoverage';
import { incidentFigures, trainingFigures } from '../../../domain/review/kpis/recordedFigures';
import { repeatFindings } from '../../../domain/review/kpis/repeatFindingCount';
import { ageingGradeOf, mostSeriousGrade } from '../../../domain/review/kpis/caAgeing';
import { formatFigure, monthList, plural } from './figureWords';

export const kpiTitles: Record<KpiKey, string> = {
  auditsOnSchedule: 'Audits completed on schedule',
  coverage: 'Programme coverage',
  openNcsByGrade: 'Open nonconformities',
  ncClosureTime: 'NC closure time (median)',
  overdueCas: 'Overdue corrective actions',
  caEffectiveness: 'CAs effective at first verification',
  repeatFindings: 'Repeat findings',
  incidents: 'Security incidents',
  trainingCompletion: 'Security training completion',
};

/** Above or at `good` reads good, above or at `warning` a warning, else bad (null: neutral). */
const band = (figure: number | null, good: number, warning: number): KpiTile['status'] =>
  figure === null ? 'neutral' : figure >= good ? 'good' : figure >= warning ? 'warning' : 'bad';

function tile(
  key: KpiKey,
  figure: number | null,
  unit: KpiTile['unit'],
  detail: string,
  rest: Partial<Pick<KpiTile, 'breakdown' | 'status' | 'source'>> = {},
): KpiTile {
  return {
    key,
    title: kpiTitles[key],
    figure,
    value: formatFigure(figure, unit),
    unit,
    detail,
    breakdown: rest.breakdown ?? [],
    status: rest.status ?? 'neutral',
    source: rest.source ?? 'store',
  };
}

const recordIt = (what: string, months: readonly string[]) =>
  `${what} of ${monthList(months)} ${months.length === 1 ? 'is' : 'are'} not recorded: the programme manager records ${months.length === 1 ? 'it' : 'them'} under Management review → Period figures`;

export interface KpiTileInput {
  records: KpiRecords;
  period: FiguresPeriod;
  today: string;
  coverage: ProgrammeCoverage;
}

/**
 * Every KPI tile of a period (docs/domain.md "KPIs"), computed from the records the macro read. The
 * colour bands are the app's defaults for a first look, not targets: on schedule and effectiveness
 * good from 90 % / 80 % (warning from 75 % / 60 %), training good from 95 % (warning from 80 %),
 * any open major NC or overdue action is bad, a coverage gap or a repeat finding a warning.
 */
export function kpiTiles(input: KpiTileInput): Record<KpiKey, KpiTile> {
  return { ...storeTiles(input), ...recordedFigureTiles(input.records.periodFigures, input.period, input.today) };
}

/** The KPIs taken from the monthly period figures the programme manager records. */
export type RecordedFigureKey = 'incidents' | 'trainingCompletion';
export const recordedFigureKeys: readonly RecordedFigureKey[] = ['incidents', 'trainingCompletion'];

/**
 * The tiles computed from the app's records (every KPI but the recorded period figures): the large
 * read. Kept apart so the KPI tiles macro can hold them while only a month's figures change.
 */
export function storeTiles({
  records,
  period,
  today,
  coverage,
}: KpiTileInput): Omit<Record<KpiKey, KpiTile>, RecordedFigureKey> {
  const asOf = asOfDay(period, today);
  const range = { from: period.from, to: period.to };
  const closures = ncClosures(records);

  const schedule = auditsOnSchedule(records.audits, range, today);
  const scheduleDetail =
    schedule.due === 0
      ? `No audit planned to end between ${period.from} and ${period.to} is due yet${schedule.notDueYet > 0 ? ` (${plural(schedule.notDueYet, 'audit')} still inside ${schedule.notDueYet === 1 ? 'its' : 'their'} planned dates)` : ''}`
      : `${schedule.onSchedule} of ${plural(schedule.due, 'audit')} due reached reporting by ${schedule.due === 1 ? 'its' : 'their'} planned end${schedule.notDueYet > 0 ? `; ${schedule.notDueYet} more not due yet` : ''}`;

  const lastDay = coverage.cycle.end; // exclusive: shown as "before"
  const coverageDetail =
    coverage.total === 0
      ? 'No clause or control is required in this cycle'
      : `${coverage.audited} of ${coverage.total} required clauses and controls audited in the cycle starting ${coverage.cycle.start} (as of ${asOf}); ${coverage.planned} planned, ${plural(coverage.gap, 'gap')}, ${coverage.willBeMissed} will be missed before ${lastDay}`;

  const open = openNcsOn(closures, asOf);
  const times = closureTime(closures, range);
  const overdue = overdueActionsToday(records.actions, today, records.extensions);
  const findingsById = new Map(records.findings.map((f) => [f.id, f.record]));
  const overdueBy = (grade: string) =>
    overdue.filter((a) => ageingGradeOf(mostSeriousGrade(a.record, findingsById)) === grade).length;
  const effectiveness = caEffectiveness(records, range);
  const repeats = repeatFindings(records.findings, range);

  return {
    auditsOnSchedule: tile('auditsOnSchedule', schedule.percent, 'percent', scheduleDetail, {
      breakdown: [
        { label: 'on schedule', value: schedule.onSchedule },
        { label: 'late', value: schedule.due - schedule.onSchedule },
        { label: 'not due yet', value: schedule.notDueYet },
      ],
      status: band(schedule.percent, 90, 75),
    }),
    coverage: tile('coverage', coverage.percent, 'percent', coverageDetail, {
      breakdown: [
        { label: 'audited', value: coverage.audited },
        { label: 'planned', value: coverage.planned },
        { label: 'gap', value: coverage.gap },
      ],
      status: coverage.percent === null ? 'neutral' : coverage.gap === 0 ? 'good' : 'warning',
    }),
    openNcsByGrade: tile(
      'openNcsByGrade',
      open.total,
      'count',
      `${plural(open.majorNC, 'major NC')} and ${plural(open.minorNC, 'minor NC')} open on ${asOf} (an NC closes when all its corrective actions are closed, or its Jira issue is done)`,
      {
        breakdown: [
          { label: 'major NC', value: open.majorNC },
          { label: 'minor NC', value: open.minorNC },
        ],
        status: open.majorNC > 0 ? 'bad' : open.minorNC > 0 ? 'warning' : 'good',
      },
    ),
    ncClosureTime: tile(
      'ncClosureTime',
      times.medianDays,
      'days',
      times.closed === 0
        ? `No nonconformity closed between ${period.from} and ${period.to}`
        : `Median of ${plural(times.closed, 'NC')} closed in the period, raised to closed; 90th percentile ${formatFigure(times.p90Days, 'days')} (nearest rank)`,
      {
        breakdown: [
          { label: 'closed', value: times.closed },
          ...(times.p90Days === null ? [] : [{ label: 'p90 days', value: times.p90Days }]),
        ],
      },
    ),
    overdueCas: tile(
      'overdueCas',
      overdue.length,
      'count',
      overdue.length === 0
        ? `No corrective action is past its plan's due date on ${today}`
        : `${plural(overdue.length, 'corrective action')} past ${overdue.length === 1 ? 'its' : 'their'} plan's due date and not implemented on ${today}; the longest ${plural(Math.max(...overdue.map((a) => a.daysOverdue)), 'day')} overdue`,
      {
        breakdown: [
          { label: 'major NC', value: overdueBy('majorNC') },
          { label: 'minor NC', value: overdueBy('minorNC') },
          { label: 'other', value: overdueBy('other') },
        ],
        status: overdue.length > 0 ? 'bad' : 'good',
      },
    ),
    caEffectiveness: tile(
      'caEffectiveness',
      effectiveness.percent,
      'percent',
      effectiveness.verified === 0
        ? `No corrective action had its first signed verification between ${period.from} and ${period.to}`
        : `${effectiveness.effectiveFirstTime} of ${plural(effectiveness.verified, 'corrective action')} first verified in the period ${effectiveness.verified === 1 ? 'was' : 'were'} effective at that first verification`,
      {
        breakdown: [
          { label: 'effective first time', value: effectiveness.effectiveFirstTime },
          { label: 'not effective first time', value: effectiveness.reopened },
        ],
        status: band(effectiveness.percent, 80, 60),
      },
    ),
    repeatFindings: tile(
      'repeatFindings',
      repeats.repeats,
      'count',
      repeats.raised === 0
        ? `No finding raised between ${period.from} and ${period.to}`
        : `${repeats.repeats} of ${plural(repeats.raised, 'finding')} raised in the period repeat an earlier finding on the same clause or control and area within 12 months`,
      {
        breakdown: [{ label: 'findings raised', value: repeats.raised }],
        status: repeats.raised === 0 ? 'neutral' : repeats.repeats > 0 ? 'warning' : 'good',
      },
    ),
  };
}

/** The incident and training tiles of a period, from the recorded monthly figures alone. */
export function recordedFigureTiles(
  periodFigures: KpiRecords['periodFigures'],
  period: FiguresPeriod,
  today: string,
): Record<RecordedFigureKey, KpiTile> {
  const range = { from: period.from, to: period.to };
  const incidents = incidentFigures(periodFigures, range, today);
  const training = trainingFigures(periodFigures, range, today);

  const incidentsDetail = [
    incidents.incidents === null
      ? 'No incident count recorded for the period'
      : `${plural(incidents.incidents, 'incident')} in ${plural(incidents.months.length - incidents.missingMonths.length, 'recorded month')}` +
        (incidents.meanHoursToResolve === null ? '' : `; mean ${incidents.meanHoursToResolve} h to resolve`),
    ...(incidents.missingMonths.length > 0 ? [recordIt('The incident count', incidents.missingMonths)] : []),
    ...(incidents.months.length === 0 ? ['The period has not begun yet'] : []),
  ].join('. ');
  const trainingDetail = [
    training.meanPercent === null
      ? 'No training completion recorded for the period'
      : `Mean of ${plural(training.months.length - training.missingMonths.length, 'monthly figure')}`,
    ...(training.missingMonths.length > 0 ? [recordIt('Training completion', training.missingMonths)] : []),
  ].join('. ');

  return {
    incidents: tile('incidents', incidents.incidents, 'count', incidentsDetail, {
      breakdown:
        incidents.meanHoursToResolve === null
          ? []
          : [{ label: 'mean hours to resolve', value: incidents.meanHoursToResolve }],
      source: incidents.missingMonths.length > 0 || incidents.incidents === null ? 'missing' : incidents.source,
    }),
    trainingCompletion: tile('trainingCompletion', training.meanPercent, 'percent', trainingDetail, {
      status: band(training.meanPercent, 95, 80),
      source: training.missingMonths.length > 0 || training.meanPercent === null ? 'missing' : 'recorded',
    }),
  };
}
