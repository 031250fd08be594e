import { z } from 'zod';
import { AppRole, type Access } from '../domain/access/appRole';
import { ProgrammeSettings } from '../domain/programme/programmeSettings';
import { SignatureMeaning } from '../domain/signing/signatureMeaning';
import { Passphrase } from '../domain/signing/passphrasePolicy';
import type { TrailVerdict } from '../domain/trail/verifyTrail';
import { AuditableArea } from '../domain/programme/auditableArea';
import type { CatalogueItem } from '../domain/catalogue/catalogueItem';
import { AuditorCompetence } from '../domain/programme/auditorRecord';
import { AuditProgramme } from '../domain/programme/auditProgramme';
import { AuditPlanContent } from '../domain/programme/auditPlan';
import { EvidenceContent } from '../domain/programme/evidence';
import { FindingContent } from '../domain/programme/finding';
import { SoaEntry } from '../domain/programme/soa';
import { AuditState, CheckResult } from '../domain/programme/rules/auditState';
import { IsoDate } from '../domain/programme/rules/dates';
import {
  CorrectionStep,
  ExtentStep,
  ImplementationStep,
  PlanStep,
  RootCauseStep,
} from '../domain/actions/correctiveAction';
import { VerificationResult } from '../domain/actions/caVerification';
import { JiraSettings } from '../domain/jira/jiraSettings';
import { TrackedSubject } from '../domain/jira/trackedIssue';
import type { AreaView } from './areas';
import type {
  CorrectiveActionView,
  IssueContextView,
  JiraIssuePick,
  JiraSettingsCheck,
  JiraSettingsView,
  OverdueItem,
  RaiseJobView,
  TrackedIssueView,
} from './jira';
import type {
  AuditorView,
  AuditSummary,
  AuditView,
  CoverageView,
  CsvImportOutcome,
  EvidenceView,
  FileDownload,
  FindingView,
  ProgrammeView,
  PublishOutcome,
  ScheduleProposalView,
  SoaView,
} from './programme';
import type { RecordExport, TrailPage } from './records';
import type { AuditReportView } from './reports';
import type {
  ConfigProblem,
  MacroChoices,
  MacroData,
  ManagementReviewSummary,
  ManagementReviewView,
  PeriodFiguresView,
} from './review';
import { MacroConfigRequest } from './review';
import { ReviewAttendee } from '../domain/review/managementReview';
import { EnteredInputKind, ReviewInputEntry } from '../domain/review/reviewInputs';
import { FiguresMonth } from '../domain/review/periodFigures';
import type { PassphraseReset, SignatureView, SigningStatus } from './signing';

/**
 * The resolver contract: one row per resolver with its zod input schema, who may call it, and its
 * output type. The entry layer parses with `input` and checks `access`; the UI's typed client and
 * the sandbox's `GET /sandbox/contract` are generated from this same table.
 */
interface ResolverSpec<Input extends z.ZodType, Output> {
  input: Input;
  access: Access;
  summary: string;
  /** Phantom member: carries the output type for the typed client. Never read at run time. */
  output?: Output;
}

function resolver<Output>() {
  return <Input extends z.ZodType>(spec: Omit<ResolverSpec<Input, Output>, 'output'>) =>
    spec as ResolverSpec<Input, Output>;
}

