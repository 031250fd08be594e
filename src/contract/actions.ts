import { z } from 'zod';
import type { FindingClosure } from '../domain/actions/findingClosure';
import { ExemptionReason } from '../domain/actions/ncExemption';
import { resolver, expectedVersion, auditId, recordId, issueKey } from './resolverSpec';
import {
  ActionKind,
  CorrectionStep,
  ExtentStep,
  ImplementationStep,
  PlanStep,
  RootCauseStep,
} from '../domain/actions/correctiveAction';
import { VerificationResult } from '../domain/actions/caVerification';
import { PlanApprovalTerms, type CaPlanApprovalRecord } from '../domain/actions/planApproval';
import { ExtensionDecision, ExtensionRequest, type DueDateExtensionRecord } from '../domain/actions/dueDateExtension';
import type { CaVerificationRecord } from '../domain/actions/caVerification';
import type { CorrectiveActionRecord } from '../domain/actions/correctiveAction';
import type { FindingGrade } from '../domain/audits/finding';
import type { SignatureView } from './signing';

export interface CaVerificationView {
  id: string;
  verification: CaVerificationRecord;
  verifierName: string;
  signature: SignatureView | null;
}

export interface CorrectiveActionView {
  id: string;
  version: number;
  action: CorrectiveActionRecord;
  findings: Array<{ id: string; title: string; grade: FindingGrade; auditTitle: string; issueKey: string | null }>;
  issueKey: string | null;
  issueUrl: string | null;
  ownerName: string | null;
  implementerName: string | null;
  verifications: CaVerificationView[];
  /**
   * Plan due (from the policy), action due (the controlled due date) or effectiveness check due
   * has passed without the step.
   */
  overdue: { kind: 'plan' | 'action' | 'check'; dueDate: string; daysOverdue: number } | null;
  /** The dates that control the action (see docs/jira.md "Controlled due dates"). */
  dates: {
    /** The latest implementation date the policy allows, and the grade that sets it. */
    policyDate: string | null;
    policyGrade: FindingGrade | null;
    /** The plan's date, or the latest signed approved extension's. */
    controlledDueDate: string | null;
    waitDays: number;
    check: { opensOn: string; dueOn: string } | null;
  };
  planApproval: {
    id: string;
    approval: CaPlanApprovalRecord;
    approverName: string;
    signature: SignatureView | null;
  } | null;
  extensions: Array<{
    id: string;
    version: number;
    extension: DueDateExtensionRecord;
    requesterName: string;
    deciderName: string | null;
    /** An approval counts only once signed. */
    signed: boolean;
  }>;
  /**
   * Later findings that repeat one this action answers (same item and area within 12 months),
   * raised on or after the day it was closed effective: its effectiveness is challenged (10.2 d).
   */
  challengedBy: Array<{ findingId: string; raisedOn: string }>;
  /** What the caller may do next (the panel shows only these forms). */
  may: {
    recordStep: boolean;
    verify: boolean;
    approvePlan: boolean;
    requestExtension: boolean;
    decideExtension: boolean;
  };
}

export interface OverdueItem {
  kind: 'plan' | 'action' | 'check';
  /** The finding (overdue plan) or corrective action (overdue action or effectiveness check). */
  subjectId: string;
  title: string;
  issueKey: string | null;
  dueDate: string;
  daysOverdue: number;
  ownerId: string | null;
  ownerName: string | null;
}

/** A finding after its signed exemption from corrective action. */
export interface FindingExemptionView {
  findingId: string;
  closure: FindingClosure;
  /** Its NC issue, when raised; null before. */
  issueKey: string | null;
  /** Why Jira did not follow to the NC closed status, when it did not (the exemption stands). */
  jiraNote: string | null;
}

