import { ageBuckets, ageingGrid, agedOpenActions } from '../../../../../src/domain/review/kpis/caAgeing';
import { kpiSeries } from '../../../../../src/domain/review/kpis/kpiSeries';
import { incidentFigures, trainingFigures } from '../../../../../src/domain/review/kpis/recordedFigures';
import { action, audit, finding, kpiRecords, monthFigures } from './kpiFixtures';

describe('corrective-action ageing', () => {
  it('cuts ages into buckets whose limits are their last day', () => {
    expect(ageBuckets()).toEqual([
      { label: '0–30 days', minDays: 0, maxDays: 30 },
      { label: '31–60 days', minDays: 31, maxDays: 60 },
      { label: '61–90 days', minDays: 61, maxDays: 90 },
      { label: 'over 90 days', minDays: 91, maxDays: null },
    ]);
    expect(ageBuckets([7, 14]).map((b) => b.label)).toEqual(['0–7 days', '8–14 days', 'over 14 days']);
  });

  const today = '2026-05-15';
  const findings = [
    finding('major', 'majorNC', '2026-01-10'),
    finding('minor', 'minorNC', '2026-01-10'),
    finding('obs', 'observation', '2026-01-10'),
  ];
  const actions = [
    action('A1', ['minor'], 'rootCause', { openedAt: '2026-05-01T09:00:00Z' }), // 14 days
    // 16 Mar → 15 May = 15 + 30 + 15 = 60 days; due 5 May: 10 days overdue
    action('A2', ['major'], 'implementation', { openedAt: '2026-03-16T09:00:00Z', dueDate: '2026-05-05' }),
    action('A3', ['obs'], 'extent', { openedAt: '2026-02-13T09:00:00Z' }), // 91 days: 15 + 31 + 30 + 15
    // 61 days; answers a minor and a major NC: graded major; due 12 May: 3 days overdue
    action('A4', ['minor', 'major'], 'implementation', { openedAt: '2026-03-15T09:00:00Z', dueDate: '2026-05-12' }),
    action('A5', ['major'], 'closed', { openedAt: '2026-01-15T09:00:00Z', closedAt: '2026-03-01T09:00:00Z' }),
    // 14 April 23:30 UTC is 15 April in Dublin: 30 days there (first bucket), 31 in UTC (second)
    action('A6', ['minor'], 'plan', { openedAt: '2026-04-14T23:30:00Z' }),
  ];

  it('lists open actions overdue first (most overdue first), then oldest first, aged in the programme zone', () => {
    const aged = agedOpenActions(actions, findings, today, 'Europe/Dublin');
    expect(aged.map((a) => [a.id, a.grade, a.openedOn, a.ageDays, a.daysOverdue])).toEqual([
      ['A2', 'majorNC', '2026-03-16', 60, 10],
      ['A4', 'majorNC', '2026-03-15', 61, 3],
      ['A3', 'observation', '2026-02-13', 91, 0],
      ['A6', 'minorNC', '2026-04-15', 30, 0],
      ['A1', 'minorNC', '2026-05-01', 14, 0],
    ]);
  });

  it('counts open actions per grade row and age bucket', () => {
    const buckets = ageBuckets();
    expect(ageingGrid(agedOpenActions(actions, findings, today, 'Europe/Dublin'), buckets)).toEqual([
      { grade: 'majorNC', counts: [0, 1, 1, 0] }, // A2 60, A4 61
      { grade: 'minorNC', counts: [2, 0, 0, 0] }, // A1 14, A6 30
      { grade: 'other', counts: [0, 0, 0, 1] }, // A3 91
    ]);
    expect(ageingGrid(agedOpenActions(actions, findings, today, 'UTC'), buckets)[1]).toEqual({
      grade: 'minorNC',
      counts: [1, 1, 0, 0], // A6 is 31 days old in UTC
    });
    expect(ageingGrid([], buckets).map((row) => row.counts)).toEqual([
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
  });
});

describe('incidents and training from the recorded months', () => {
  const period = { from: '2026-01-01', to: '2026-06-30' };
  const today = '2026-04-10'; // January to April have begun; May and June cannot be recorded yet
  const figures = [
    monthFigures('2026-01', {
      incidents: 4,
      incidentHoursToResolve: 10,
      incidentsSource: 'jql',
      trainingCompletionPct: 90,
    }),
    monthFigures('2026-02', { incidents: 1, incidentHoursToResolve: 40, trainingCompletionPct: 95 }),
    monthFigures('2026-03', { incidents: 0 }),
    monthFigures('2026-06', { incidents: 9, incidentHoursToResolve: 1, trainingCompletionPct: 10 }), // not begun: ignored
    monthFigures('2025-12', { incidents: 50 }), // before the period
  ];

  it('sums the incidents and weights the hours to resolve by each month’s incidents', () => {
    // 4 + 1 + 0 = 5 incidents; (4 × 10 + 1 × 40) ÷ (4 + 1) = 80 ÷ 5 = 16 h; April not recorded
    expect(incidentFigures(figures, period, today)).toEqual({
      months: ['2026-01', '2026-02', '2026-03', '2026-04'],
      missingMonths: ['2026-04'],
      incidents: 5,
      meanHoursToResolve: 16,
      source: 'recorded',
    });
  });

  it('averages the training completion of the months that have one, and names the missing months', () => {
    // (90 + 95) ÷ 2 = 92.5 %; March has no training figure, April no record
    expect(trainingFigures(figures, period, today)).toEqual({
      months: ['2026-01', '2026-02', '2026-03', '2026-04'],
      missingMonths: ['2026-03', '2026-04'],
      meanPercent: 92.5,
    });
  });

  it('has no figures, and every month missing, when nothing is recorded', () => {
    expect(incidentFigures([], period, today)).toMatchObject({ incidents: null, meanHoursToResolve: null });
    expect(trainingFigures([], period, today)).toMatchObject({
      meanPercent: null,
      missingMonths: ['2026-01', '2026-02', '2026-03', '2026-04'],
    });
    // counted in Jira for every recorded month: the source says so
    expect(incidentFigures([figures[0]!], { from: '2026-01-01', to: '2026-01-31' }, today).source).toBe('jql');
  });
});

describe('the monthly KPI series', () => {
  it('gives each begun month its own figures, overdue actions as of the month end (today in the running month)', () => {
    const records = kpiRecords({
      audits: [
        audit('a', { plannedEnd: '2026-01-20' }, 'closed', '2026-01-19'),
        audit('b', { plannedEnd: '2026-02-27' }, 'reporting', '2026-03-03'),
      ],
      findings: [
        finding('n1', 'majorNC', '2026-01-19'),
        finding('n2', 'minorNC', '2026-02-02'),
        finding('o', 'observation', '2026-02-03'),
      ],
      actions: [
        action('c1', ['n1'], 'closed', { openedAt: '2026-01-20T09:00:00Z', closedAt: '2026-02-18T09:00:00Z' }),
        action('c2', ['n2'], 'implementation', { openedAt: '2026-02-03T09:00:00Z', dueDate: '2026-02-20' }),
      ],
      periodFigures: [monthFigures('2026-02', { incidents: 3, trainingCompletionPct: 88 })],
    });
    const series = kpiSeries(records, { from: '2026-01-01', to: '2026-12-31' }, '2026-03-10');
    expect(series.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(series.map((m) => [m.asOf, m.auditsDue, m.auditsOnSchedule, m.ncsRaised, m.ncsClosed])).toEqual([
      ['2026-01-31', 1, 1, 1, 0], // a on time; n1 raised
      ['2026-02-28', 1, 0, 1, 1], // b reported 3 Mar, after its end: late; n2 raised; n1 closed (19 Jan → 18 Feb)
      ['2026-03-10', 0, 0, 0, 0],
    ]);
    // n1: 19 Jan → 18 Feb = 12 + 18 = 30 days
    expect(series[1]!.medianClosureDays).toBe(30);
    // c2 due 20 Feb, not implemented: overdue at the end of February, and today (18 days)
    expect(series.map((m) => m.overdueActions)).toEqual([0, 1, 1]);
    expect(series.map((m) => [m.incidents, m.trainingCompletionPct])).toEqual([
      [null, null],
      [3, 88],
      [null, null],
    ]);
  });
});
