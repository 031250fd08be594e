import type { KpiKey, MacroChoices, MacroKind } from '../../../src/contract/review';
import {
  type FindingGrade,
  findingGradeTitles,
  findingGrades,
  nonconformityGrades,
} from '../../shared/words/findingGrades';
import { findingSourceTitles } from '../../shared/words/findingSources';

/**
 * The config panel's fields per macro kind, mirroring src/domain/review/macroConfig.ts (the backend's
 * `checkMacroConfig` is the judge: the panel only offers the fields and sends what was entered).
 */
export type FieldSpec =
  | { name: string; label: string; kind: 'date'; help?: string }
  | { name: string; label: string; kind: 'text' | 'number'; help?: string; placeholder?: string }
  | { name: string; label: string; kind: 'checkbox'; help?: string }
  | { name: string; label: string; kind: 'select'; help?: string; options: (choices: MacroChoices) => Option[] }
  | { name: string; label: string; kind: 'multi'; help?: string; options: (choices: MacroChoices) => Option[] };

export interface Option {
  value: string;
  label: string;
}

export const kpiLabels = {
  auditsOnSchedule: 'Audits on schedule',
  coverage: 'Coverage of clauses and controls',
  openNcsByGrade: 'Open NCs by grade',
  ncClosureTime: 'NC closure time',
  overdueCas: 'Overdue corrective actions',
  caEffectiveness: 'Effective corrective actions',
  repeatFindings: 'Repeat findings',
  incidents: 'Security incidents',
  trainingCompletion: 'Training completion',
} as const satisfies Record<KpiKey, string>;

/** A choice the same for every page (not read from the programme), from its values' words. */
const fixed = (labels: Readonly<Record<string, string>>) => (): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

const gradeOptions = (grades: readonly FindingGrade[]) => (): Option[] =>
  grades.map((grade) => ({ value: grade, label: findingGradeTitles[grade] }));

const cycleOptions = (choices: MacroChoices): Option[] =>
  choices.cycles.map((cycle) => ({ value: cycle.start, label: `${cycle.start} to ${cycle.end}` }));

const periodFields: FieldSpec[] = [
  { name: 'from', label: 'Period from', kind: 'date', help: 'Leave both ends empty for the current cycle' },
  { name: 'to', label: 'Period to', kind: 'date' },
];

const inputFields: FieldSpec[] = [
  {
    name: 'reviewId',
    label: 'Management review',
    kind: 'select',
    help: 'Entered inputs come from this review; its period is used when no period is given',
    options: (choices) =>
      choices.reviews.map((review) => ({
        value: review.id,
        label: `${review.title} (${review.from} to ${review.to})`,
      })),
  },
  ...periodFields,
];

/** Nonconformities of one source only (an inspection's, the internal audits'…); all when left empty. */
const sourceField: FieldSpec = {
  name: 'source',
  label: 'Source',
  kind: 'select',
  help: 'Nonconformities from every source when none is chosen',
  options: fixed(findingSourceTitles),
};

