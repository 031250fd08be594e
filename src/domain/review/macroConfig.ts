import { z } from 'zod';
import { CatalogueId } from '../catalogue/catalogue';
import { FindingGrade } from '../audits/finding';
import { findingSourceKinds } from '../findings/findingSource';
import { IsoDate } from '../calendar/calendarDate';
import { isReviewInputMacro, type MacroKind } from './macroKinds';
import { parseWithPlainWords } from '../input/inputProblems';

/**
 * Each macro's config as the config panel saves it (`view.submit({ config })`: flat values, no
 * null, no nested arrays) and as the macro and its `adfExport` read it back. Every field is
 * optional so a freshly inserted macro renders with defaults (the programme's current cycle).
 * Strings from the panel arrive as strings: empty means "not set".
 */
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const flag = (message: string) =>
  z.preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean({ error: message }));

/** A period: both ends or neither (the programme's current cycle). */
const periodFields = {
  from: optional(IsoDate),
  to: optional(IsoDate),
};
const withPeriod = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({ ...periodFields, ...shape })
    .strict()
    .superRefine((config, ctx) => {
      const { from, to } = config as { from?: string; to?: string };
      if ((from === undefined) !== (to === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [from === undefined ? 'from' : 'to'],
          message: 'Give both ends of the period, or neither for the current cycle',
        });
      } else if (from !== undefined && to !== undefined && from > to) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'The period ends before it starts' });
      }
    });

export const KpiKey = z.enum([
  'auditsOnSchedule',
  'coverage',
  'openNcsByGrade',
  'ncClosureTime',
  'overdueCas',
  'caEffectiveness',
  'repeatFindings',
  'incidents',
  'trainingCompletion',
]);
export type KpiKey = z.infer<typeof KpiKey>;

/** A tile as the macro's settings name it; a wrong one is told the names the settings take. */
const KpiTile = z.enum(KpiKey.options, { error: `Choose tiles from: ${KpiKey.options.join(', ')}` });

/** Where the nonconformities came from: an internal audit, an inspection, a complaint… */
const SourceFilter = z.enum(findingSourceKinds, { error: `Choose a source: ${findingSourceKinds.join(', ')}` });
export const KpiTilesConfig = withPeriod({
  /** Which tiles, in order; all when left out. */
  tiles: optional(z.array(KpiTile).min(1, 'Choose at least one KPI').max(9)),
  /** Only the nonconformities of this source and their corrective actions; every source when left out. */
  source: optional(SourceFilter),
});

export const FindingStatusFilter = z.enum(['open', 'closed', 'all'], {
  error: 'Show open, closed or all findings',
});
const rowLimit = 'The row limit is a whole number from 1 to 500';
export const FindingRegisterConfig = withPeriod({
  auditId: optional(z.string().trim().max(191)),
  source: optional(SourceFilter),
  areaId: optional(z.string().trim().max(64)),
  grade: optional(
    z.enum(FindingGrade.options, { error: 'Choose a grade: majorNC, minorNC, observation or opportunity' }),
  ),
  itemId: optional(CatalogueId),
  status: optional(FindingStatusFilter),
  overdueOnly: optional(flag('Overdue only is true or false')),
  /** At most this many rows on the page (the CSV export has them all). */
  limit: optional(
    z.coerce
      .number({ error: rowLimit })
      .int(rowLimit)
      .min(1, 'At least 1 row')
      .max(500, 'At most 500 rows (the CSV export has them all)'),
  ),
});

export const CoverageRows = z.enum(['clauses', 'themes', 'both'], {
  error: 'Rows are clauses, themes or both',
});
export const CoverageHeatMapConfig = z
  .object({
    /** The cycle's first day; the cycle containing today when left out. */
    cycleStart: optional(IsoDate),
    rows: optional(CoverageRows),
  })
  .strict();

/** Age buckets in days, as "30,60,90": open actions 0–30, 31–60, 61–90, over 90 days. */
const bucketList = z
  .string()
  .trim()
  .regex(/^\d{1,4}(\s*,\s*\d{1,4}){0,7}$/, 'Bucket limits in days, separated by commas, such as 30,60,90')
  .transform((text) => text.split(',').map((part) => Number(part.trim())))
  .refine((limits) => limits.every((limit, i) => limit > 0 && (i === 0 || limit > limits[i - 1]!)), {
    message: 'Bucket limits must be above 0 and rising, such as 30,60,90',
  });
export const CaAgeingConfig = z
  .object({
    grade: optional(z.enum(['majorNC', 'minorNC'])),
    buckets: optional(bucketList),
  })
  .strict();

export const ProgrammeScheduleConfig = z.object({ cycleStart: optional(IsoDate) }).strict();

export const TrendSeries = z.enum(['findingsByGrade', 'closureTime', 'both']);
/**
 * What the trend shows. A config saved before there was a choice has none and reads as
 * `findingsByGrade`, today's view, with its `series` as before (series applies to that view only).
 */
