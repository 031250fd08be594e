import {
  csvCell,
  csvImportRefused,
  formatCsv,
  maxReportedProblems,
  parseCsv,
  readCsvTable,
  restoreSpreadsheetText,
  spreadsheetSafe,
} from '../../../src/domain/csv/csv';
import { Failure } from '../../../src/domain/failure';

const records = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.records;
};

describe('CSV reading (RFC 4180)', () => {
  it('reads plain cells, CRLF and LF line ends, with or without a final line break', () => {
    expect(records('a,b\r\nc,d\r\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['c', 'd'] },
    ]);
    expect(records('a,b\nc,d')).toEqual(records('a,b\r\nc,d\r\n'));
    expect(records('a,b\rc,d')).toEqual(records('a,b\nc,d'));
  });

  it('reads quoted cells with doubled quotes, commas and line breaks, and numbers records by their first physical line', () => {
    const text = 'id,text\r\n1,"He said ""no"", then left"\r\n2,"two\r\nlines\nthree"\r\n3,last\r\n';
    expect(records(text)).toEqual([
      { line: 1, cells: ['id', 'text'] },
      { line: 2, cells: ['1', 'He said "no", then left'] },
      { line: 3, cells: ['2', 'two\r\nlines\nthree'] },
      { line: 6, cells: ['3', 'last'] },
    ]);
  });

  it('drops a UTF-8 byte-order mark, keeps empty cells and skips empty lines (still counting them)', () => {
    expect(records('\uFEFFname,owner\n\nÉquipe,\n,x,\n')).toEqual([
      { line: 1, cells: ['name', 'owner'] },
      { line: 3, cells: ['Équipe', ''] },
      { line: 4, cells: ['', 'x', ''] },
    ]);
    expect(records('')).toEqual([]);
    expect(records('""\r\n')).toEqual([{ line: 1, cells: [''] }]);
  });

  it('keeps a stray quote inside an unquoted cell as written', () => {
    expect(records('5" floppy,b')).toEqual([{ line: 1, cells: ['5" floppy', 'b'] }]);
  });

  it('names the line and cell of a quoted cell that never closes or has text after its closing quote', () => {
    expect(parseCsv('a,b\n1,"open\nstill open\n')).toEqual({
      ok: false,
      line: 2,
      cell: 2,
      message: expect.stringContaining('opened on line 2 is never closed'),
    });
    expect(parseCsv('a,b\n"x"y,2\n')).toEqual({
      ok: false,
      line: 2,
      cell: 1,
      message: expect.stringContaining('two quotes'),
    });
  });
});

describe('CSV writing', () => {
  it('quotes only where needed, doubles quotes and ends every record with CRLF', () => {
    expect(
      formatCsv([
        ['a', 'b, c'],
        ['say "hi"', 'two\nlines'],
      ]),
    ).toBe('a,"b, c"\r\n"say ""hi""","two\nlines"\r\n');
    expect(csvCell('plain', 'always')).toBe('"plain"');
    expect(formatCsv([[''], ['x']])).toBe('""\r\nx\r\n');
  });

  it('neutralises spreadsheet formulas on the way out and restores them on the way in', () => {
    for (const text of ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)']) {
      expect(spreadsheetSafe(text)).toBe(`'${text}`);
      expect(restoreSpreadsheetText(spreadsheetSafe(text))).toBe(text);
    }
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('=1,2', 'always')).toBe(`"'=1,2"`);
    expect(spreadsheetSafe("it's fine")).toBe("it's fine");
    expect(restoreSpreadsheetText("'quoted")).toBe("'quoted");
    // Text that already starts with a quote before a formula sign gets one more, so it reads back as written.
    expect(spreadsheetSafe("'=x")).toBe("''=x");
    expect(restoreSpreadsheetText(spreadsheetSafe("'=x"))).toBe("'=x");
  });

  it('round-trips any table through write and read', () => {
    const rows = [
      ['control', 'justification', 'documents'],
      ['A.5.1', 'Policy, signed by "the board"', '101: Policy\n102: Standard'],
      ['A.5.2', '', '-'],
      ['A.5.3', ' leading space', 'crlf\r\ninside'],
    ];
    const read = records(formatCsv(rows)).map((r) => r.cells.map(restoreSpreadsheetText));
    expect(read).toEqual(rows);
  });
});

