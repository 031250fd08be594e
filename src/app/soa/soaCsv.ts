import type { CsvImportOutcome, FileDownload } from '../../contract/programme';
import type { SoaView } from '../../contract/soa';
import type { ParsedInput } from '../../contract/resolvers';
import { catalogueItem, compareCatalogueIds } from '../../domain/catalogue/catalogue';
import { csvImportRefused, formatCsv, readCsvTable, type CsvRow } from '../../domain/csv/csv';
import type { Problem } from '../../domain/failure';
import {
  ImplementationStatus,
  implementationTitles,
  LinkedDocument,
  SoaEntry,
  type StatementOfApplicability,
} from '../../domain/soa/soa';
import { expectVersion } from '../expectVersion';
import type { AppServices, Caller } from '../services';
import { loadSoa, sameEntry, soaContent, soaView, writeSoa } from './statementOfApplicability';
import { parseWithPlainWords } from '../../domain/input/inputProblems';

/**
 * The SoA's CSV format, one line per Annex A control. `title` is there for the reader and ignored on
 * import. `control`, `applicable` and `implementation` are required; a file without `justification`,
 * `owner` or `documents` keeps what the SoA holds in those columns. `documents` lists one linked
 * Confluence page per line of the cell as `<page id>: <title>`.
 */
const columns = [
  { name: 'control', required: true },
  { name: 'title', required: false },
  { name: 'applicable', required: true },
  { name: 'justification', required: false },
  { name: 'implementation', required: true },
  { name: 'owner', required: false },
  { name: 'documents', required: false },
] as const;
type Column = (typeof columns)[number]['name'];

const yesNo = (applicable: boolean) => (applicable ? 'yes' : 'no');
const formatDocuments = (docs: readonly LinkedDocument[]) => docs.map((d) => `${d.pageId}: ${d.title}`).join('\n');

export async function exportStatementOfApplicability(services: AppServices): Promise<FileDownload> {
  const stored = await loadSoa(services);
  const entries = [...soaContent(stored).entries].sort((a, b) => compareCatalogueIds(a.controlId, b.controlId));
  const rows = entries.map((entry) => [
    entry.controlId,
    catalogueItem(entry.controlId)?.title ?? '',
    yesNo(entry.applicable),
    entry.justification,
    entry.implementation,
    entry.ownerId ?? '',
    formatDocuments(entry.documents),
  ]);
  return {
    fileName: `statement-of-applicability-v${stored?.version ?? 0}.csv`,
    mimeType: 'text/csv',
    content: formatCsv([columns.map((c) => c.name), ...rows]),
  };
}

// ---- reading one line -----------------------------------------------------------------------

const applicableWords: Record<string, boolean> = { yes: true, y: true, true: true, no: false, n: false, false: false };

/** The stored code (`partial`) or its title (`partially implemented`), any case. */
const implementationByWord = new Map<string, ImplementationStatus>(
  ImplementationStatus.options.flatMap((code) => [
    [code.toLowerCase(), code],
    [implementationTitles[code].toLowerCase(), code],
  ]),
);

const documentLine = /^(\d{1,20})\s*:\s*(.+)$/;

/** Maps a zod issue path on an SoA line to the CSV column it came from. */
const columnOfField: Record<string, Column> = {
  controlId: 'control',
  applicable: 'applicable',
  justification: 'justification',
  implementation: 'implementation',
  ownerId: 'owner',
  documents: 'documents',
};

/** One file line read against the SoA: its control (when it names one), the new entry (when valid). */
interface ReadLine {
  controlId: string | null;
  entry: SoaEntry | null;
  problems: Problem[];
}

