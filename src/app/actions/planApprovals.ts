import type { CorrectiveActionView } from '../../contract/actions';
import type { ParsedInput } from '../../contract/resolvers';
import { nextState } from '../../domain/actions/caLifecycle';
import type { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';
import { checkDueDateProblem, planApprovalIdFor, type CaPlanApprovalRecord } from '../../domain/actions/planApproval';
import { conflict, forbidden, invalidInput } from '../../domain/failure';
import type { StoredRecord } from '../../ports/recordStore';
import { alignActionIssue } from '../jira/actionIssueStatus';
import { assignPlanOwner } from '../jira/actionAssignee';
import type { AppServices, Caller } from '../services';
import { requireSigningRole } from '../signing/signatures';
import { writeSignedRecord } from '../signing/signedRecord';
import { actionDates } from './actionDates';
import { actionAwaiting } from './actionRequest';
import { saveCorrectiveAction } from './actionRecords';
import { findingsOf, toActionView } from './actionViews';

/**
 * The caller's approval of this very plan that a crash left unfinished (written, perhaps signed,
 * but the action not moved on), or null. Anyone else's unfinished record counts for nothing.
 */
async function unfinishedApproval(services: AppServices, caller: Caller, action: StoredRecord<CorrectiveActionRecord>) {
  const all = await services.store.listBy('caPlanApproval', 'correctiveActionId', action.id);
  const mine = all.find(
    (a) =>
      a.record.approverId === caller.accountId &&
      a.id !== action.record.planApprovalId &&
      a.record.approvedPlan.at === action.record.plan?.at,
  );
  const round = mine?.record.round ?? Math.max(0, ...all.map((a) => a.record.round)) + 1;
  return { existing: mine ?? null, round };
}

/**
 * A programme manager or lead auditor approves a corrective action's plan before implementation
 * starts (ISO 27001 10.2 c–d), and sets how and by when its effectiveness will be checked. Signed
 * with the meaning `approved`. The order keeps it safe without transactions, as verification does:
 * every check, the passphrase, the append-only approval, its signature, then the action moves on.
 */
export async function approveCorrectiveActionPlan(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'approveCorrectiveActionPlan'>,
): Promise<CorrectiveActionView> {
  const now = services.clock.now();
  const { context, stored, action } = await actionAwaiting(services, caller, input, { kind: 'planApproved' });
  await requireSigningRole(services, caller, 'caPlanApproval', 'approved');
  const plan = action.plan;
  if (!plan) throw new Error('plan approval without a plan');
  if (plan.ownerId === caller.accountId) {
    throw forbidden('You own this plan: another programme manager or lead auditor approves it');
  }
  const dates = await actionDates(services, context, stored, await findingsOf(context, action.findingIds));
  const problem = checkDueDateProblem({
    checkDueDate: input.checkDueDate,
    planDueDate: dates.controlledDueDate ?? plan.dueDate,
    waitDays: dates.waitDays,
  });
  if (problem) throw invalidInput('checkDueDate', problem);

  const { existing, round } = await unfinishedApproval(services, caller, stored);
  if (
    existing &&
    (existing.record.effectivenessCriteria !== input.effectivenessCriteria ||
      existing.record.checkDueDate !== input.checkDueDate)
  ) {
    // A signature binds what the signer meant: a retry finishes the stored approval only if it says the same.
    throw conflict(
      `Your unfinished approval says "${existing.record.effectivenessCriteria}", check by ${existing.record.checkDueDate}. Send that to finish it.`,
      'effectivenessCriteria',
    );
  }
  const id = existing?.id ?? planApprovalIdFor(stored.id, round);
  const record: CaPlanApprovalRecord = {
    correctiveActionId: stored.id,
    round,
    effectivenessCriteria: input.effectivenessCriteria,
    checkDueDate: input.checkDueDate,
    approverId: caller.accountId,
    approvedAt: now.toISOString(),
    approvedPlan: plan,
  };
  await writeSignedRecord(services, caller, {
    entity: 'caPlanApproval',
    id,
    record,
    existing,
    meaning: 'approved',
    passphrase: input.passphrase,
    at: now,
  });

  const saved = await saveCorrectiveAction(services, caller, {
    useCase: 'approveCorrectiveActionPlan',
    stored,
    after: { ...action, state: nextState(action.state, { kind: 'planApproved' }), planApprovalId: id },
    at: now,
    reason: `Plan approved; effectiveness check by ${input.checkDueDate}`,
  });
  await alignActionIssue(services, stored.id);
  // The approved plan's owner answers for it in Jira too (a plan recorded before its issue was raised had no issue to assign).
  await assignPlanOwner(services, stored.id);
  return toActionView(services, context, saved);
}
