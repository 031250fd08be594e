import { z } from 'zod';
import { resolver, reason, expectedVersion } from './resolverSpec';
import { IsoDate } from '../domain/calendar/calendarDate';
import type { FileDownload } from './programme';
import { FiguresMonth } from '../domain/review/periodFigures';
import type { FindingRegisterRow } from '../domain/review/register/findingRegister';
import type { FindingSourceKind } from '../domain/findings/findingSource';
import {
  macroConfigBoundsProblems,
  type KpiKey,
  type ConfigProblem,
  type TrendShows,
} from '../domain/review/macroConfig';
import { MacroKind } from '../domain/review/macroKinds';
import type { ReviewInputKind } from '../domain/review/reviewInputs';
import type { ReviewConclusion, ReviewDecisionType } from '../domain/review/reviewOutputs';
import type { AgendaItem } from '../domain/review/planning/reviewAgenda';
import type { ReviewDue, ReviewPlan } from '../domain/review/planning/reviewPlan';
import type { TargetLevel } from '../domain/review/objectives/kpiTarget';
import type { TargetState } from '../domain/review/objectives/targetEvaluation';
import type { FindingGrade } from '../domain/audits/finding';
import type { QuarterCaClosure, QuarterCaEffectiveness, TrendBreakdown } from '../domain/review/kpis/trendSeries';
import type { ScheduleBarLine } from '../domain/review/schedule/programmeSchedule';
import type { ReviewAttendee } from '../domain/review/managementReview';
import type { ReviewInputEntry } from '../domain/review/reviewInputs';
import { CapaQueryName } from '../domain/review/capa/capaQueries';
import type { TrackedIssueView } from './jira';
import type { SignatureView } from './signing';

export type { ConfigProblem, KpiKey, MacroKind, ReviewInputKind };

/**
 * A macro and its saved config, as the macro and its config panel send them (`getMacroData`,
 * `checkMacroConfig`). The config must fit its kind's bounds — only that kind's settings, each
 * short and flat — or the call is `invalid_input` naming the setting, before any work and before
 * anything walks into the value. Whether the settings make sense together (a period's two ends,
 * rising buckets) is the macro's own check, which shows on the page as its problems.
 */
export const MacroConfigRequest = z
  .object({ macro: MacroKind, config: z.record(z.string(), z.unknown()).default({}) })
  .strict()
  .superRefine((input, ctx) => {
    // A refinement may run beside other issues: an unknown macro has no bounds to check against.
    if (!MacroKind.safeParse(input.macro).success) return;
    for (const problem of macroConfigBoundsProblems(input.macro, input.config)) {
      const setting = problem.field === 'config' ? [] : problem.field.split('.');
      ctx.addIssue({ code: 'custom', path: ['config', ...setting], message: problem.message });
    }
  });

/** The period a macro's figures cover (inclusive) and where it came from. */
export interface FiguresPeriod {
  from: string;
  to: string;
  /** `config`: the macro's own; `cycle`: the programme's current cycle; `review`: its review's. */
  source: 'config' | 'cycle' | 'review';
}

/** One KPI tile. `figure` is the number (null when it cannot be computed); `value` is how it reads. */
export interface KpiTile {
  key: KpiKey;
  title: string;
  figure: number | null;
  value: string;
  unit: 'percent' | 'days' | 'hours' | 'count';
  /** How it was computed, in words: "12 of 15 audits reported by their planned end". */
  detail: string;
  /** e.g. open NCs per grade. */
  breakdown: Array<{ label: string; value: number }>;
  status: 'good' | 'warning' | 'bad' | 'neutral';
  /** `missing`: the figure's source has no data for the period; `detail` says what to record. */
  source: 'store' | 'recorded' | 'jql' | 'missing';
}

/**
 * A tile's figure against the organisation's own target for its KPI (see saveKpiTargets), applied
 * when the tiles are shown and never kept with their held figures, so a changed target shows at once.
 * `status` stays the app's default colour band, a first look only; this says on or off target.
 */
export interface KpiTileTarget {
  state: TargetState;
  /** "Within tolerance: at least 90% (tolerance 5%)", "No target set". */
  words: string;
  level: TargetLevel | null;
}

export type TargetedKpiTile = KpiTile & { target: KpiTileTarget };

export interface KpiTilesView {
  macro: 'kpiTiles';
  period: FiguresPeriod;
  tiles: TargetedKpiTile[];
  /** Set when the tiles count one source's nonconformities only. */
  source?: FindingSourceKind;
}

/** One line of the finding register: the domain's own type, so the two cannot drift. */
export type { FindingRegisterRow } from '../domain/review/register/findingRegister';

export interface FindingRegisterView {
  macro: 'findingRegister';
  period: FiguresPeriod;
  rows: FindingRegisterRow[];
  /** How many findings matched; more than `rows.length` when the config's limit cut the page. */
  total: number;
}

