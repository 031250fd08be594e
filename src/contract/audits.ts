import { z } from 'zod';
import { resolver, reason, accountId, expectedVersion, auditId, requiredReason, cycleStart } from './resolverSpec';
import { AuditPlanContent } from '../domain/audits/auditPlan';
import { EvidenceContent } from '../domain/audits/evidence';
import { FindingContent } from '../domain/audits/finding';
import { AuditState, CheckResult } from '../domain/audits/auditState';
import { ClosingMeetingContent, MeetingContent } from '../domain/audits/auditSteps';
import type { ClosingMeeting, PlanAcknowledgement } from '../domain/audits/auditSteps';
import { IsoDate } from '../domain/calendar/calendarDate';
import type { AuditRecord, ChecklistEntry } from '../domain/audits/auditPlan';
import type { EvidenceRecord } from '../domain/audits/evidence';
import type { FindingRecord } from '../domain/audits/finding';
import type { ImpartialityOverrideRecord } from '../domain/audits/impartialityOverrideRecord';
import type { CompetenceCheck } from '../domain/auditors/competence';
import type { ImpartialityConflict } from '../domain/auditors/impartiality';
import type { OwnershipConflict } from '../domain/auditors/ownership';
import type { TeamRole } from '../domain/auditors/teamRoles';
import type { ReportIntegrity } from '../domain/reports/reportIntegrity';
import type { SignatureView } from './signing';

/** An audit as lists show it. */
export interface AuditSummary {
  id: string;
  version: number;
  title: string;
  state: AuditRecord['state'];
  areaIds: string[];
  areaNames: string[];
  plannedStart: string;
  plannedEnd: string;
  leadAuditorId: string | null;
  leadAuditorName: string | null;
  /** Planned end passed and not reported yet. */
  late: boolean;
  /** Days past the planned end while late, else 0. */
  daysLate: number;
  findings: number;
  planPage: AuditRecord['planPage'];
  origin: AuditRecord['origin'];
  /**
   * The audit report as last recorded (no Confluence call per audit in lists): whether it is approved
   * or was found changed after approval, and a link to its page. Null before a report exists.
   */
  report?: { integrity: ReportIntegrity; pageUrl: string | null } | null;
  /** The approved dates (the baseline), present only when the audit was moved after approval. */
  rescheduledFrom?: { plannedStart: string; plannedEnd: string };
}

export interface OverrideView {
  id: string;
  override: ImpartialityOverrideRecord;
  auditorName: string;
  approvedByName: string;
  areaName: string;
  /** The override only lifts the conflict once this signature exists and is current. */
  signature: SignatureView | null;
}

export interface ChecklistLineView extends ChecklistEntry {
  title: string;
  guidance: string;
}

export interface AssignmentCheckView {
  accountId: string;
  name: string;
  role: 'lead' | 'team';
  /** Their place on the team: lead auditor, auditor, technical expert or trainee/observer. */
  teamRole: TeamRole;
  /** Why the person's app roles do not allow this place in the team (a lead needs leadAuditor), or null. */
  roleProblem: string | null;
  /**
   * Fit for their own place: `reasons` (certificate, lead qualification, evaluation) block; their
   * `uncoveredItems` only inform, as the team covers the scope together (`teamUncoveredItems`).
   */
  competence: CompetenceCheck;
  /** Conflicts before overrides, and those still blocking after signed overrides. */
  conflicts: ImpartialityConflict[];
  blockingConflicts: ImpartialityConflict[];
  /** Scope lines whose SoA control or ISMS process they own, before and after signed overrides. */
  ownership: OwnershipConflict[];
  blockingOwnership: OwnershipConflict[];
  /** Scope lines no one on the team (lead, auditors, technical experts) is competent for: the same on every row. */
  teamUncoveredItems: string[];
}

