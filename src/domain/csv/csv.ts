import Papa from 'papaparse';
import { Failure, type Problem } from '../failure';

/**
 * CSV for the files people move between the app and a spreadsheet (the SoA, the auditable areas,
 * the audit trail), read and written by Papa Parse. Reading accepts what spreadsheets write: quoted
 * cells with doubled quotes, commas and line breaks inside quotes, CRLF, LF or CR between records, a
 * UTF-8 byte-order mark and a trailing line break. The library tells where each record ends; this
 * file turns those positions into the physical line each record starts on, because an import's
 * problems must point at the line a person sees in an editor.
 */

/** One record and the 1-based physical line it starts on (a quoted line break moves later records down). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvParseResult =
  | { ok: true; records: CsvRecord[] }
  | {
      ok: false;
      /** Where the malformed cell starts. */
      line: number;
      /** 1-based position of the malformed cell in its record. */
      cell: number;
      message: string;
    };

const BOM = '\uFEFF';

/** Line breaks as a reader counts them: CRLF, LF or a lone CR each start a new line. */
function countLineBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

/** The 1-based line of a character position. */
const lineAt = (text: string, position: number) => 1 + countLineBreaks(text.slice(0, position));

/**
 * The closing quote of the quoted cell whose text starts at `from`: the first quote that is not
 * doubled. Papa Parse reports a malformed cell where its text starts; a person looks for the quote.
 */
function closingQuote(text: string, from: number): number {
  let at = text.indexOf('"', from);
  while (at !== -1 && text[at + 1] === '"') at = text.indexOf('"', at + 2);
  return at === -1 ? from : at;
}

/** 1-based cell of the record starting at `recordStart` that opens at `cellStart` (commas outside quotes before it). */
function cellAt(text: string, recordStart: number, cellStart: number): number {
  let cell = 1;
  let quoted = false;
  for (let at = recordStart; at < cellStart; at += 1) {
    if (text[at] === '"') quoted = !quoted;
    else if (text[at] === ',' && !quoted) cell += 1;
  }
  return cell;
}

/** Reads a CSV text. Empty physical lines are skipped (their numbers still count). */
export function parseCsv(input: string): CsvParseResult {
  const text = input.startsWith(BOM) ? input.slice(BOM.length) : input;
  const records: CsvRecord[] = [];
  let failure: CsvParseResult | null = null;
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (row, parser) => {
      const errors = row.errors.filter((error) => error.type === 'Quotes');
      const malformed = errors.find((error) => error.code === 'InvalidQuotes');
      const unclosed = errors.find((error) => error.code === 'MissingQuotes');
      if (malformed) {
        const cellStart = malformed.index ?? start;
        failure = {
          ok: false,
          line: lineAt(text, closingQuote(text, cellStart)),
          cell: cellAt(text, start, cellStart - 1),
          message: 'Text follows the closing quote of a quoted cell: write a quote inside a cell as two quotes ("")',
        };
      } else if (unclosed) {
        const openedOn = lineAt(text, unclosed.index ?? start);
        failure = {
          ok: false,
          line: openedOn,
          cell: Math.max(row.data.length, 1),
          message: `A quoted cell opened on line ${openedOn} is never closed: add the closing quote (")`,
        };
      }
      if (failure) return parser.abort();
      const end = row.meta.cursor;
      const raw = text.slice(start, end);
      // A line of nothing but its line break is an empty line (a quoted empty cell is not).
      if (raw.replace(/[\r\n]/g, '') !== '') records.push({ line, cells: row.data });
      line += countLineBreaks(raw);
      start = end;
    },
  });
  return failure ?? { ok: true, records };
}

// ---- writing ---------------------------------------------------------------------------------

/**
 * A cell a spreadsheet would run as a formula (=, +, - or @ first, e.g. =HYPERLINK(…)), or such text
 * behind quotes (so that the guard below can always be told from the text).
 */
const guardedFormula = /^'*[=+\-@]/;

/**
 * Neutralises spreadsheet formulas (CSV injection): such a cell is written with a leading `'`, which
 * spreadsheets show as text. Imports undo it with `restoreSpreadsheetText`, so files round-trip; text
 * that itself starts with `'=` gets a second quote, so that no value is ever read back changed.
 */
export function spreadsheetSafe(text: string): string {
  return guardedFormula.test(text) ? `'${text}` : text;
}

/** Undoes `spreadsheetSafe`: one `'` in front of (quotes and) =, +, - or @ was added on export. */
export function restoreSpreadsheetText(text: string): string {
  return text.startsWith("'") && guardedFormula.test(text.slice(1)) ? text.slice(1) : text;
}

export type CsvQuoting = 'always' | 'whenNeeded';