/** Everything the Jira issue panel shows for one issue, filtered to what the viewer may see. */
export interface IssueContextView {
  issueKey: string;
  /** false: the issue is not one of the app's; the panel offers nothing more. */
  tracked: boolean;
  findings: Array<{
    id: string;
    grade: FindingGrade;
    itemId: string;
    itemTitle: string;
    guidance: string;
    requirement: string;
    evidence: string;
    gap: string;
    areaName: string;
    /** null for a nonconformity from outside an audit; `auditTitle` then names its source. */
    auditId: string | null;
    auditTitle: string;
    raisedOn: string;
    /** Evidence of the audit that points at pages or links, for the "evidence" list. */
    evidenceLinks: Array<{ label: string; url: string | null }>;
    /** The audit's plan page in Confluence, when published. */
    planPageUrl: string | null;
    /** Closed or not by the app's one rule (its actions verified effective, or a signed exemption). */
    closure: FindingClosure;
  }>;
  actions: CorrectiveActionView[];
  /** The caller's app roles, so the panel can explain what they cannot do. */
  roles: string[];
}

/** One step of a corrective action after the correction, named by `step`. */
const CorrectiveActionStepInput = z.discriminatedUnion('step', [
  RootCauseStep.extend({ step: z.literal('rootCause') }).strict(),
  ExtentStep.extend({ step: z.literal('extent') }).strict(),
  PlanStep.extend({ step: z.literal('plan') }).strict(),
  ImplementationStep.extend({ step: z.literal('implementation') }).strict(),
]);

/** Corrective actions (Findings & actions): steps, verification, overdue and the issue panel. */
export const actionResolvers = {
  openCorrectiveAction: resolver<CorrectiveActionView>()({
    input: z
      .object({
        findingIds: z.array(recordId).min(1, 'Choose at least one finding').max(50),
        title: z.string().trim().min(1, 'Give the action a title').max(255),
        correction: CorrectionStep,
        /** 'improvement': an improvement action (10.1) for observations or OFIs, closed when done; absent: corrective. */
        kind: ActionKind.optional(),
      })
      .strict(),
    access: ['programmeManager', 'leadAuditor', 'auditee'],
    summary:
      'Open a corrective action for one or more nonconformities, with its correction, or an improvement action for observations or OFIs; raises its Jira issue.',
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
  exemptFindingFromAction: resolver<FindingExemptionView>()({
    input: z
      .object({
        findingId: recordId,
        reason: ExemptionReason,
        passphrase: z.string().min(1, 'Enter your signing passphrase').max(256),
      })
      .strict(),
    access: ['programmeManager'],
    summary:
      'Record, signed (meaning closure), that a finding of a grade the policy allows (observation, OFI) needs no corrective action; its NC issue then closes.',
  }),
  approveCorrectiveActionPlan: resolver<CorrectiveActionView>()({
    input: PlanApprovalTerms.extend({
      correctiveActionId: recordId,
      expectedVersion,
      passphrase: z.string().min(1, 'Enter your signing passphrase').max(256),
    }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary:
      'Approve a corrective-action plan before implementation (signed, meaning approved), setting the effectiveness criteria and check date.',
  }),
  requestDueDateExtension: resolver<CorrectiveActionView>()({
    input: ExtensionRequest.extend({ correctiveActionId: recordId, expectedVersion }).strict(),
    access: ['programmeManager', 'leadAuditor', 'auditee'],
    summary: 'Ask for a later due date for a planned, unimplemented corrective action, with a justification.',
  }),
  decideDueDateExtension: resolver<CorrectiveActionView>()({
    input: z
      .object({
        extensionId: recordId,
        expectedVersion,
        decision: ExtensionDecision,
        note: z.string().trim().max(5000, 'The note is at most 5000 characters').default(''),
        passphrase: z.string().max(256).optional(),
      })
      .strict()
      .superRefine((input, ctx) => {
        if (input.decision === 'approved' && !input.passphrase) {
          ctx.addIssue({ code: 'custom', path: ['passphrase'], message: 'Enter your signing passphrase' });
        }
      }),
    access: ['programmeManager'],
    summary:
      'Approve (signed, meaning approved) or refuse (with a reason) a due-date extension someone else asked for.',
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
} as const;