export type CoverageCellState = 'audited' | 'planned' | 'gap' | 'none';

export interface CoverageHeatMapRow {
  id: string;
  title: string;
  kind: 'clause' | 'theme';
  /** One per month of `months`. */
  cells: CoverageCellState[];
  /** Over the whole cycle. */
  state: 'audited' | 'planned' | 'gap';
  /** e.g. "31 of 37 controls audited". */
  detail: string;
}

export interface CoverageHeatMapView {
  macro: 'coverageHeatMap';
  cycle: { start: string; end: string };
  /** `YYYY-MM`, the cycle's months in order. */
  months: string[];
  rows: CoverageHeatMapRow[];
  totals: { audited: number; planned: number; gap: number };
}

export interface CaAgeingItem {
  correctiveActionId: string;
  title: string;
  grade: FindingGrade | null;
  state: string;
  openedOn: string;
  ageDays: number;
  dueDate: string | null;
  overdue: boolean;
  daysOverdue: number;
  ownerName: string | null;
  issueKey: string | null;
}

export interface CaAgeingView {
  macro: 'caAgeing';
  today: string;
  buckets: Array<{ label: string; minDays: number; maxDays: number | null }>;
  /** Per grade, the count of open actions in each bucket (same order as `buckets`). */
  grid: Array<{ grade: 'majorNC' | 'minorNC' | 'other'; counts: number[] }>;
  /** Open actions, the overdue ones first (most overdue first), then oldest first. */
  items: CaAgeingItem[];
}

/**
 * One audit's bar on the programme schedule, as the domain's schedule rule draws it; its note says
 * in words why it is late ("planned to end 2026-05-31, still in progress").
 */
export type ScheduleBar = ScheduleBarLine;

export interface ProgrammeScheduleView {
  macro: 'programmeSchedule';
  cycle: { start: string; end: string };
  today: string;
  months: string[];
  audits: ScheduleBar[];
}

export interface TrendChartView {
  macro: 'trendChart';
  period: FiguresPeriod;
  /** `YYYY-Qn` in order. */
  quarters: string[];
  findingsByGrade: Array<{ quarter: string } & Record<FindingGrade, number>>;
  closureTime: Array<{ quarter: string; closed: number; medianDays: number | null; p90Days: number | null }>;
  /**
   * What the config chose to show; the fields below are for the other choices. Optional, like them:
   * figures kept before the choice existed have none and read as `findingsByGrade`.
   */
  shows?: TrendShows;
  /** The cycles the quarters span, oldest first (one when the config gives its own period). */
  cycles?: Array<{ start: string; end: string }>;
  /** Findings per quarter by area or by clause/control group; null for the other views. */
  breakdown?: TrendBreakdown | null;
  caClosureTime?: QuarterCaClosure[];
  caEffectiveness?: QuarterCaEffectiveness[];
}

/** A block of a review input: a heading with paragraphs and/or a table. */
export interface ReviewInputSection {
  heading: string;
  paragraphs: string[];
  table: { columns: string[]; rows: string[][] } | null;
}

export interface ReviewInputView {
  macro: ReviewInputKind;
  clause: string;
  title: string;
  period: FiguresPeriod;
  reviewId: string | null;
  /** `store`: computed by the app; `entered`: the programme manager's entries; `mixed`: both. */
  source: 'store' | 'entered' | 'mixed';
  sections: ReviewInputSection[];
  /** The entered part's record version and last editor, when there is one. */
  entered: { version: number; updatedAt: string; updatedByName: string } | null;
}

export type MacroView =
  | KpiTilesView
  | FindingRegisterView
  | CoverageHeatMapView
  | CaAgeingView
  | ProgrammeScheduleView
  | TrendChartView
  | ReviewInputView;

/**
 * What a macro shows: its figures, or why it cannot show them (never a blank box): a config that
 * does not parse, a data source that is missing (no programme, no review), or no app role.
 */
export type MacroData =
  | { status: 'ready'; macro: MacroKind; computedAt: string; view: MacroView }
  | {
      status: 'unavailable';
      macro: MacroKind;
      /** What is missing, in words. */
      reason: string;
      /** What to do about it. */
      fix: string;
      problems: ConfigProblem[];
    };

export interface MacroChoices {
  audits: Array<{ id: string; title: string }>;
  areas: Array<{ id: string; name: string }>;
  reviews: Array<{ id: string; title: string; from: string; to: string }>;
  cycles: Array<{ start: string; end: string }>;
}

export interface PeriodFiguresView {
  month: string;
  incidents: number | null;
  incidentHoursToResolve: number | null;
  incidentsSource: 'recorded' | 'jql';
  incidentsJql: string | null;
  countedAt: string | null;
  trainingCompletionPct: number | null;
  note: string;
  version: number;
  updatedAt: string | null;
  updatedByName: string | null;
}

