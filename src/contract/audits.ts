import { z } from 'zod';
import { resolver, reason, accountId, expectedVersion, auditId, requiredReason, cycleStart } from './resolverSpec';
import { AuditPlanContent } from '../domain/audits/auditPlan';
import { EvidenceContent } from '../domain/audits/evidence';
import { FindingContent } from '../domain/audits/finding';
import { AuditState, CheckResult } from '../domain/audits/auditState';
import { IsoDate } from '../domain/calendar/calendarDate';
import {
  type AuditSummary,
  type AuditView,
  type EvidenceView,
  type FindingView,
  type PublishOutcome,
} from './programme';

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
} as const;
