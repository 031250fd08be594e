import { search, except } from './jql.fixture';

describe('JQL: dates', () => {
  it('duedate (alias due) against absolute dates in every accepted format', () => {
    expect(search('duedate = "2026-07-02"')).toEqual(['NC-2']);
    expect(search('due = "2026/07/02"')).toEqual(['NC-2']);
    expect(search('duedate = 2026-07-02')).toEqual(['NC-2']);
    expect(search('duedate = "2026-7-2"')).toEqual(['NC-2']);
    expect(search('duedate = "2026-07-02 13:00"')).toEqual(['NC-2']); // a date-only field compares days
    expect(search('duedate != "2026-07-02"')).toEqual(except('NC-2', 'NC-11'));
    expect(search('duedate < "2026-06-20"')).toEqual(['NC-1', 'NC-3']);
    expect(search('duedate <= "2026-06-20"')).toEqual(['NC-1', 'NC-3', 'CA-10']);
    expect(search('duedate > "2026-07-08"')).toEqual(['NC-12', 'CA-1']);
    expect(search('duedate >= "2026/07/08 23:59"')).toEqual(['NC-12', 'CA-1', 'CA-2']);
    expect(search('duedate in ("2026-07-02", "2026-07-03")')).toEqual(['NC-2', 'NC-4']);
    expect(search('duedate in (EMPTY, "2026-07-03")')).toEqual(['NC-4', 'NC-11']);
    expect(search('duedate not in ("2026-07-02", "2026-07-03")')).toEqual(except('NC-2', 'NC-4', 'NC-11'));
  });

  it('EMPTY and NULL', () => {
    expect(search('duedate is EMPTY')).toEqual(['NC-11']);
    expect(search('duedate is not NULL')).toEqual(except('NC-11'));
    expect(search('resolutiondate is not EMPTY')).toEqual(['NC-3', 'NC-10', 'CA-10']);
    expect(search('resolved is EMPTY')).toEqual(except('NC-3', 'NC-10', 'CA-10'));
    expect(search('resolutiondate != EMPTY')).toEqual(['NC-3', 'NC-10', 'CA-10']);
  });

  it('relative periods from now: -5d, 2w, -1h, 90m, "-4w 2d"', () => {
    // now + 1w = 8 July 23:30; a due date compares its day with 8 July.
    expect(search('duedate > 1w')).toEqual(['NC-12', 'CA-1']);
    expect(search('duedate >= 1w')).toEqual(['NC-12', 'CA-1', 'CA-2']);
    expect(search('created >= -7d')).toEqual(['NC-12']);
    expect(search('updated >= "-2h"')).toEqual(['NC-2']);
    expect(search('updated >= -90m')).toEqual(['NC-2']); // exactly 22:00, inclusive
    expect(search('updated > -90m')).toEqual([]);
    expect(search('created > -1h')).toEqual([]);
    expect(search('created >= "-4w 2d"')).toEqual(['NC-4', 'NC-12']); // since 1 June 23:30
    expect(search('raisedOn < -30d')).toEqual(['NC-1', 'NC-2', 'NC-10']); // before 1 June
    expect(search('duedate < "+1d"')).toEqual(search('duedate < 1d'));
  });

  it('date-time fields compare instants; a date literal is midnight, a time is wall time', () => {
    expect(search('created > "2026-06-01"')).toEqual(['NC-4', 'NC-11', 'NC-12']);
    expect(search('created > "2026-06-01 10:00"')).toEqual(['NC-4', 'NC-12']);
    expect(search('created >= "2026-06-01 10:00"')).toEqual(['NC-4', 'NC-11', 'NC-12']);
    expect(search('created = "2026-06-01 10:00"')).toEqual(['NC-11']);
    expect(search('createdDate = "2026-06-01"')).toEqual([]); // not midnight
    expect(search('updatedDate < "2026-05-03"')).toEqual(['CA-1']);
    expect(search('resolved >= "2026-06-28"')).toEqual(['NC-10', 'CA-10']);
    expect(search('resolutiondate < "2026-06-28"')).toEqual(['NC-3']);
  });

  it('now(), startOfDay(), endOfDay() with increments, startOfMonth(), endOfYear()', () => {
    expect(search('duedate < now()')).toEqual(['NC-1', 'NC-3', 'CA-10']); // strictly before today
    expect(search('duedate <= now()')).toEqual(['NC-1', 'NC-3', 'NC-10', 'CA-10']);
    expect(search('duedate = now()')).toEqual(['NC-10']);
    expect(search('duedate >= startOfDay() AND duedate <= endOfDay()')).toEqual(['NC-10']);
    expect(search('duedate = startOfDay(1)')).toEqual(['NC-2']);
    expect(search('duedate = endOfDay("+2d")')).toEqual(['NC-4']);
    expect(search('duedate = startOfDay(-1)')).toEqual([]);
    expect(search('created >= startOfDay()')).toEqual(['NC-12']);
    expect(search('updated >= startOfDay(-1) AND updated < startOfDay()')).toEqual(['NC-10']);
    expect(search('created >= startOfMonth()')).toEqual(['NC-12']);
    expect(search('created >= startOfMonth(-1)')).toEqual(['NC-4', 'NC-11', 'NC-12']);
    expect(search('created >= startOfMonth("-16d")')).toEqual(['NC-4', 'NC-12']); // since 15 June
    expect(search('created < startOfYear()')).toEqual([]);
    expect(search('duedate <= endOfYear()')).toEqual(except('NC-11'));
  });

  it('time zone: a due date that is today in Europe/Dublin but tomorrow in UTC', () => {
    const dublin = { timeZone: 'Europe/Dublin' };
    expect(search('duedate = now()')).toEqual(['NC-10']);
    expect(search('duedate = now()', dublin)).toEqual(['NC-2']);
    expect(search('duedate >= startOfDay() AND duedate <= endOfDay()', dublin)).toEqual(['NC-2']);
    expect(search('duedate < now()', dublin)).toEqual(['NC-1', 'NC-3', 'NC-10', 'CA-10']); // NC-10 is overdue in Dublin
    // A literal's wall time is read in the zone: 00:00 on 1 July in Dublin is 23:00 UTC on 30 June.
    expect(search('updated >= "2026-07-01"')).toEqual(['NC-2', 'NC-12']);
    expect(search('updated >= "2026-07-01"', dublin)).toEqual(['NC-2', 'NC-10', 'NC-12']);
    expect(search('created >= startOfDay()', dublin)).toEqual([]);
    expect(search('created >= startOfDay(-1)', dublin)).toEqual(['NC-12']);
  });
});