const reason = z.string().trim().min(1).max(2000).optional();
const accountId = z.string().trim().min(1, 'Enter an Atlassian account id').max(128);
const expectedVersion = z.number().int().min(0);
const recordRef = { recordType: z.string().min(1).max(64), recordId: z.string().min(1).max(191) };
const isoDateTime = z.iso.datetime({ offset: true });
const auditId = z.string().trim().min(1).max(191);
const requiredReason = z.string().trim().min(1, 'Say why').max(2000);
const recordId = z.string().trim().min(1).max(191);
const issueKey = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_]+-[1-9][0-9]*$/, 'A Jira issue key such as NC-12');
/** One step of a corrective action after the correction, named by `step`. */
const CorrectiveActionStepInput = z.discriminatedUnion('step', [
  RootCauseStep.extend({ step: z.literal('rootCause') }).strict(),
  ExtentStep.extend({ step: z.literal('extent') }).strict(),
  PlanStep.extend({ step: z.literal('plan') }).strict(),
  ImplementationStep.extend({ step: z.literal('implementation') }).strict(),
]);
/** A CSV file's text: 2 MB is far beyond 93 SoA lines or a few hundred areas. */
const csvText = z.string().min(1, 'The file is empty').max(2_000_000, 'The file is larger than 2 MB');
/** Which cycle: its first day; the one containing today (programme time zone) when left out. */
const cycleStart = IsoDate.optional();
const trailFilter = {
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(191).optional(),
  actor: z.string().max(128).optional(),
  action: z.enum(['create', 'update', 'delete']).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
};

export interface Session {
  accountId: string;
  displayName: string;
  roles: AppRole[];
  isSiteAdmin: boolean;
  /** True when this call made the caller the programme's first programme manager. */
  becameFirstProgrammeManager: boolean;
}

export interface VersionedSettings {
  settings: ProgrammeSettings;
  /** 0 while the defaults have never been saved. Send it back as `expectedVersion`. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  /** The display name of `updatedBy`, for people reading the page (Part 11: printed name). */
  updatedByName: string | null;
}

