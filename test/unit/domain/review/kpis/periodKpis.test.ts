import { auditsOnSchedule } from '../../../../../src/domain/review/kpis/auditsOnSchedule';
import { dayIn, monthsOf, quarterRange, quartersOf } from '../../../../../src/domain/review/kpis/days';
import { median, nearestRankPercentile } from '../../../../../src/domain/review/kpis/percentiles';
import { programmeCoverage } from '../../../../../src/domain/review/kpis/programmeCoverage';
import { repeatFindings } from '../../../../../src/domain/review/kpis/repeatFindingCount';
import { audit, finding } from './kpiFixtures';

describe('nearest-rank percentiles', () => {
  it('takes rank ⌈p/100 × n⌉ of the sorted values, the lower middle value as median', () => {
    // sorted 3, 5, 8, 20: median rank ⌈0.5×4⌉ = 2 → 5; p90 rank ⌈0.9×4⌉ = ⌈3.6⌉ = 4 → 20
    expect(median([20, 3, 8, 5])).toBe(5);
    expect(nearestRankPercentile([20, 3, 8, 5], 90)).toBe(20);
    // 1..10: median rank 5 → 5; p90 rank 9 → 9
    const ten = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(median(ten)).toBe(5);
    expect(nearestRankPercentile(ten, 90)).toBe(9);
    // one value is every percentile
    expect(median([7])).toBe(7);
    expect(nearestRankPercentile([7], 90)).toBe(7);
    expect(median([])).toBeNull();
    expect(nearestRankPercentile([], 90)).toBeNull();
  });
});

describe('programme-zone days, months and quarters', () => {
  it('puts an instant on the day it is in the programme zone', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in Dublin summer time (UTC+1) …
    expect(dayIn('Europe/Dublin', '2026-06-30T23:30:00.000Z')).toBe('2026-07-01');
    expect(dayIn('UTC', '2026-06-30T23:30:00.000Z')).toBe('2026-06-30');
    // … but still 31 January in Dublin winter time (UTC+0)
    expect(dayIn('Europe/Dublin', '2026-01-31T23:30:00.000Z')).toBe('2026-01-31');
    // Auckland is ahead: 11:30 UTC on 31 March is 00:30 on 1 April there (UTC+13 until 5 April)
    expect(dayIn('Pacific/Auckland', '2026-03-31T11:30:00.000Z')).toBe('2026-04-01');
    expect(dayIn('UTC', 'not an instant')).toBeNull();
    expect(dayIn('UTC', null)).toBeNull();
  });

  it('lists the months and quarters a period touches, clipping quarters to the period', () => {
    const period = { from: '2026-02-15', to: '2026-07-03' };
    expect(monthsOf(period)).toEqual(['2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07']);
    expect(quartersOf(period)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(quarterRange('2026-Q1', period)).toEqual({ from: '2026-02-15', to: '2026-03-31' });
    expect(quarterRange('2026-Q2', period)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterRange('2026-Q3', period)).toEqual({ from: '2026-07-01', to: '2026-07-03' });
    expect(quartersOf({ from: '2026-12-01', to: '2027-01-31' })).toEqual(['2026-Q4', '2027-Q1']);
  });
});

describe('audits completed on schedule', () => {
  const period = { from: '2026-01-01', to: '2026-06-30' };
  const today = '2026-05-15';
  const audits = [
    audit('a', { plannedEnd: '2026-02-10' }, 'reporting', '2026-02-10'), // due, on time (on the last day)
    audit('b', { plannedEnd: '2026-03-31' }, 'closed', '2026-04-02'), // due, two days late
    audit('c', { plannedEnd: '2026-04-30' }, 'inProgress'), // due (end passed), not reported: late
    audit('d', { plannedEnd: '2026-06-15' }, 'planned'), // not due yet
    audit('e', { plannedEnd: '2026-06-20' }, 'reporting', '2026-05-10'), // reported early: due, on time
    audit('f', { plannedEnd: '2026-07-05' }, 'inProgress'), // ends after the period: not counted
    audit('g', { plannedEnd: '2026-05-15' }, 'inProgress'), // ends today: not late until tomorrow
    audit('h', { plannedEnd: '2026-04-01' }, 'inProgress', '2026-03-30'), // reopened after reporting on time
  ];

  it('counts, of audits planned to end in the period and due, those reported by their planned end', () => {
    // due: a, b, c, e, h = 5; on schedule: a, e, h = 3 → 3 ÷ 5 = 60 %; not due yet: d, g = 2
    expect(auditsOnSchedule(audits, period, today)).toEqual({ due: 5, onSchedule: 3, notDueYet: 2, percent: 60 });
  });

  it('has no percentage when nothing is due (not a flattering 100 %)', () => {
    expect(auditsOnSchedule([], period, today)).toEqual({ due: 0, onSchedule: 0, notDueYet: 0, percent: null });
    // only audits still inside their dates
    expect(auditsOnSchedule([audits[3]!], period, today)).toEqual({
      due: 0,
      onSchedule: 0,
      notDueYet: 1,
      percent: null,
    });
  });
});

describe('programme coverage as of a day', () => {
  const cycle = { start: '2026-01-01', end: '2027-01-01' };
  const required = ['4.1', '4.2', 'A.5.1'];
  const withResults = (id: string, itemIds: string[], reportedOn: string) =>
    audit(id, { plannedStart: '2026-02-01', plannedEnd: '2026-02-28', itemIds }, 'reporting', reportedOn, {
      checklist: itemIds.map((itemId) => ({ itemId, result: 'conforming', note: '' })),
    });
  const audits = [withResults('x', ['4.1'], '2026-03-10'), withResults('y', ['4.2'], '2026-05-20')];

  it('counts an audit only once it reached reporting, so the series grows as reports land', () => {
    // 30 April: only x reported → 4.1 audited: 1 ÷ 3 = 33.3 %
    expect(programmeCoverage(cycle, required, audits, '2026-04-30', 'UTC')).toMatchObject({
      total: 3,
      audited: 1,
      percent: 33.3,
    });
    // 31 May: x and y → 2 ÷ 3 = 66.7 %; A.5.1 is in no audit: a gap
    expect(programmeCoverage(cycle, required, audits, '2026-05-31', 'UTC')).toMatchObject({
      audited: 2,
      gap: 1,
      percent: 66.7,
    });
  });

  it('has no percentage when nothing is required', () => {
    expect(programmeCoverage(cycle, [], audits, '2026-05-31', 'UTC').percent).toBeNull();
  });
});

describe('repeat findings', () => {
  it('counts the findings raised in the period that repeat an earlier one', () => {
    const findings = [
      finding('f1', 'minorNC', '2026-02-01'),
      finding('f2', 'majorNC', '2026-03-01', { repeatOf: ['f0'] }),
      finding('f3', 'observation', '2026-03-31'),
      finding('f4', 'minorNC', '2026-04-01', { repeatOf: ['f1'] }), // after the period
    ];
    // in the period: f1, f2, f3 = 3; repeats: f2 = 1
    expect(repeatFindings(findings, { from: '2026-01-01', to: '2026-03-31' })).toEqual({ raised: 3, repeats: 1 });
    expect(repeatFindings([], { from: '2026-01-01', to: '2026-03-31' })).toEqual({ raised: 0, repeats: 0 });
  });
});