export const TrendShows = z.enum(
  ['findingsByGrade', 'findingsByArea', 'findingsByClause', 'caClosureTime', 'caEffectiveness'],
  {
    error: 'Show findingsByGrade, findingsByArea, findingsByClause, caClosureTime or caEffectiveness',
  },
);
export type TrendShows = z.infer<typeof TrendShows>;
const cyclesWords = 'The number of cycles is a whole number from 1 to 3';
export const TrendChartConfig = withPeriod({
  series: optional(TrendSeries),
  shows: optional(TrendShows),
  /** How many cycles back from the current one (1–3). A config's own period, when given, is used instead. */
  cycles: optional(z.coerce.number({ error: cyclesWords }).int(cyclesWords).min(1, cyclesWords).max(3, cyclesWords)),
});

/** A review input: the review it belongs to (entered inputs need one), or a period on its own. */
export const ReviewInputConfig = withPeriod({ reviewId: optional(z.string().trim().max(191)) });

export const macroConfigSchemas = {
  kpiTiles: KpiTilesConfig,
  findingRegister: FindingRegisterConfig,
  coverageHeatMap: CoverageHeatMapConfig,
  caAgeing: CaAgeingConfig,
  programmeSchedule: ProgrammeScheduleConfig,
  trendChart: TrendChartConfig,
} as const;

export type MacroConfigOf<K extends MacroKind> = K extends keyof typeof macroConfigSchemas
  ? z.output<(typeof macroConfigSchemas)[K]>
  : z.output<typeof ReviewInputConfig>;

function macroConfigObject(kind: MacroKind): z.ZodObject {
  return isReviewInputMacro(kind) ? ReviewInputConfig : macroConfigSchemas[kind];
}

export function macroConfigSchema(kind: MacroKind): z.ZodType {
  return macroConfigObject(kind);
}

/**
 * What one saved setting may be before its own rule reads it: short text, a number, true/false,
 * or a short flat list. The config panel saves nothing else (`view.submit` keeps flat values);
 * anything bigger or nested is refused at this first level, without walking into it.
 */
const settingShape =
  'A setting is text of at most 256 characters, a number, true or false, or a list of at most 20 short items';
const MacroSetting = z.union(
  [
    z.string().max(256, 'A setting is at most 256 characters'),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(z.union([z.string().max(64), z.number()])).max(20),
  ],
  { error: settingShape },
);

const noSuchSetting = (keys: readonly string[]) =>
  `This macro has no setting ${keys.map((key) => `"${key}"`).join(', ')}`;

const boundsByKind = new Map<MacroKind, z.ZodType>();

/**
 * A macro kind's config bounds: only that kind's own settings (strict), each a `MacroSetting`.
 * Checked before anything else touches a config — the resolvers' boundary, the export, the
 * snapshot key — so a junk key, a megabyte of text or a value nested ten thousand deep is a plain
 * problem naming the setting, never a crash or a stored snapshot.
 */
export function macroConfigBounds(kind: MacroKind): z.ZodType {
  let bounds = boundsByKind.get(kind);
  if (!bounds) {
    const names = Object.keys(macroConfigObject(kind).shape);
    bounds = z.strictObject(Object.fromEntries(names.map((name) => [name, MacroSetting.optional()])), {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? noSuchSetting(issue.keys)
          : issue.code === 'invalid_type' && issue.expected === 'object'
            ? 'A macro config is a set of named settings'
            : undefined,
    });
    boundsByKind.set(kind, bounds);
  }
  return bounds;
}

export interface ConfigProblem {
  field: string;
  message: string;
}

/** A macro's settings store the app's own names (`majorNC`), so a refusal lists the names they take. */
const settingNames = { namesChoices: true };

const problemsOf = (error: z.ZodError): ConfigProblem[] =>
  error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : 'config',
    message: issue.code === 'unrecognized_keys' ? noSuchSetting(issue.keys) : issue.message,
  }));

/** Every way a config breaks its kind's bounds (none when it fits), each with its setting. */
export function macroConfigBoundsProblems(kind: MacroKind, config: unknown): ConfigProblem[] {
  const bounded = parseWithPlainWords(macroConfigBounds(kind), config ?? {}, settingNames);
  return bounded.success ? [] : problemsOf(bounded.error);
}

/**
 * A macro's config parsed, or every problem with the field it is about (nothing is guessed). The
 * bounds come first: the kind's own rules only ever read a config that fits them.
 */
export function parseMacroConfig<K extends MacroKind>(
  kind: K,
  config: unknown,
): { ok: true; config: MacroConfigOf<K> } | { ok: false; problems: ConfigProblem[] } {
  const outOfBounds = macroConfigBoundsProblems(kind, config);
  if (outOfBounds.length > 0) return { ok: false, problems: outOfBounds };
  const parsed = parseWithPlainWords(macroConfigSchema(kind), config ?? {}, settingNames);
  if (parsed.success) return { ok: true, config: parsed.data as MacroConfigOf<K> };
  return { ok: false, problems: problemsOf(parsed.error) };
}
