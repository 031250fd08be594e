import { z } from 'zod';
import { resolver, expectedVersion, auditId, recordId, issueKey } from './resolverSpec';
import {
  CorrectionStep,
  ExtentStep,
  ImplementationStep,
  PlanStep,
  RootCauseStep,
} from '../domain/actions/correctiveAction';
import { VerificationResult } from '../domain/actions/caVerification';
import type { CorrectiveActionView, IssueContextView, OverdueItem } from './jira';

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
} as const;