export interface RoleAssignment {
  accountId: string;
  displayName: string;
  roles: AppRole[];
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export const resolverContract = {
  getSession: resolver<Session>()({
    input: z.object({}).strict(),
    access: 'anyone',
    summary: 'Who is calling and which app roles they hold; makes the first site admin programme manager.',
  }),
  getProgrammeSettings: resolver<VersionedSettings>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The programme settings with their version.',
  }),
  updateProgrammeSettings: resolver<VersionedSettings>()({
    input: z
      .object({
        settings: ProgrammeSettings,
        expectedVersion,
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary: 'Save the programme settings (optimistic: expectedVersion must be the version read).',
  }),
  listRoleAssignments: resolver<{ assignments: RoleAssignment[]; passphraseResets: PassphraseReset[] }>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'Every account that holds an app role; for a programme manager also the recent passphrase resets.',
  }),
  setUserRoles: resolver<RoleAssignment>()({
    input: z
      .object({
        accountId,
        roles: z.array(AppRole).max(6),
        expectedVersion,
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary: "Replace one account's app roles (the last programme manager cannot be removed).",
  }),
  verifyAuditTrail: resolver<TrailVerdict>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary:
      'Walk the hash-chained audit trail, check it reaches its anchor and that every record matches it; name each break.',
  }),
  listAuditTrail: resolver<TrailPage>()({
    input: z
      .object({
        ...trailFilter,
        afterSeq: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    access: 'anyAppRole',
    summary: 'Trail entries matching a filter (record, user, action, date range), oldest first, paged.',
  }),
  exportAuditTrail: resolver<{ fileName: string; mimeType: string; content: string; entries: number }>()({
    input: z.object({ ...trailFilter, format: z.enum(['csv', 'json']) }).strict(),
    access: 'anyAppRole',
    summary: 'The filtered trail as a CSV or JSON file.',
  }),
  exportProgrammeRecord: resolver<RecordExport>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: "The programme's complete record: records, signatures, trail and the trail's verdict.",
  }),
  getSigningStatus: resolver<SigningStatus>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'Whether the caller has a signing passphrase, and whether signing is locked.',
  }),
  setSigningPassphrase: resolver<SigningStatus>()({
    input: z.object({ newPassphrase: Passphrase, currentPassphrase: z.string().max(256).optional() }).strict(),
    access: 'anyAppRole',
    summary: "Set or change the caller's signing passphrase (changing needs the current one).",
  }),
  resetSigningPassphrase: resolver<{ reset: true }>()({
    input: z
      .object({ accountId, reason: z.string().trim().min(1, 'Say why the passphrase is reset').max(2000) })
      .strict(),
    access: ['programmeManager'],
    summary: "Reset someone's signing passphrase; they must set a new one. In the trail with the reason.",
  }),
  signRecord: resolver<SignatureView>()({
    input: z
      .object({
        ...recordRef,
        recordVersion: z.number().int().min(1),
        meaning: SignatureMeaning,
        passphrase: z.string().min(1, 'Enter your signing passphrase').max(256),
      })
      .strict(),
    access: 'anyAppRole',
    summary: 'Sign one version of a record with a meaning; identity from the platform plus the passphrase.',
  }),
  listAuditableAreas: resolver<{ areas: AreaView[] }>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'Every auditable area with its owner, members, risk and the clauses and controls it carries.',
  }),
  saveAuditableArea: resolver<AreaView>()({
    input: z
      .object({ id: z.string().min(1).max(64).optional(), expectedVersion, area: AuditableArea, reason })
      .strict(),
    access: ['programmeManager'],
    summary: 'Create an area (no id) or change one (expectedVersion must be the version read).',
  }),
  getCatalogue: resolver<{ items: CatalogueItem[] }>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The ISO/IEC 27001:2022 clauses and Annex A controls with our audit guidance.',
  }),
  getStatementOfApplicability: resolver<SoaView>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The Statement of Applicability: one line per Annex A control, with its version and approval.',
  }),
  saveSoaEntry: resolver<SoaView>()({
    input: z.object({ entry: SoaEntry, expectedVersion, reason }).strict(),
    access: ['programmeManager'],
    summary: "Change one control's SoA line (a new SoA version; an approved SoA needs a reason).",
  }),
  exportStatementOfApplicability: resolver<FileDownload>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The SoA as a CSV file (the import format).',
  }),
  importStatementOfApplicability: resolver<SoaView & { outcome: CsvImportOutcome }>()({
    input: z.object({ csv: csvText, expectedVersion, reason }).strict(),
    access: ['programmeManager'],
    summary: 'Replace SoA lines from a CSV file: all lines or none; every wrong cell is named by line and column.',
  }),
  exportAuditableAreas: resolver<FileDownload>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The auditable areas as a CSV file (the import format).',
  }),
  importAuditableAreas: resolver<{ areas: AreaView[]; outcome: CsvImportOutcome }>()({
    input: z.object({ csv: csvText, reason }).strict(),
    access: ['programmeManager'],
    summary: 'Create or update areas (matched by name) from a CSV file: all rows or none.',
  }),
  getAuditProgramme: resolver<ProgrammeView>()({
    input: z.object({ cycleStart }).strict(),
    access: 'anyAppRole',
    summary: "A cycle's audit programme: objectives, criteria, methods, responsibilities, reporting, policy.",
  }),
  saveAuditProgramme: resolver<ProgrammeView>()({
    input: z
      .object({
        cycleStart: IsoDate,
        programme: AuditProgramme.omit({ cycleStart: true, cycleLengthMonths: true }),
        expectedVersion,
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary: 'Create or change the programme of the cycle starting on cycleStart.',
  }),
  proposeSchedule: resolver<ScheduleProposalView>()({
    input: z.object({ cycleStart }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: "The risk-based schedule the programme's frequency policy proposes for a cycle (nothing is saved).",
  }),
  adoptProposedSchedule: resolver<{ created: AuditSummary[]; alreadyScheduled: number }>()({
    input: z.object({ cycleStart: IsoDate }).strict(),
    access: ['programmeManager'],
    summary: 'Create a planned audit for every proposed one not yet scheduled (safe to repeat).',
  }),
  getCoverage: resolver<CoverageView>()({
    input: z.object({ cycleStart }).strict(),
    access: 'anyAppRole',
    summary: "A cycle's coverage: audited, planned and gap per clause and applicable control, and what will be missed.",
  }),
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
    input: z.object({ auditId, to: AuditState, expectedVersion, reason }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: 'Move an audit through planned → in progress → reporting → closed under the state rules.',
  }),
  overrideImpartiality: resolver<AuditView>()({
    input: z
      .object({
        auditId,
        auditorId: accountId,
        areaId: z.string().min(1).max(64),
        justification: z.string().trim().min(1).max(2000),
        passphrase: z.string().min(1, 'Enter your signing passphrase').max(256),
      })
      .strict(),
    access: ['programmeManager'],
    summary: 'Let one auditor audit one area despite a conflict: a justification signed as impartialityOverride.',
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
  publishAuditPlan: resolver<PublishOutcome>()({
    input: z.object({ auditId, replaceEditedPage: z.boolean().default(false) }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: 'Write the plan to its Confluence page in the ISMS space (updated, never duplicated).',
  }),
  listAuditors: resolver<{ auditors: AuditorView[] }>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The auditor register: domains, certificates (with expiry warnings), training, evaluations.',
  }),
  saveAuditor: resolver<AuditorView>()({
    input: z.object({ accountId, expectedVersion, competence: AuditorCompetence, reason }).strict(),
    access: ['programmeManager'],
    summary: 'Add someone to the auditor register or change their competence record.',
  }),
  recordAuditorEvaluation: resolver<AuditorView>()({
    input: z
      .object({
        accountId,
        auditId,
        rating: z.number().int().min(1, 'Rate 1 to 5').max(5, 'Rate 1 to 5'),
        comment: z.string().trim().min(1, 'Say what went well and what to improve').max(2000),
        expectedVersion,
      })
      .strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: "Evaluate an auditor's work on a reported or closed audit they were on.",
  }),
  listSignatures: resolver<{ signatures: SignatureView[] }>()({
    input: z.object(recordRef).strict(),
    access: 'anyAppRole',
    summary: 'The signatures of a record, each current or superseded by a change, with its binding checked.',
  }),
  getJiraSettings: resolver<JiraSettingsView>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary:
      "How findings become Jira issues: projects, issue types, statuses, due-date policy, and what the projects can't do.",
  }),
  checkJiraSettings: resolver<JiraSettingsCheck>()({
    input: z.object({ settings: JiraSettings }).strict(),
    access: ['programmeManager'],
    summary: 'Check a Jira configuration against the live projects and show the due dates it gives, without saving.',
  }),
  saveJiraSettings: resolver<JiraSettingsView>()({
    input: z.object({ settings: JiraSettings, expectedVersion, reason }).strict(),
    access: ['programmeManager'],
    summary: "Save the Jira configuration; refused with the field named when the projects can't satisfy it.",
  }),
  raiseFindingIssues: resolver<RaiseJobView>()({
    input: z.object({ auditId, findingIds: z.array(recordId).min(1).max(1000).optional() }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: "Raise Jira issues for one audit's findings (all without an issue, or those named) in a queued job.",
  }),
  getRaiseJob: resolver<RaiseJobView>()({
    input: z.object({ jobId: recordId }).strict(),
    access: 'anyAppRole',
    summary: 'A raise job’s progress: done, failed (with each message) and remaining.',
  }),
  listRaiseJobs: resolver<{ jobs: RaiseJobView[] }>()({
    input: z.object({ auditId: auditId.optional() }).strict(),
    access: 'anyAppRole',
    summary: 'Raise jobs, newest first (the page finds a running one after a reload).',
  }),
  listTrackedIssues: resolver<{ issues: TrackedIssueView[] }>()({
    input: z.object({ auditId: auditId.optional(), subject: TrackedSubject.optional() }).strict(),
    access: 'anyAppRole',
    summary: 'Findings and corrective actions with their Jira issues, states and last known Jira status.',
  }),
  searchJiraIssues: resolver<{ issues: JiraIssuePick[] }>()({
    input: z
      .object({ query: z.string().trim().min(1, 'Type an issue key, words of its summary, or JQL').max(1000) })
      .strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: 'Find Jira issues to link, by key, summary words or JQL, as the caller (their permissions).',
  }),
  linkFindingIssue: resolver<TrackedIssueView>()({
    input: z.object({ findingId: recordId, issueKey }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: 'Link a finding to an existing Jira issue the caller may edit, instead of raising a new one.',
  }),
  unlinkFindingIssue: resolver<TrackedIssueView>()({
    input: z.object({ findingId: recordId, reason: requiredReason }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: "Unlink a finding's Jira issue; the history keeps it, and the finding can be raised or linked again.",
  }),
  openCorrectiveAction: resolver<CorrectiveActionView>()({
    input: z
      .object({
        findingIds: z.array(recordId).min(1, 'Choose at least one finding').max(50),
        title: z.string().trim().min(1, 'Give the action a title').max(255),
        correction: CorrectionStep,
      })
      .strict(),
    access: ['programmeManager', 'leadAuditor', 'auditee'],
    summary: 'Open a corrective action for one or more nonconformities, with its correction; raises its Jira issue.',
  }),
  recordCorrectiveActionStep: resolver<CorrectiveActionView>()({
    input: z.object({ correctiveActionId: recordId, expectedVersion, step: CorrectiveActionStepInput }).strict(),
    access: ['programmeManager', 'leadAuditor', 'auditee'],
    summary: 'Record the next step (root cause, extent, plan, implementation); Jira follows through transitions.',
  }),
  verifyCorrectiveAction: resolver<CorrectiveActionView>()({
    input: z
      .object({
        correctiveActionId: recordId,
        expectedVersion,
        result: VerificationResult,
        note: z.string().trim().min(1, 'Say what you checked and what you found').max(5000),
        passphrase: z.string().min(1, 'Enter your signing passphrase').max(256),
      })
      .strict(),
    access: ['programmeManager', 'leadAuditor', 'auditor'],
    summary: 'Record a signed effectiveness verification (meaning verified); effective closes, not effective re-plans.',
  }),
  getCorrectiveAction: resolver<CorrectiveActionView>()({
    input: z.object({ correctiveActionId: recordId }).strict(),
    access: 'anyAppRole',
    summary: 'One corrective action: its steps, verifications with signatures, Jira issue and overdue state.',
  }),
  listCorrectiveActions: resolver<{ actions: CorrectiveActionView[] }>()({
    input: z.object({ auditId: auditId.optional(), findingId: recordId.optional() }).strict(),
    access: 'anyAppRole',
    summary: 'Corrective actions, of one audit or finding or all, open ones first.',
  }),
  listOverdue: resolver<{ today: string; items: OverdueItem[] }>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'Overdue corrective-action plans and actions with their age in days, oldest first.',
  }),
  getIssueContext: resolver<IssueContextView>()({
    input: z.object({ issueKey }).strict(),
    access: 'anyAppRole',
    summary: 'The issue panel: the audit context and corrective actions behind a Jira issue the caller may see.',
  }),
  generateAuditReport: resolver<AuditReportView>()({
    input: z.object({ auditId, replaceEditedPage: z.boolean().default(false) }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary:
      "Generate (or bring up to date) the audit's report page in the ISMS space; never overwrites an approved one.",
  }),
  getAuditReport: resolver<AuditReportView>()({
    input: z.object({ auditId }).strict(),
    access: 'anyAppRole',
    summary: 'The audit report: its page, approval and whether the page changed after approval (checked now).',
  }),
  saveAuditReportContent: resolver<AuditReportView>()({
    input: z
      .object({
        auditId,
        expectedVersion,
        conclusion: z.string().trim().min(1, 'Write the conclusion on the effectiveness of the ISMS').max(10000),
        distribution: z.array(z.string().trim().min(1, 'A recipient cannot be blank').max(200)).max(50),
      })
      .strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: "The lead auditor's conclusion on ISMS effectiveness and the distribution list; the page follows.",
  }),
  approveAuditReport: resolver<AuditReportView>()({
    input: z
      .object({
        auditId,
        expectedVersion,
        passphrase: z.string().min(1, 'Enter your signing passphrase').max(256),
      })
      .strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary:
      'The lead auditor approves the report page as it is now, with a signature (meaning approved); it is frozen.',
  }),
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
        register: z.enum(['findings', 'correctiveActions', 'kpiSeries']),
        from: IsoDate.optional(),
        to: IsoDate.optional(),
      })
      .strict()
      .refine((input) => (input.from === undefined) === (input.to === undefined), {
        message: 'Give both ends of the period, or neither for the current cycle',
        path: ['to'],
      }),
    access: 'anyAppRole',
    summary: 'CSV of the finding register, the corrective-action register or the monthly KPI series.',
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
  createManagementReview: resolver<ManagementReviewView>()({
    input: z
      .object({
        title: z.string().trim().min(1, 'Give the review a title').max(200),
        from: IsoDate,
        to: IsoDate,
      })
      .strict()
      .refine((input) => input.from <= input.to, { message: 'The period ends before it starts', path: ['to'] }),
    access: ['programmeManager'],
    summary: 'Create a management review for a period: its record and its Confluence page from the review template.',
  }),
  listManagementReviews: resolver<{ reviews: ManagementReviewSummary[] }>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'Management reviews, newest period first.',
  }),
  getManagementReview: resolver<ManagementReviewView>()({
    input: z.object({ reviewId: recordId }).strict(),
    access: 'anyAppRole',
    summary: 'One management review: meeting record, entered inputs, decisions with their Jira issues, signatures.',
  }),
  saveReviewMeeting: resolver<ManagementReviewView>()({
    input: z
      .object({
        reviewId: recordId,
        expectedVersion,
        heldOn: IsoDate.nullable(),
        attendees: z.array(ReviewAttendee).max(50),
        minutes: z.string().trim().max(20000, 'The minutes are at most 20,000 characters'),
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary: 'Record when the review was held, who attended and the minutes (a change after signing needs a reason).',
  }),
  saveReviewInput: resolver<ManagementReviewView>()({
    input: z
      .object({
        reviewId: recordId,
        kind: EnteredInputKind,
        expectedVersion,
        summary: z.string().trim().max(5000).default(''),
        entries: z.array(ReviewInputEntry).max(100),
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary: 'The programme manager’s entries for one 9.3.2 input of a review (versioned, in the trail).',
  }),
  addReviewDecision: resolver<ManagementReviewView>()({
    input: z
      .object({
        reviewId: recordId,
        text: z.string().trim().min(1, 'Write the decision').max(2000),
        ownerId: accountId,
        dueDate: IsoDate,
      })
      .strict(),
    access: ['programmeManager', 'topManagement'],
    summary: 'Record a decision of the review with its owner and due date.',
  }),
  raiseReviewDecisions: resolver<{ jobId: string }>()({
    input: z.object({ reviewId: recordId }).strict(),
    access: ['programmeManager', 'topManagement'],
    summary: "Raise the review's decisions as Jira action issues (the exactly-once raising path of findings).",
  }),
} as const;

export type ResolverContract = typeof resolverContract;
export type ResolverName = keyof ResolverContract;
export type ResolverInput<K extends ResolverName> = z.input<ResolverContract[K]['input']>;
export type ParsedInput<K extends ResolverName> = z.output<ResolverContract[K]['input']>;
export type ResolverOutput<K extends ResolverName> = NonNullable<ResolverContract[K]['output']>;