describe('CSV round trip over generated tables', () => {
  /** A small deterministic generator (mulberry32), so a failure can be replayed. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const alphabet = ['a', 'Z', '9', ' ', ',', '"', "'", '\r', '\n', '\r\n', '=', '+', '-', '@', 'é', '€', '\t', ';'];

  it('reads back every cell of 300 random tables exactly as written', () => {
    const next = random(27001);
    const pick = (n: number) => Math.floor(next() * n);
    for (let round = 0; round < 300; round += 1) {
      const width = 1 + pick(5);
      const rows = Array.from({ length: 1 + pick(6) }, () =>
        Array.from({ length: width }, () =>
          Array.from({ length: pick(8) }, () => alphabet[pick(alphabet.length)]).join(''),
        ),
      );
      const text = formatCsv(rows);
      const read = parseCsv(text);
      // No row vanishes: a lone empty cell is written quoted, and wider empty rows keep their commas.
      expect(read.ok && read.records.map((r) => r.cells.map(restoreSpreadsheetText))).toEqual(rows);
      // Each record starts below the previous one and every line break inside its quoted cells.
      const breaks = (cells: string[]) => cells.join('|').split(/\r\n|\r|\n/).length - 1;
      const expectedLines = rows.map((_, index) => 1 + rows.slice(0, index).reduce((sum, r) => sum + 1 + breaks(r), 0));
      expect(read.ok && read.records.map((r) => r.line)).toEqual(expectedLines);
    }
  });
});

describe('CSV tables with a header', () => {
  const columns = [
    { name: 'name', required: true },
    { name: 'owner', required: true },
    { name: 'members', required: false },
  ] as const;

  it('matches columns by name in any order and case, and skips rows of empty cells', () => {
    const table = readCsvTable(' Owner ,NAME\nacct-1,QC lab\n,\nacct-2,"=cmd"\n', columns);
    expect(table.problems).toEqual([]);
    expect(table.columns).toEqual(['owner', 'name']);
    expect(table.rows).toEqual([
      { line: 2, cells: { owner: 'acct-1', name: 'QC lab' } },
      { line: 4, cells: { owner: 'acct-2', name: '=cmd' } },
    ]);
  });

  it('reports unknown, repeated and missing columns on line 1 and then reads no rows', () => {
    const table = readCsvTable('name,colour,name,\nQC,red,QC,\n', columns);
    expect(table.rows).toEqual([]);
    expect(table.problems).toEqual([
      { line: 1, column: 'colour', message: expect.stringContaining('Unknown column; the columns are name, owner') },
      { line: 1, column: 'name', message: 'This column appears twice in the header' },
      { line: 1, column: 'cell 4', message: expect.stringContaining('Unknown column') },
      { line: 1, column: 'owner', message: 'This required column is missing' },
    ]);
  });

  it('reports a row with too few or too many cells at its line, naming the first column out of step', () => {
    const table = readCsvTable(
      'name,owner,members\nQC,acct-1\nIT,acct-2,a,b\n"multi\nline",acct-3,\nok,acct-4,\n',
      columns,
    );
    expect(table.problems).toEqual([
      { line: 2, column: 'members', message: expect.stringContaining('2 cells but the header has 3') },
      { line: 3, column: 'cell 4', message: expect.stringContaining('4 cells') },
    ]);
    expect(table.rows.map((r) => [r.line, r.cells.name])).toEqual([
      [4, 'multi\nline'],
      [6, 'ok'],
    ]);
  });

  it('turns a malformed file into one problem naming the line and the cell', () => {
    expect(readCsvTable('name,owner\nQC,"acct\n', columns).problems).toEqual([
      { line: 2, column: 'cell 2', message: expect.stringContaining('never closed') },
    ]);
    expect(readCsvTable('', columns).problems).toEqual([
      { line: 1, column: '(header)', message: 'The file has no header' },
    ]);
  });
});

describe('an all-or-nothing import refused', () => {
  it('carries every problem in line order under the field csv, and caps the list it returns', () => {
    const refused = csvImportRefused([
      { line: 3, column: 'owner', message: 'b' },
      { line: 2, column: 'name', message: 'a' },
    ]);
    expect(refused).toBeInstanceOf(Failure);
    expect(refused).toMatchObject({ code: 'invalid_input', field: 'csv', message: '2 problems; nothing was imported' });
    expect(refused.problems?.map((p) => p.line)).toEqual([2, 3]);
    expect(csvImportRefused([{ line: 2, column: 'x', message: 'y' }]).message).toBe('1 problem; nothing was imported');
    const many = csvImportRefused(
      Array.from({ length: maxReportedProblems + 5 }, (_, i) => ({ line: i + 2, column: 'x', message: 'y' })),
    );
    expect(many.message).toBe(`${maxReportedProblems + 5} problems; nothing was imported (the first 200 are listed)`);
    expect(many.problems).toHaveLength(maxReportedProblems);
  });
});