function readLine(row: CsvRow<Column>, soa: StatementOfApplicability): ReadLine {
  const problems: Problem[] = [];
  const problem = (column: Column, message: string) => problems.push({ line: row.line, column, message });
  const cell = (column: Column) => row.cells[column]?.trim();

  const rawId = cell('control') ?? '';
  const controlId = rawId.replace(/^a\./, 'A.');
  const stored = soa.entries.find((entry) => entry.controlId === controlId);
  if (!rawId) problem('control', 'Give the control id, e.g. A.5.1');
  else if (!stored) {
    problem(
      'control',
      catalogueItem(controlId)?.kind === 'clause'
        ? `${rawId} is a clause; the SoA lists the Annex A controls A.5.1 … A.8.34`
        : `${rawId} is not an Annex A control of ISO/IEC 27001:2022 (A.5.1 … A.8.34)`,
    );
  }

  const applicableText = cell('applicable') ?? '';
  const applicable = applicableWords[applicableText.toLowerCase()];
  if (applicable === undefined) {
    problem('applicable', applicableText ? `Write yes or no, not "${applicableText}"` : 'Write yes or no');
  }

  const implementationText = cell('implementation') ?? '';
  const implementation = implementationByWord.get(implementationText.toLowerCase().replace(/\s+/g, ' '));
  if (!implementation) {
    const choices = `use ${ImplementationStatus.options.join(', ')}`;
    problem(
      'implementation',
      implementationText
        ? `"${implementationText}" is not an implementation status; ${choices}`
        : `Give the status: ${choices}`,
    );
  }

  const ownerText = cell('owner');
  const documents = readDocuments(row.cells.documents, (message) => problem('documents', message));

  if (problems.length > 0 || !stored || applicable === undefined || !implementation) {
    return { controlId: stored ? controlId : null, entry: null, problems };
  }
  // Columns the file leaves out keep the SoA's values.
  const candidate = {
    controlId,
    applicable,
    implementation,
    justification: row.cells.justification ?? stored.justification,
    ownerId: ownerText === undefined ? stored.ownerId : ownerText || null,
    documents: documents ?? stored.documents,
  };
  const parsed = parseWithPlainWords(SoaEntry, candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problem(columnOfField[String(issue.path[0])] ?? 'control', issue.message);
    }
    return { controlId, entry: null, problems };
  }
  return { controlId, entry: parsed.data, problems };
}

/** The documents cell: one `<page id>: <title>` per line; undefined when the file has no such column. */
function readDocuments(text: string | undefined, problem: (message: string) => void): LinkedDocument[] | undefined {
  if (text === undefined) return undefined;
  const documents: LinkedDocument[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue;
    const match = documentLine.exec(line.trim());
    const parsed = match ? LinkedDocument.safeParse({ pageId: match[1], title: match[2] }) : null;
    if (!parsed?.success) {
      problem(
        `"${line.trim()}" is not a linked page: write one page per line as <page id>: <title>, e.g. 65538: Access control policy`,
      );
      continue;
    }
    documents.push(parsed.data);
  }
  return documents;
}

// ---- the import -----------------------------------------------------------------------------

/**
 * Replaces the lines the file lists (a file may hold only some controls) in ONE new SoA version: a
 * single record write, so the import is all or nothing even on Forge SQL, which has no transactions.
 * Every line is read and checked before anything is written; any problem refuses the whole file.
 */
export async function importStatementOfApplicability(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'importStatementOfApplicability'>,
): Promise<SoaView & { outcome: CsvImportOutcome }> {
  const current = await loadSoa(services);
  expectVersion(current, command.expectedVersion, 'The Statement of Applicability');
  const soa = soaContent(current);

  const table = readCsvTable(command.csv, columns);
  const problems = [...table.problems];
  const firstLineOf = new Map<string, number>();
  const incoming = new Map<string, SoaEntry>();
  for (const row of table.rows) {
    const read = readLine(row, soa);
    problems.push(...read.problems);
    if (!read.controlId) continue;
    const earlier = firstLineOf.get(read.controlId);
    if (earlier !== undefined) {
      problems.push({
        line: row.line,
        column: 'control',
        message: `${read.controlId} is listed twice (also on line ${earlier})`,
      });
      continue;
    }
    firstLineOf.set(read.controlId, row.line);
    if (read.entry) incoming.set(read.controlId, read.entry);
  }
  if (problems.length > 0) throw csvImportRefused(problems);

  let updated = 0;
  const entries = soa.entries.map((entry) => {
    const next = incoming.get(entry.controlId);
    if (!next || sameEntry(entry, next)) return entry;
    updated += 1;
    return next;
  });
  const outcome: CsvImportOutcome = { created: 0, updated, unchanged: incoming.size - updated };
  // An unchanged file writes nothing: no new version, and an approval stays in force.
  const saved = updated === 0 ? current : await writeSoa(services, caller, current, { entries }, command.reason);
  return { ...(await soaView(services, saved)), outcome };
}
