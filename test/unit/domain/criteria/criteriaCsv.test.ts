import { readCriteriaCsv } from '../../../../src/domain/criteria/criteriaCsv';

const header = 'id,title,requirement,guidance,group,iso';

describe('reading a criteria set from CSV', () => {
  it('reads requirements and their cross-references to ISO/IEC 27001:2022', () => {
    const csv = [
      header,
      '4.1,System inventory,"Every computerised system is listed, with its owner.",Ask for the inventory.,4 Governance,A.5.9',
      '4.2,Audit trail review,Audit trails are reviewed monthly.,,4 Governance,A.8.15; A.8.16',
      '5.1,Backup,"Data is backed up daily, and restores are tested.",,5 Operations,',
    ].join('\r\n');
    const result = readCriteriaCsv(csv);
    expect(result).toEqual({
      ok: true,
      requirements: [
        {
          id: '4.1',
          title: 'System inventory',
          text: 'Every computerised system is listed, with its owner.',
          guidance: 'Ask for the inventory.',
          group: '4 Governance',
        },
        {
          id: '4.2',
          title: 'Audit trail review',
          text: 'Audit trails are reviewed monthly.',
          guidance: '',
          group: '4 Governance',
        },
        {
          id: '5.1',
          title: 'Backup',
          text: 'Data is backed up daily, and restores are tested.',
          guidance: '',
          group: '5 Operations',
        },
      ],
      crossReferences: [
        { requirementId: '4.1', isoId: 'A.5.9' },
        { requirementId: '4.2', isoId: 'A.8.15' },
        { requirementId: '4.2', isoId: 'A.8.16' },
      ],
    });
  });

  it('accepts the columns in any order and without the optional ones', () => {
    const result = readCriteriaCsv('Requirement,ID,Title\nData are backed up.,B-1,Backup\n');
    expect(result.ok && result.requirements).toEqual([
      { id: 'B-1', title: 'Backup', text: 'Data are backed up.', guidance: '', group: '' },
    ]);
  });

  it('names the line, the column and what is wrong for every faulty line, and returns nothing to import', () => {
    const csv = [
      header,
      '4.1,System inventory,Listed.,,,A.5.9',
      ',No id,Text.,,,',
      '4.3,,Text.,,,',
      '4.1,Again,Text.,,,',
      '4.4,Bad reference,Text.,,,A.9.1; 11.1',
      '4.5,Colon,Text.,,,A.8.15;A.8.15',
      'a:b,Colon in id,Text.,,,',
    ].join('\n');
    const result = readCriteriaCsv(csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { line: 3, column: 'id', message: 'Enter the requirement id (e.g. 4.2)' },
      { line: 4, column: 'title', message: 'Enter the requirement title' },
      { line: 5, column: 'id', message: 'Requirement 4.1 is already on line 2: each id appears once' },
      {
        line: 6,
        column: 'iso',
        message: 'A.9.1: Not an ISO/IEC 27001:2022 clause or Annex A control (e.g. A.8.15)',
      },
      {
        line: 6,
        column: 'iso',
        message: '11.1: Not an ISO/IEC 27001:2022 clause or Annex A control (e.g. A.8.15)',
      },
      { line: 7, column: 'iso', message: 'A.8.15 is listed twice on this line' },
      { line: 8, column: 'id', message: 'A requirement id cannot hold a colon' },
    ]);
  });

  it('reports header problems on line 1 and reads no row', () => {
    const result = readCriteriaCsv('id,title,text\n4.1,Inventory,Listed.\n');
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          line: 1,
          column: 'text',
          message: 'Unknown column; the columns are id, title, requirement, guidance, group, iso',
        },
        { line: 1, column: 'requirement', message: 'This required column is missing' },
      ],
    });
  });

  it('keeps counting physical lines across a quoted line break', () => {
    const csv = `${header}\n4.1,Inventory,"Line one\nline two",,,\n4.2,,Text.,,,\n`;
    const result = readCriteriaCsv(csv);
    expect(!result.ok && result.problems).toEqual([
      { line: 4, column: 'title', message: 'Enter the requirement title' },
    ]);
  });

  it('refuses a file with a header and no requirements', () => {
    expect(readCriteriaCsv(`${header}\n`)).toEqual({
      ok: false,
      problems: [{ line: 2, column: 'id', message: 'The file has a header but no requirements' }],
    });
  });

  it('reads back what was written with a formula guard as the text itself', () => {
    const result = readCriteriaCsv("id,title,requirement\n4.1,'=Totals,'-1 is never accepted\n");
    expect(result.ok && result.requirements[0]).toMatchObject({ title: '=Totals', text: '-1 is never accepted' });
  });
});