/** The audit's steps (approval, acknowledgements, meetings) and what its next move still needs. */
export interface AuditStepsView {
  /** Fieldwork began before the steps were required: no acknowledgement or meetings are asked of it. */
  startedBeforeStepsRequired: boolean;
  /** A signature approves the plan as it stands (signed on or after the plan's last change). */
  planApproved: boolean;
  /** `current`: given for the plan as it stands (not before its last change). */
  acknowledgements: Array<PlanAcknowledgement & { name: string; current: boolean }>;
  notAcknowledged: Array<{ accountId: string; name: string }>;
  fieldworkStartedOn: string | null;
  openingMeeting: (Omit<ClosingMeeting, 'positions'> & { attendeeNames: string[] }) | null;
  closingMeeting: (ClosingMeeting & { attendeeNames: string[] }) | null;
  reportApproved: boolean;
  /** The step the next forward move misses, in plain words; null when nothing is missing. */
  nextStepMissing: string | null;
  /** While reporting: what the steps still need before the report can be approved. */
  reportBlockers: string[];
  /** What the caller may record here (the resolvers check again). */
  can: {
    /** An auditee named on the plan, while the audit is planned. */
    acknowledge: boolean;
    /** The lead or a programme manager, during fieldwork and reporting until the report is approved. */
    recordMeetings: boolean;
    reviseFindings: boolean;
  };
}

export interface AuditView extends AuditSummary {
  audit: AuditRecord;
  programmeId: string;
  checklist: ChecklistLineView[];
  assignments: AssignmentCheckView[];
  overrides: OverrideView[];
  people: Record<string, string>;
  steps: AuditStepsView;
  /** What the caller may do here (the resolvers check again). */
  can: {
    editPlan: boolean;
    move: boolean;
    recordResults: boolean;
    publish: boolean;
    override: boolean;
  };
}

export interface FindingView {
  id: string;
  version: number;
  finding: FindingRecord;
  itemTitle: string;
  areaName: string;
  auditTitle: string;
  raisedByName: string;
  isRepeat: boolean;
  /** Withdrawn before the report was approved (kept, never deleted). */
  withdrawn: boolean;
  /** Each correction, regrade or withdrawal in plain words, oldest first. */
  history: string[];
}

export interface EvidenceView {
  id: string;
  evidence: EvidenceRecord;
  collectedByName: string;
  /** Confluence pages only: the page's current version, and whether its body differs from the one collected. */
  currentVersion: number | null;
  /** null when it could not be checked (not a page, or the page is gone or hidden). */
  changedSinceCollected: boolean | null;
  checkNote: string | null;
}

export interface PublishOutcome {
  pageId: string;
  version: number;
  title: string;
  spaceKey: string;
  url: string | null;
  created: boolean;
}

