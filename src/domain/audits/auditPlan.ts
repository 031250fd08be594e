import { z } from 'zod';
import { CatalogueId } from '../catalogue/catalogue';
import { AuditState, CheckResult } from './auditState';
import { IsoDate } from '../calendar/calendarDate';
import { AuditSteps } from './auditSteps';
import { MemberRole } from '../auditors/teamRoles';
import { PlanDateChange, PlannedDates } from './scheduleBaseline';

const accountId = z.string().trim().min(1).max(128);
const text = (max = 5000) => z.string().trim().max(max).default('');
const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

/** One checklist line: a clause or control in scope, its result once examined, the auditor's notes. */
export const ChecklistEntry = z.object({
  itemId: CatalogueId,
  result: CheckResult.nullable().default(null),
  note: z.string().trim().max(5000).default(''),
});
export type ChecklistEntry = z.infer<typeof ChecklistEntry>;

/** What the planner writes: the plan's content (9.2.2 c–d), without its state and results. */
export const AuditPlanContent = z
  .object({
    title: z.string().trim().min(1, 'Give the audit a title').max(200),
    areaIds: z
      .array(z.string().min(1).max(64))
      .min(1, 'Choose at least one area')
      .max(50)
      .refine(unique, 'An area is listed twice'),
    /** Clauses and controls in scope; parent clauses stand for their sub-clauses (see expandScope). */
    itemIds: z
      .array(CatalogueId)
      .min(1, 'Choose at least one clause or control')
      .max(200)
      .refine(unique, 'A clause or control is listed twice'),
    objectives: text(),
    criteria: text(),
    methods: text(),
    resources: text(),
    leadAuditorId: accountId.nullable().default(null),
    teamIds: z.array(accountId).max(20).default([]).refine(unique, 'A team member is listed twice'),
    /** Each team member's place (auditor, technical expert, trainee); absent or silent: auditor. */
    teamRoles: z.record(accountId, MemberRole).optional(),
    auditeeIds: z.array(accountId).max(50).default([]).refine(unique, 'An auditee is listed twice'),
    plannedStart: IsoDate,
    /** Last planned day, inclusive. */
    plannedEnd: IsoDate,
  })
  .refine((plan) => plan.plannedStart <= plan.plannedEnd, {
    message: 'The planned end is before the planned start',
    path: ['plannedEnd'],
  })
  .refine((plan) => !plan.leadAuditorId || !plan.teamIds.includes(plan.leadAuditorId), {
    message: 'The lead auditor is listed in the team as well',
    path: ['teamIds'],
  })
  .refine((plan) => Object.keys(plan.teamRoles ?? {}).every((id) => plan.teamIds.includes(id)), {
    message: 'A team role is given to someone who is not on the team',
    path: ['teamRoles'],
  });
export type AuditPlanContent = z.infer<typeof AuditPlanContent>;
export type AuditPlanContentInput = z.input<typeof AuditPlanContent>;

/** Where the schedule came from: the risk-based proposal (with its reason) or the planner. */
export const AuditOrigin = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('proposed'),
    occurrence: z.number().int().min(1),
    occurrences: z.number().int().min(1),
    reason: z.string(),
  }),
  z.object({ kind: z.literal('manual') }),
]);

/** The Confluence page a plan was last published to. */
export const PublishedPage = z.object({
  pageId: z.string().min(1),
  spaceKey: z.string().min(1),
  /** The page version the app wrote last: a higher one on the site means someone edited it since. */
  version: z.number().int().min(1),
  title: z.string(),
  publishedAt: z.string(),
});
export type PublishedPage = z.infer<typeof PublishedPage>;

/**
 * An audit of the programme (the `audit` record): its plan, where it is in its life, its checklist
 * and where its plan is published. Findings, evidence and impartiality overrides are records of
 * their own that name the audit.
 */
export const AuditRecord = z.object({
  programmeId: z.string().min(1),
  plan: AuditPlanContent,
  state: AuditState,
  /** The day the audit reached reporting (for "completed on schedule"). */
  reportedOn: IsoDate.nullable().default(null),
  checklist: z.array(ChecklistEntry).default([]),
  origin: AuditOrigin,
  planPage: PublishedPage.nullable().default(null),
  /**
   * Acknowledgements and meetings (see auditSteps). Optional, so audits stored before the steps
   * existed read as before: `stepsOf` gives their empty steps.
   */
  steps: AuditSteps.optional(),
  /**
   * The planned dates at the programme's approval, stored once they were changed after it (see
   * scheduleBaseline); absent, the planned dates are the baseline, as for audits stored before.
   */
  baseline: PlannedDates.optional(),
  /** Each change of the planned dates after approval, with who, when and why. */
  dateChanges: z.array(PlanDateChange).optional(),
});
export type AuditRecord = z.infer<typeof AuditRecord>;