/** One record, formula-safe; the library quotes a cell always or when it needs to. */
function csvRecord(cells: readonly string[], quoting: CsvQuoting): string {
  // A record of one empty cell would be an empty line, which readers skip: quote it.
  if (cells.length === 1 && cells[0] === '') return '""';
  // The app's own guard runs instead of the library's, so that imports can undo it exactly.
  return Papa.unparse([cells.map(spreadsheetSafe)], {
    delimiter: ',',
    newline: '\r\n',
    quotes: quoting === 'always',
    escapeFormulae: false,
  });
}

/** One cell, formula-safe, quoted always or only when it holds a comma, quote or line break. */
export function csvCell(text: string, quoting: CsvQuoting = 'whenNeeded'): string {
  return text === '' && quoting === 'whenNeeded' ? '' : csvRecord([text], quoting);
}

/** Records joined by CRLF, with a final CRLF (RFC 4180). */
export function formatCsv(rows: readonly (readonly string[])[], quoting: CsvQuoting = 'whenNeeded'): string {
  return rows.map((cells) => `${csvRecord(cells, quoting)}\r\n`).join('');
}

// ---- tables with a header ----------------------------------------------------------------------

export interface CsvColumn {
  /** The header text, matched without regard to case or surrounding spaces. */
  name: string;
  required: boolean;
}

export interface CsvRow<C extends string> {
  line: number;
  /** Only the columns the file has; values as written (formula guards removed). */
  cells: Partial<Record<C, string>>;
}

export interface CsvTable<C extends string> {
  /** The known columns the header names, in file order. */
  columns: C[];
  rows: CsvRow<C>[];
  /** Header and shape problems (the header is line 1); rows with a wrong cell count are left out. */
  problems: Problem[];
}

/**
 * Reads a CSV file whose first record is a header naming `columns` in any order. Unknown, repeated
 * and missing required columns are problems of line 1; when the header has problems no row is read,
 * since its cells could not be told apart. Rows whose cells are all empty (spreadsheets write them
 * for blank lines) are skipped.
 */
export function readCsvTable<C extends string>(
  text: string,
  columns: readonly (CsvColumn & { name: C })[],
): CsvTable<C> {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    return {
      columns: [],
      rows: [],
      problems: [{ line: parsed.line, column: `cell ${parsed.cell}`, message: parsed.message }],
    };
  }
  const [header, ...records] = parsed.records;
  if (!header) {
    return { columns: [], rows: [], problems: [{ line: 1, column: '(header)', message: 'The file has no header' }] };
  }
  const known = new Map(columns.map((column) => [column.name.toLowerCase(), column.name]));
  const expected = columns.map((column) => column.name).join(', ');
  const problems: Problem[] = [];
  const order: (C | null)[] = header.cells.map((raw, index) => {
    const label = raw.trim() || `cell ${index + 1}`;
    const name = known.get(raw.trim().toLowerCase());
    if (!name) {
      problems.push({ line: header.line, column: label, message: `Unknown column; the columns are ${expected}` });
      return null;
    }
    if (header.cells.slice(0, index).some((earlier) => earlier.trim().toLowerCase() === name.toLowerCase())) {
      problems.push({ line: header.line, column: name, message: 'This column appears twice in the header' });
      return null;
    }
    return name;
  });
  for (const column of columns) {
    if (column.required && !order.includes(column.name)) {
      problems.push({ line: header.line, column: column.name, message: 'This required column is missing' });
    }
  }
  const present = order.filter((name): name is C => name !== null);
  if (problems.length > 0) return { columns: present, rows: [], problems };

  const rows: CsvRow<C>[] = [];
  for (const record of records) {
    if (record.cells.every((cell) => cell.trim() === '')) continue;
    if (record.cells.length !== order.length) {
      const at = Math.min(record.cells.length, order.length);
      problems.push({
        line: record.line,
        column: order[at] ?? `cell ${at + 1}`,
        message: `This line has ${record.cells.length} cells but the header has ${order.length}: check for a missing or extra comma or an unclosed quote`,
      });
      continue;
    }
    const cells: Partial<Record<C, string>> = {};
    order.forEach((name, index) => {
      if (name) cells[name] = restoreSpreadsheetText(record.cells[index] ?? '');
    });
    rows.push({ line: record.line, cells });
  }
  return { columns: present, rows, problems };
}

/** At most this many problems travel back to the screen; the count says how many there were. */
export const maxReportedProblems = 200;

/**
 * The failure of an all-or-nothing import: every problem found (up to `maxReportedProblems`), in
 * file order, and a message saying that nothing changed.
 */
export function csvImportRefused(problems: readonly Problem[]): Failure {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const count = `${sorted.length} problem${sorted.length === 1 ? '' : 's'}`;
  const shown = sorted.length > maxReportedProblems ? ` (the first ${maxReportedProblems} are listed)` : '';
  return new Failure(
    'invalid_input',
    `${count}; nothing was imported${shown}`,
    'csv',
    sorted.slice(0, maxReportedProblems),
  );
}