/** Audits: plans, states, checklists, findings, evidence and the published plan. */
export const auditResolvers = {
  listAudits: resolver<{ audits: AuditSummary[] }>()({
    input: z.object({ cycleStart }).strict(),
    access: 'anyAppRole',
    summary: "A cycle's audits in date order, with the late ones marked.",
  }),
  getAudit: resolver<AuditView>()({
    input: z.object({ auditId }).strict(),
    access: 'anyAppRole',
    summary: 'One audit: plan, checklist with guidance, assignment checks (competence, impartiality), overrides.',
  }),
  saveAuditPlan: resolver<AuditView>()({
    input: z
      .object({
        auditId: auditId.optional(),
        cycleStart: IsoDate.optional(),
        expectedVersion,
        plan: AuditPlanContent,
        reason,
      })
      .strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: 'Create (no auditId; cycleStart names the programme) or change an audit plan; assignments are checked.',
  }),
  cancelAudit: resolver<{ cancelled: true }>()({
    input: z.object({ auditId, expectedVersion, reason: requiredReason }).strict(),
    access: ['programmeManager'],
    summary: 'Remove a planned audit from the schedule (only while planned), with the reason in the trail.',
  }),
  moveAudit: resolver<AuditView>()({
    input: z
      .object({
        auditId,
        to: z.enum(AuditState.options, {
          error: 'Choose the state to move the audit to: planned, in progress, reporting or closed',
        }),
        expectedVersion,
        reason,
      })
      .strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: 'Move an audit through planned → in progress → reporting → closed under the state rules.',
  }),
  overrideImpartiality: resolver<AuditView>()({
    input: z
      .object({
        auditId,
        auditorId: accountId,
        /** The area of an owner's or member's conflict, or (`itemId`) the scope line of an owned control or process. */
        areaId: z.string().min(1).max(64).optional(),
        itemId: z.string().min(1).max(64).optional(),
        justification: z.string().trim().min(1).max(2000),
        passphrase: z.string().min(1, 'Enter your signing passphrase').max(256),
      })
      .strict()
      .refine((o) => (o.areaId === undefined) !== (o.itemId === undefined), {
        message: 'Name either the area or the scope line the override is for',
        path: ['areaId'],
      }),
    access: ['programmeManager'],
    summary:
      'Let one auditor audit one area (or one scope line whose control or process they own) despite a conflict: a justification signed as impartialityOverride.',
  }),
  saveChecklistLine: resolver<AuditView>()({
    input: z
      .object({
        auditId,
        itemId: z.string().min(1).max(16),
        result: CheckResult.nullable(),
        note: z.string().trim().max(5000).default(''),
        expectedVersion,
        finding: FindingContent.optional(),
      })
      .strict(),
    access: ['leadAuditor', 'auditor'],
    summary: 'Record a checklist result; a nonconformity needs its finding (existing, or sent with the line).',
  }),
  recordFinding: resolver<FindingView>()({
    input: z.object({ auditId, finding: FindingContent }).strict(),
    access: ['leadAuditor', 'auditor'],
    summary: 'Record a graded finding on an audit in progress or reporting; repeats are flagged.',
  }),
  listFindings: resolver<{ findings: FindingView[] }>()({
    input: z.object({ auditId: auditId.optional() }).strict(),
    access: 'anyAppRole',
    summary: 'Findings of one audit, or all findings, newest first, with repeats flagged.',
  }),
  collectEvidence: resolver<EvidenceView>()({
    input: z.object({ auditId, evidence: EvidenceContent }).strict(),
    access: ['leadAuditor', 'auditor'],
    summary: "Record evidence; a Confluence page is read as the caller and its body's SHA-256 kept.",
  }),
  listEvidence: resolver<{ evidence: EvidenceView[] }>()({
    input: z.object({ auditId }).strict(),
    access: 'anyAppRole',
    summary: "An audit's evidence, each Confluence page checked for changes since it was collected.",
  }),
  acknowledgeAuditPlan: resolver<AuditView>()({
    input: z.object({ auditId, expectedVersion, note: z.string().trim().max(2000).default('') }).strict(),
    // Auditees are often staff without an app role: the use case admits only those the plan names.
    access: 'anyone',
    summary:
      'An auditee named on the plan acknowledges the approved plan before fieldwork (only the auditees it names).',
  }),
  recordAuditMeeting: resolver<AuditView>()({
    input: z.discriminatedUnion('meeting', [
      z.object({ auditId, expectedVersion, meeting: z.literal('opening'), content: MeetingContent }).strict(),
      z.object({ auditId, expectedVersion, meeting: z.literal('closing'), content: ClosingMeetingContent }).strict(),
    ]),
    access: ['programmeManager', 'leadAuditor'],
    summary:
      "Record the opening or closing meeting: date, attendees, points raised; at closing, each finding's position.",
  }),
  reviseFinding: resolver<FindingView>()({
    input: z
      .object({
        findingId: z.string().trim().min(1).max(191),
        expectedVersion,
        change: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('revise'), content: FindingContent }).strict(),
          z.object({ kind: z.literal('withdraw') }).strict(),
        ]),
        reason: requiredReason,
      })
      .strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary:
      'Correct, regrade or withdraw a finding with a reason before its report is approved; earlier versions kept.',
  }),
  publishAuditPlan: resolver<PublishOutcome>()({
    input: z.object({ auditId, replaceEditedPage: z.boolean().default(false) }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: 'Write the plan to its Confluence page in the ISMS space (updated, never duplicated).',
  }),
} as const;
