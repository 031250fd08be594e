import { compileJql, type JqlIssue } from '../../../sandbox/jira/jql';
import { evaluateDateFunction, fromWall, parseDateLiteral } from '../../../sandbox/jira/jql/dates';

const at = (iso: string) => Date.parse(iso);
const fn = (name: string, args: string[], now: string, zone = 'UTC') =>
  new Date(evaluateDateFunction(name, args, at(now), zone)).toISOString();

describe('JQL date functions', () => {
  it('an increment of the period or coarser moves, then snaps', () => {
    expect(fn('startOfDay', ['-1'], '2026-07-01T23:30:00Z')).toBe('2026-06-30T00:00:00.000Z');
    expect(fn('endOfDay', ['+1'], '2026-07-01T23:30:00Z')).toBe('2026-07-02T23:59:59.999Z');
    expect(fn('startOfDay', ['1w'], '2026-07-01T23:30:00Z')).toBe('2026-07-08T00:00:00.000Z');
    expect(fn('startOfDay', ['+1M'], '2026-01-31T12:00:00Z')).toBe('2026-02-28T00:00:00.000Z'); // clamped
    expect(fn('endOfMonth', ['+1M'], '2026-04-30T12:00:00Z')).toBe('2026-05-31T23:59:59.999Z');
    expect(fn('endOfMonth', [], '2028-02-10T12:00:00Z')).toBe('2028-02-29T23:59:59.999Z');
    expect(fn('startOfMonth', ['-1'], '2026-01-15T12:00:00Z')).toBe('2025-12-01T00:00:00.000Z');
    expect(fn('startOfYear', ['-1'], '2026-07-01T12:00:00Z')).toBe('2025-01-01T00:00:00.000Z');
    expect(fn('endOfYear', [], '2026-07-01T12:00:00Z')).toBe('2026-12-31T23:59:59.999Z');
  });

  it('a finer increment is added to the snapped time', () => {
    expect(fn('startOfMonth', ['+14d'], '2026-07-20T12:00:00Z')).toBe('2026-07-15T00:00:00.000Z');
    expect(fn('startOfDay', ['+9h'], '2026-07-20T12:00:00Z')).toBe('2026-07-20T09:00:00.000Z');
    expect(fn('endOfYear', ['-1d'], '2026-07-20T12:00:00Z')).toBe('2026-12-30T23:59:59.999Z');
  });

  it('days start at local midnight, across daylight saving time', () => {
    expect(fn('startOfDay', [], '2026-01-15T12:00:00Z', 'Europe/Dublin')).toBe('2026-01-15T00:00:00.000Z');
    expect(fn('startOfDay', [], '2026-07-15T12:00:00Z', 'Europe/Dublin')).toBe('2026-07-14T23:00:00.000Z');
    // Clocks go forward at 01:00 UTC on 29 March 2026: that day is 23 hours long.
    expect(fn('startOfDay', ['1'], '2026-03-28T12:00:00Z', 'Europe/Dublin')).toBe('2026-03-29T00:00:00.000Z');
    expect(fn('endOfDay', ['1'], '2026-03-28T12:00:00Z', 'Europe/Dublin')).toBe('2026-03-29T22:59:59.999Z');
    expect(fn('startOfDay', [], '2026-07-01T12:00:00Z', 'Asia/Kolkata')).toBe('2026-06-30T18:30:00.000Z');
    expect(fn('startOfDay', [], '2026-07-01T12:00:00Z', 'Pacific/Kiritimati')).toBe('2026-07-01T10:00:00.000Z');
  });

  it('wall times skipped or repeated by DST resolve to one instant', () => {
    const dublin = (w: { d: number; mo: number; h: number; mi: number }) =>
      new Date(fromWall({ y: 2026, s: 0, ms: 0, ...w }, 'Europe/Dublin')).toISOString();
    expect(dublin({ mo: 3, d: 29, h: 1, mi: 30 })).toBe('2026-03-29T01:30:00.000Z'); // 02:30 IST, after the gap
    expect(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']).toContain(dublin({ mo: 10, d: 25, h: 1, mi: 30 }));
  });

  it('literals: both separators, optional time, periods with several units', () => {
    const now = at('2026-07-01T23:30:00Z');
    expect(parseDateLiteral('2026/07/01 08:05', now, 'Europe/Dublin')).toBe(at('2026-07-01T07:05:00Z'));
    expect(parseDateLiteral('2026-07-01', now, 'UTC')).toBe(at('2026-07-01T00:00:00Z'));
    expect(parseDateLiteral('-4w 2d', now, 'UTC')).toBe(now - 30 * 86_400_000);
    expect(parseDateLiteral('1d 12h', now, 'UTC')).toBe(now + 36 * 3_600_000);
    expect(parseDateLiteral('2026-07/01', now, 'UTC')).toBeNull();
    expect(parseDateLiteral('2026-06-31', now, 'UTC')).toBeNull();
    expect(parseDateLiteral('2028-02-29', now, 'UTC')).toBe(at('2028-02-29T00:00:00Z'));
    expect(parseDateLiteral('2027-02-29', now, 'UTC')).toBeNull();
    expect(parseDateLiteral('5', now, 'UTC')).toBeNull();
  });
});

describe("JQL dates do not depend on the process's TZ", () => {
  const issue: JqlIssue = {
    id: '1',
    key: 'NC-1',
    project: { id: '1', key: 'NC', name: 'NC' },
    issuetype: { id: '1', name: 'Nonconformity' },
    status: { id: '1', name: 'Open', categoryKey: 'new' },
    summary: 'x',
    labels: [],
    assignee: null,
    reporter: null,
    duedate: '2026-07-02',
    created: '2026-07-01T23:10:00.000Z',
    updated: '2026-07-01T23:10:00.000Z',
    resolutiondate: null,
    customFields: {},
    properties: {},
  };
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });

  it.each(['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'])('process TZ %s', (tz) => {
    process.env.TZ = tz;
    const ctx = { currentAccountId: null, now: new Date('2026-07-01T23:30:00Z') };
    const matches = (jql: string, timeZone?: string) =>
      compileJql(jql, { customFields: [], propertyAliases: [] }, { ...ctx, timeZone }).matches(issue);
    expect(matches('duedate = now()')).toBe(false);
    expect(matches('duedate = now()', 'Europe/Dublin')).toBe(true);
    expect(matches('created >= startOfDay()', 'Europe/Dublin')).toBe(true);
    expect(matches('created >= "2026-07-02"', 'Europe/Dublin')).toBe(true);
    expect(matches('created >= "2026-07-02"')).toBe(false);
  });
});
