import { readAuditHistory } from '../../../src/domain/history/auditHistoryCsv';

const lookups = {
  areaIdByName: new Map([['it operations', 'area-it']]),
  accountIdByName: new Map([
    ['rahul mehta', 'acct-rahul'],
    ['sofia lindqvist', 'acct-sofia'],
  ]),
  today: '2026-12-07',
};
const header =
  'title,areas,items,lead,team,plannedStart,plannedEnd,performedStart,performedEnd,reportedOn,reportReference,findingItem,findingGrade,finding';
const audit =
  'IT operations audit,IT operations,A.8.13;A.5.18,Rahul Mehta,Sofia Lindqvist,2025-10-06,2025-10-10,2025-10-07,2025-10-08,2025-10-15,QA-AR-2025-014';

describe('[ISO9.2.2] reading audit history from CSV', () => {
  it('groups one line per finding into one audit by its report reference, with its real dates', () => {
    const text = [
      header,
      `${audit},A.8.13,majorNC,No restore test in Q2 or Q3`,
      `${audit},A.5.18,minorNC,One leaver kept VPN access for 9 days`,
      'Finance audit,IT operations,A.5.18,Rahul Mehta,,2025-11-03,2025-11-04,2025-11-03,2025-11-03,2025-11-10,QA-AR-2025-019,,,',
    ].join('\r\n');
    const read = readAuditHistory(text, lookups);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.audits).toHaveLength(2);
    expect(read.audits[0]).toMatchObject({
      areaIds: ['area-it'],
      leadAuditorId: 'acct-rahul',
      teamIds: ['acct-sofia'],
      performedEnd: '2025-10-08',
      reportedOn: '2025-10-15',
      reportReference: 'QA-AR-2025-014',
      findings: [
        { itemId: 'A.8.13', grade: 'majorNC' },
        { itemId: 'A.5.18', grade: 'minorNC' },
      ],
    });
    expect(read.audits[1]!.findings).toEqual([]);
  });

  it('names every problem by line and column in plain words, and returns no audit', () => {
    const text = [
      header,
      `${audit},A.8.13,major,No restore test`, // grade unknown
      `${audit.replace('2025-10-15', '2025-10-16')},A.5.18,minorNC,Leaver`, // audit columns differ
      'Lab audit,QC lab,A.5.18,Nobody,,2025-11-03,2025-11-04,2025-11-03,2025-11-04,2025-11-10,QA-AR-2025-020,,,',
    ].join('\n');
    const read = readAuditHistory(text, lookups);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 2, column: 'findingGrade' }),
        expect.objectContaining({
          line: 3,
          column: 'reportedOn',
          message: expect.stringContaining('Differs from line 2'),
        }),
        { line: 4, column: 'areas', message: 'There is no area called "QC lab"' },
        { line: 4, column: 'lead', message: 'There is no person called "Nobody"' },
      ]),
    );
  });

  it('refuses an ending before the start, dates after today, and a report already imported', () => {
    const backwards =
      'Lab audit,IT operations,A.5.18,Rahul Mehta,,2026-11-03,2026-11-04,2026-11-05,2026-11-04,2026-11-10,QA-1,,,';
    const read = readAuditHistory([header, backwards, `${audit},,,`].join('\n'), lookups, new Set(['qa-ar-2025-014']));
    expect(read).toEqual({
      ok: false,
      problems: [
        { line: 2, column: 'performedEnd', message: 'The audit ended before it started' },
        {
          line: 3,
          column: 'reportReference',
          message: 'The audit reported as "QA-AR-2025-014" is already in the programme',
        },
      ],
    });
    const future = readAuditHistory(
      [
        header,
        'Lab audit,IT operations,A.5.18,Rahul Mehta,,2026-11-03,2026-11-04,2026-12-01,2026-12-04,2026-12-10,QA-2,,,',
      ].join('\n'),
      lookups,
    );
    expect(future).toEqual({
      ok: false,
      problems: [
        { line: 2, column: 'reportedOn', message: '2026-12-10 is after today: history is what already happened' },
      ],
    });
  });
});
