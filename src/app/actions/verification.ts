import type { CorrectiveActionView } from '../../contract/actions';
import type { ParsedInput } from '../../contract/resolvers';
import { nextState } from '../../domain/actions/caLifecycle';
import { verificationIdFor, type CaVerificationRecord } from '../../domain/actions/caVerification';
import type { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';
import { independenceInWords } from '../../domain/actions/independence';
import { checkNotYetOpen } from '../../domain/actions/planApproval';
import { conflict, Failure, forbidden } from '../../domain/failure';
import { verificationPropertyKey } from '../../ports/jira';
import type { StoredRecord } from '../../ports/recordStore';
import { requireSigningRole } from '../signing/signatures';
import { writeSignedRecord } from '../signing/signedRecord';
import type { AppServices, Caller } from '../services';
import { actionAwaiting } from './actionRequest';
import { saveCorrectiveAction, verificationsOf } from './actionRecords';
import { issueOf } from '../jira/trackedIssues';
import { findingsOf, toActionView } from './actionViews';
import { verifierProblems } from './actionAccess';
import { actionDates } from './actionDates';
import { alignActionIssue } from '../jira/actionIssueStatus';
import { closeFindingIssuesOf } from './findingIssueStatus';

/**
 * The verification this request writes or finishes: the caller's own unfinished one of this
 * action (a crash between writing it and signing it, or between signing it and updating the
 * action), else a new round after every earlier one. Someone else's unsigned record counts for
 * nothing and never blocks the next verifier.
 */
async function roundFor(services: AppServices, caller: Caller, action: StoredRecord<CorrectiveActionRecord>) {
  const all = await verificationsOf(services, action.id);
  const unfinished = all.find(
    (v) => v.record.verifierId === caller.accountId && !action.record.verificationIds.includes(v.id),
  );
  const round = unfinished?.record.round ?? (all.at(-1)?.record.round ?? 0) + 1;
  return { existing: unfinished ?? null, round };
}

/**
 * The signed gate of ISO 27001 10.2 d: an independent person records whether the action worked
 * and signs it with the meaning `verified`. The order keeps it safe without transactions (as
 * impartiality overrides do): every check, then the passphrase, then the append-only record,
 * then its signature, then the action's new state; a retry of the same request completes a
 * crashed one. Jira follows afterwards and can never undo the store.
 */
export async function verifyCorrectiveAction(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'verifyCorrectiveAction'>,
): Promise<CorrectiveActionView> {
  const now = services.clock.now();
  const event = { kind: 'verified' as const, result: input.result };
  const { context, stored, action } = await actionAwaiting(services, caller, input, event);
  await requireSigningRole(services, caller, 'caVerification', 'verified');
  const implementerId = action.implementation?.by ?? null;
  if (!implementerId || !action.plan || !action.implementation) throw new Error('verification without implementation');
  // Only after the role check does the app read Jira for the caller (asApp bypasses permissions).
  const linked = await issueOf(services, 'correctiveAction', stored.id);
  const issue = linked ? await services.jira.asApp().getIssue(linked.issue.id) : null;
  const assigneeId = issue?.assigneeId ?? null;
  const findings = await findingsOf(context, action.findingIds);
  const areas = await Promise.all(findings.map((f) => context.area(f.content.areaId)));
  const problems = verifierProblems(caller.accountId, action, areas, assigneeId, await context.qualified());
  if (problems.length > 0) {
    throw forbidden(
      `You ${independenceInWords(problems)}: an independent, qualified person must verify its effectiveness`,
    );
  }
  const dates = await actionDates(services, context, stored, findings);
  const notYet = dates.check ? checkNotYetOpen(dates.check, context.today, dates.waitDays) : null;
  if (notYet) throw conflict(notYet);

  const { existing, round } = await roundFor(services, caller, stored);
  const id = verificationIdFor(stored.id, round);
  if (existing && (existing.record.result !== input.result || existing.record.note !== input.note)) {
    // A signature binds what the signer meant: a retry finishes the stored record only if it says the same.
    throw conflict(
      `Your unfinished verification of ${existing.record.verifiedAt} says "${existing.record.result}: ${existing.record.note}". Send that to finish it.`,
      'note',
    );
  }
  const record: CaVerificationRecord = {
    correctiveActionId: stored.id,
    round,
    result: input.result,
    note: input.note,
    verifierId: caller.accountId,
    implementerId,
    assigneeId,
    planOwnerId: action.plan.ownerId,
    verifiedAt: now.toISOString(),
    verifiedAction: { plan: action.plan, implementation: action.implementation },
  };
  const written = await writeSignedRecord(services, caller, {
    entity: 'caVerification',
    id,
    record,
    existing,
    meaning: 'verified',
    passphrase: input.passphrase,
    at: now,
    reason: input.note,
  });

  const effective = input.result === 'effective';
  const after: CorrectiveActionRecord = {
    ...action,
    state: nextState(action.state, { kind: 'verified', result: input.result }),
    verificationIds: [...action.verificationIds, id],
    ...(effective
      ? { closedAt: now.toISOString() }
      : { notEffectiveCount: action.notEffectiveCount + 1, plan: null, implementation: null, planApprovalId: null }),
  };
  const saved = await saveCorrectiveAction(services, caller, {
    useCase: 'verifyCorrectiveAction',
    stored,
    after,
    at: now,
    reason: `Effectiveness verification ${round}: ${input.result}`,
  });
  await verificationToJira(services, stored.id, written.record);
  return toActionView(services, context, saved);
}

/**
 * Tells Jira: the read-only `verification` field (what people see and search), the property the
 * workflow condition reads, then the status. Each is best effort: the signed record in the store
 * is what counts, and the gate re-checks it on every closing transition.
 */
async function verificationToJira(services: AppServices, correctiveActionId: string, v: CaVerificationRecord) {
  const linked = await issueOf(services, 'correctiveAction', correctiveActionId);
  if (linked) {
    const jira = services.jira.asApp();
    const verifier = await services.directory.displayName(v.verifierId);
    try {
      await jira.setAppFieldValue('verification', [linked.issue.id], {
        result: v.result,
        verifier,
        verifiedAt: v.verifiedAt,
      });
      await jira.setProperty(linked.issue.key, verificationPropertyKey, {
        result: v.result,
        verifierId: v.verifierId,
        implementerId: v.implementerId,
      });
    } catch (error) {
      if (!(error instanceof Failure)) throw error;
      console.warn(`verifyCorrectiveAction: Jira fields of ${linked.issue.key} not updated: ${error.message}`);
    }
  }
  await alignActionIssue(services, correctiveActionId);
  // The NC closes with its last action: its issue follows to the NC closed status, best effort.
  await closeFindingIssuesOf(services, correctiveActionId);
}
