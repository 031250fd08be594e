import { parseCsv } from '../../../src/domain/csv/csv';

// Where a malformed file goes wrong, in the words a person checks in an editor: the line of the
// offending quote and the cell's place in its record, past quoted line breaks and empty lines.
describe('CSV problems point at the line and cell a person sees', () => {
  it('names the line of a closing quote followed by text, below a quoted line break, and its cell', () => {
    expect(parseCsv('a,b,c\nx,"multi\nline"y,z\n')).toEqual({
      ok: false,
      line: 3,
      cell: 2,
      message: expect.stringContaining('two quotes'),
    });
  });

  it('names the line an unclosed quote opens on, counting the empty lines above it', () => {
    expect(parseCsv('a,b\r\n\r\n"two\r\nlines",ok\r\n\r\nx,"never closed\r\nmore\r\n')).toEqual({
      ok: false,
      line: 6,
      cell: 2,
      message: expect.stringContaining('opened on line 6 is never closed'),
    });
  });

  it('numbers records after a byte-order mark and lone CR line ends as an editor does', () => {
    const parsed = parseCsv('\uFEFFid,text\r1,"a\rb"\r\r2,c');
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['id', 'text'] },
        { line: 2, cells: ['1', 'a\rb'] },
        { line: 5, cells: ['2', 'c'] },
      ],
    });
  });
});
