import type { NonconformityView } from '../../contract/intake';
import type { CsvImportOutcome } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import { FindingContent, FindingGrade, findingGradeTitles } from '../../domain/audits/finding';
import { catalogueItem } from '../../domain/catalogue/catalogue';
import { csvImportRefused, readCsvTable, type CsvRow } from '../../domain/csv/csv';
import type { Problem } from '../../domain/failure';
import { FindingSource } from '../../domain/findings/findingSource';
import type { FindingRecord } from '../../domain/audits/finding';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices, Caller } from '../services';
import { saveNewFinding } from '../audits/findings';
import { requireIntakeManager } from '../access/intakeAccess';
import { nonconformityViews } from './nonconformityList';
import { parseWithPlainWords } from '../../domain/input/inputProblems';

/**
 * One inspection's observations, one line each, as an inspector's list (an FDA Form 483, an MHRA
 * or EMA report) is typed into a spreadsheet. `area` is an auditable area's name or id, `clause`
 * the ISO/IEC 27001 clause or control the observation bears on, `grade` one of majorNC, minorNC,
 * observation, opportunity (or their words, "major nonconformity" …).
 */
const columns = [
  { name: 'authority', required: true },
  { name: 'reference', required: true },
  { name: 'observation', required: true },
  { name: 'requirement', required: true },
  { name: 'statement', required: true },
  { name: 'gap', required: false },
  { name: 'grade', required: true },
  { name: 'area', required: true },
  { name: 'clause', required: true },
] as const;
type Column = (typeof columns)[number]['name'];

/** Which column a schema field's complaint belongs to. */
const columnOfField: Record<string, Column> = {
  authority: 'authority',
  reference: 'reference',
  observation: 'observation',
  requirement: 'requirement',
  evidence: 'statement',
  gap: 'gap',
  grade: 'grade',
  areaId: 'area',
  itemId: 'clause',
};

const gradeWords = new Map<string, FindingGrade>(
  FindingGrade.options.flatMap((grade) => [
    [grade.toLowerCase(), grade],
    [findingGradeTitles[grade], grade],
  ]),
);
gradeWords.set('major', 'majorNC');
gradeWords.set('minor', 'minorNC');
gradeWords.set('ofi', 'opportunity');

/** Authority, reference and observation number name an observation: the same three are the same one. */
const observationKey = (authority: string, reference: string, observation: string) =>
  [authority, reference, observation].map((part) => part.trim().toLowerCase()).join('\u0000');

type Planned = Pick<FindingRecord, 'source' | 'content'>;

function readLine(
  row: CsvRow<Column>,
  areaIdOf: (nameOrId: string) => string | null,
): { planned: Planned | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const problemIn = (column: Column) => (message: string) => problems.push({ line: row.line, column, message });
  const cell = (column: Column) => row.cells[column]?.trim() ?? '';

  const gradeText = cell('grade');
  const grade = gradeWords.get(gradeText.toLowerCase());
  if (!grade) {
    problemIn('grade')(
      `The grade is majorNC, minorNC, observation or opportunity${gradeText ? `, not "${gradeText}"` : ''}`,
    );
  }
  const areaText = cell('area');
  const areaId = areaText ? areaIdOf(areaText) : null;
  if (!areaText) problemIn('area')('Name the auditable area the observation bears on');
  else if (!areaId) problemIn('area')(`There is no auditable area "${areaText}"`);
  const itemId = cell('clause').replace(/^a\./, 'A.');
  if (!itemId) problemIn('clause')('Name the clause or control the observation bears on (e.g. 7.5.3 or A.8.13)');
  else if (!catalogueItem(itemId)) {
    problemIn('clause')(`${itemId} is not a clause or control of ISO/IEC 27001:2022 (e.g. 7.5.3 or A.8.13)`);
  }

  const source = parseWithPlainWords(FindingSource, {
    kind: 'regulatoryInspection',
    authority: cell('authority'),
    reference: cell('reference'),
    observation: cell('observation'),
  });
  if (!source.success) {
    for (const issue of source.error.issues)
      problemIn(columnOfField[String(issue.path[0])] ?? 'reference')(issue.message);
  }
  if (!cell('observation')) problemIn('observation')('Give the observation’s number on the inspection’s list');
  const content = parseWithPlainWords(FindingContent, {
    grade: grade ?? 'majorNC',
    itemId: itemId || 'A.5.1',
    areaId: areaId ?? 'unknown',
    requirement: cell('requirement'),
    evidence: cell('statement'),
    gap: cell('gap'),
  });
  if (!content.success) {
    for (const issue of content.error.issues) {
      problemIn(columnOfField[String(issue.path[0])] ?? 'statement')(issue.message);
    }
  }
  if (problems.length > 0 || !source.success || !content.success) return { planned: null, problems };
  return { planned: { source: source.data, content: content.data }, problems };
}

/**
 * Records an inspection's observations from CSV, all lines or none: every line is read and checked
 * before the first write, and each problem names its line and column. An observation already
 * recorded (same authority, reference and observation number) is left as it is, so running the
 * same file again after a cut-short import finishes it instead of recording anything twice.
 */
export async function importInspectionObservations(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'importInspectionObservations'>,
): Promise<{ nonconformities: NonconformityView[]; outcome: CsvImportOutcome }> {
  await requireIntakeManager(services, caller);
  const areas = await services.store.list('auditableArea');
  const areaIdOf = (nameOrId: string) =>
    areas.find((area) => area.id === nameOrId)?.id ??
    areas.find((area) => area.record.name.trim().toLowerCase() === nameOrId.toLowerCase())?.id ??
    null;
  const stored = await services.store.list('finding');
  const recorded = new Set(
    stored.flatMap(({ record: { source } }) =>
      source.kind === 'regulatoryInspection'
        ? [observationKey(source.authority, source.reference, source.observation)]
        : [],
    ),
  );

  const table = readCsvTable(command.csv, columns);
  const problems = [...table.problems];
  const firstLineOf = new Map<string, number>();
  const planned: Planned[] = [];
  let unchanged = 0;
  for (const row of table.rows) {
    const read = readLine(row, areaIdOf);
    problems.push(...read.problems);
    if (!read.planned || read.planned.source.kind !== 'regulatoryInspection') continue;
    const { authority, reference, observation } = read.planned.source;
    const key = observationKey(authority, reference, observation);
    const earlier = firstLineOf.get(key);
    if (earlier !== undefined) {
      problems.push({
        line: row.line,
        column: 'observation',
        message: `Observation ${observation} of ${authority} ${reference} is listed twice (also on line ${earlier})`,
      });
      continue;
    }
    firstLineOf.set(key, row.line);
    if (recorded.has(key)) unchanged += 1;
    else planned.push(read.planned);
  }
  if (table.rows.length === 0 && problems.length === 0) {
    problems.push({ line: 2, column: 'observation', message: 'The file has no observations' });
  }
  if (problems.length > 0) throw csvImportRefused(problems);

  const earlier = stored.map((finding) => ({
    id: finding.id,
    itemId: finding.record.content.itemId,
    areaId: finding.record.content.areaId,
    raisedOn: finding.record.raisedOn,
  }));
  const created: StoredRecord<FindingRecord>[] = [];
  for (const observation of planned) {
    created.push(await saveNewFinding(services, caller, { auditId: null, ...observation }, earlier));
  }
  return {
    nonconformities: await nonconformityViews(services, created),
    outcome: { created: created.length, updated: 0, unchanged },
  };
}