export interface ReviewDecisionView {
  id: string;
  number: number;
  /** Its 9.3.3 type (`other` for decisions recorded before types). */
  type: ReviewDecisionType;
  text: string;
  ownerId: string;
  ownerName: string;
  dueDate: string;
  recordedAt: string;
  /** Its Jira action issue (null before it is raised). */
  issue: TrackedIssueView | null;
}

export interface ReviewInputEntryView {
  kind: ReviewInputKind;
  summary: string;
  entries: ReviewInputEntry[];
  version: number;
  updatedAt: string | null;
  updatedByName: string | null;
}

export interface ManagementReviewSummary {
  id: string;
  title: string;
  from: string;
  to: string;
  heldOn: string | null;
  pageUrl: string | null;
  decisions: number;
  /** Top management signed the current version of the minutes. */
  minutesApproved: boolean;
}

export interface ManagementReviewView extends ManagementReviewSummary {
  version: number;
  previousReviewId: string | null;
  page: { pageId: string; spaceKey: string; version: number; title: string } | null;
  attendees: ReviewAttendee[];
  minutes: string;
  /** 9.3.2 a–g, then the organisation's standing items as they stood when the review was created. */
  agenda: AgendaItem[];
  /** Suitability, adequacy and effectiveness (signed with the minutes); null until recorded. */
  conclusion: ReviewConclusion | null;
  decisionList: ReviewDecisionView[];
  inputs: ReviewInputEntryView[];
  signatures: SignatureView[];
  createdBy: string;
  createdAt: string;
}

/** The programme's review plan and where the next management review stands today. */
export interface ReviewPlanView {
  plan: ReviewPlan;
  /** 0 before the programme manager first saves it (the plan is then the default). */
  version: number;
  updatedAt: string | null;
  updatedByName: string | null;
  /** Today in the programme's time zone, the day `due` was computed for. */
  today: string;
  /** The latest day a management review was held; null when none is recorded as held. */
  lastHeldOn: string | null;
  due: ReviewDue;
  /** "Management review due in N days", "… overdue by N days" or "No management review planned". */
  dueWords: string;
  /** The agenda the next review will be created with: 9.3.2 a–g, then the standing items. */
  agenda: AgendaItem[];
}

/** Review macros, the review registers as CSV and the monthly figures. */
export const reviewFigureResolvers = {
  getMacroData: resolver<MacroData>()({
    input: MacroConfigRequest,
    access: 'anyAppRole',
    summary: "A review macro's figures from the app's store (no Jira call), or why it cannot show them.",
  }),
  checkMacroConfig: resolver<{ problems: ConfigProblem[] }>()({
    input: MacroConfigRequest,
    access: 'anyAppRole',
    summary: "Check a macro's config before the panel saves it: every problem with its field.",
  }),
  listMacroChoices: resolver<MacroChoices>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'What a macro config panel offers: audits, areas, management reviews and cycles.',
  }),
  exportReviewCsv: resolver<FileDownload>()({
    input: z
      .object({
        register: z.enum(['findings', 'correctiveActions', 'kpiSeries', 'capaEffectiveness']),
        from: IsoDate.optional(),
        to: IsoDate.optional(),
        /** Only for `capaEffectiveness`: the saved query's rows instead of the whole report. */
        capaQuery: CapaQueryName.optional(),
      })
      .strict()
      .refine((input) => (input.from === undefined) === (input.to === undefined), {
        message: 'Give both ends of the period, or neither for the current cycle',
        path: ['to'],
      }),
    access: 'anyAppRole',
    summary: 'CSV of the finding or corrective-action register, the monthly KPI series or the CAPA report.',
  }),
  listPeriodFigures: resolver<{ figures: PeriodFiguresView[] }>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The monthly incident and training figures the programme manager recorded (or counted in Jira).',
  }),
  savePeriodFigures: resolver<PeriodFiguresView>()({
    input: z
      .object({
        month: FiguresMonth,
        expectedVersion,
        incidents: z.number().int().min(0, 'Incidents cannot be negative').nullable(),
        incidentHoursToResolve: z.number().min(0, 'Hours cannot be negative').max(100000).nullable(),
        incidentsJql: z.string().trim().max(2000).nullable().default(null),
        trainingCompletionPct: z.number().min(0, 'At least 0%').max(100, 'At most 100%').nullable(),
        note: z.string().trim().max(2000).default(''),
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary: "Record one month's security incidents, time to resolve and training completion.",
  }),
  countIncidentsInJira: resolver<PeriodFiguresView>()({
    input: z
      .object({
        month: FiguresMonth,
        expectedVersion,
        jql: z.string().trim().min(1, 'Write the JQL that finds the month’s incidents').max(2000),
      })
      .strict(),
    access: ['programmeManager'],
    summary:
      "Count one month's incidents with a JQL search as the caller and record the count (macros never call Jira).",
  }),
} as const;