/** The figures macros' own fields; every review input has `inputFields`. */
const fieldsByKind: Partial<Record<MacroKind, FieldSpec[]>> = {
  kpiTiles: [
    ...periodFields,
    {
      name: 'tiles',
      label: 'KPIs to show',
      kind: 'multi',
      help: 'All of them when none is ticked',
      options: fixed(kpiLabels),
    },
    sourceField,
  ],
  findingRegister: [
    ...periodFields,
    {
      name: 'auditId',
      label: 'Audit',
      kind: 'select',
      options: (choices) => choices.audits.map((audit) => ({ value: audit.id, label: audit.title })),
    },
    sourceField,
    {
      name: 'areaId',
      label: 'Area',
      kind: 'select',
      options: (choices) => choices.areas.map((area) => ({ value: area.id, label: area.name })),
    },
    { name: 'grade', label: 'Grade', kind: 'select', options: gradeOptions(findingGrades) },
    { name: 'itemId', label: 'Clause or control', kind: 'text', placeholder: 'e.g. A.5.15 or 9.2' },
    {
      name: 'status',
      label: 'Status',
      kind: 'select',
      options: fixed({ open: 'Open', closed: 'Closed', all: 'All' }),
    },
    { name: 'overdueOnly', label: 'Only overdue findings', kind: 'checkbox' },
    { name: 'limit', label: 'Rows on the page', kind: 'number', help: '1 to 500; the CSV export has every row' },
  ],
  coverageHeatMap: [
    {
      name: 'cycleStart',
      label: 'Cycle',
      kind: 'select',
      help: 'The current cycle when none is chosen',
      options: cycleOptions,
    },
    {
      name: 'rows',
      label: 'Rows',
      kind: 'select',
      options: fixed({ clauses: 'Clauses 4–10', themes: 'Annex A themes', both: 'Both' }),
    },
  ],
  caAgeing: [
    { name: 'grade', label: 'Grade', kind: 'select', options: gradeOptions(nonconformityGrades) },
    {
      name: 'buckets',
      label: 'Age buckets (days)',
      kind: 'text',
      placeholder: '30,60,90',
      help: 'Upper limits, rising, such as 30,60,90',
    },
  ],
  programmeSchedule: [
    {
      name: 'cycleStart',
      label: 'Cycle',
      kind: 'select',
      help: 'The current cycle when none is chosen',
      options: cycleOptions,
    },
  ],
  trendChart: [
    ...periodFields,
    {
      name: 'series',
      label: 'Show',
      kind: 'select',
      options: fixed({ findingsByGrade: 'Findings by grade', closureTime: 'Closure time', both: 'Both' }),
    },
    {
      name: 'shows',
      label: 'Trend',
      kind: 'select',
      help: 'Findings by grade also shows NC closure time, as chosen above',
      options: fixed({
        findingsByGrade: 'Findings by grade',
        findingsByArea: 'Findings by area',
        findingsByClause: 'Findings by clause and control group',
        caClosureTime: 'Corrective-action closure time',
        caEffectiveness: 'Corrective-action effectiveness',
      }),
    },
    {
      name: 'cycles',
      label: 'Cycles',
      kind: 'select',
      help: 'The current cycle and the ones before it; leave the period empty',
      options: fixed({ '1': 'Current cycle', '2': 'Last two cycles', '3': 'Last three cycles' }),
    },
  ],
};

export function fieldsOf(kind: MacroKind): FieldSpec[] {
  return fieldsByKind[kind] ?? inputFields;
}

export type FieldValue = string | string[] | boolean;
export type FormValues = Record<string, FieldValue>;

/** The form's starting values from the saved config (`extension.config`). */
export function initialValues(fields: readonly FieldSpec[], config: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const saved = config[field.name];
    if (field.kind === 'checkbox') values[field.name] = saved === true || saved === 'true';
    else if (field.kind === 'multi')
      values[field.name] = Array.isArray(saved)
        ? saved.map(String)
        : typeof saved === 'string' && saved
          ? saved.split(',')
          : [];
    else values[field.name] = saved === undefined || saved === null ? '' : String(saved);
  }
  return values;
}

/**
 * The config to check and save: flat values only, nothing null, empty fields left out (Forge's
 * `view.submit({ config })` rejects null and nested arrays). A ticked box is the string "true".
 */
export function toConfig(fields: readonly FieldSpec[], values: FormValues): Record<string, string | string[]> {
  const config: Record<string, string | string[]> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === 'checkbox') {
      if (value === true) config[field.name] = 'true';
    } else if (Array.isArray(value)) {
      if (value.length > 0) config[field.name] = value;
    } else if (typeof value === 'string' && value.trim() !== '') {
      config[field.name] = value.trim();
    }
  }
  return config;
}

/** The problems `checkMacroConfig` reported about one field (`tiles.2` belongs to `tiles`). */
export function problemsOf(problems: ReadonlyArray<{ field: string; message: string }>, name: string): string[] {
  return problems.filter((p) => p.field === name || p.field.startsWith(`${name}.`)).map((p) => p.message);
}

/** Problems no field of the form shows (e.g. a saved setting the macro no longer has). */
export function otherProblems(
  problems: ReadonlyArray<{ field: string; message: string }>,
  fields: readonly FieldSpec[],
): Array<{ field: string; message: string }> {
  return problems.filter((p) => !fields.some((f) => p.field === f.name || p.field.startsWith(`${f.name}.`)));
}
