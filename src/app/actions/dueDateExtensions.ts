import type { CorrectiveActionView } from '../../contract/actions';
import type { ParsedInput } from '../../contract/resolvers';
import { extensionRequestProblem, type DueDateExtensionRecord } from '../../domain/actions/dueDateExtension';
import { conflict, forbidden, invalidInput, notFound } from '../../domain/failure';
import { expectVersion } from '../expectVersion';
import type { AppServices, Caller } from '../services';
import { checkSigner } from '../signing/credentials';
import { requireSigningRole, writeSignature } from '../signing/signatures';
import { actionDates } from './actionDates';
import { isSignedBy } from '../signing/signedRecord';
import { mayWorkOn } from './actionAccess';
import { loadAction } from './actionRecords';
import { planDueDateToJira } from './correctiveActions';
import { findingsOf, toActionView, viewContext } from './actionViews';

/** While an action waits for its plan's approval or its implementation, its due date can move. */
const extendable = new Set(['planApproval', 'implementation']);

/**
 * Asks for a later due date for a corrective action, with a justification (whoever may work the
 * action). Nothing changes until a programme manager approves it with a signature.
 */
export async function requestDueDateExtension(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'requestDueDateExtension'>,
): Promise<CorrectiveActionView> {
  const context = await viewContext(services, caller);
  const stored = await loadAction(services, input.correctiveActionId);
  expectVersion(stored, input.expectedVersion, 'The corrective action');
  const action = stored.record;
  const findings = await findingsOf(context, action.findingIds);
  const areas = await Promise.all(findings.map((f) => context.area(f.content.areaId)));
  if (!mayWorkOn(caller.accountId, context.roles, areas)) {
    throw forbidden('Only whoever may work on this corrective action may ask for more time');
  }
  if (!action.plan || !extendable.has(action.state)) {
    throw conflict('Only a planned action that is not yet implemented can have its due date extended');
  }
  const dates = await actionDates(services, context, stored, findings);
  const problem = extensionRequestProblem({
    toDate: input.toDate,
    currentDueDate: dates.controlledDueDate ?? action.plan.dueDate,
    today: context.today,
    pending: dates.extensions.some((e) => e.record.decision === null),
  });
  if (problem) throw invalidInput('toDate', problem);
  const now = services.clock.now();
  const record: DueDateExtensionRecord = {
    correctiveActionId: stored.id,
    fromDate: dates.controlledDueDate ?? action.plan.dueDate,
    toDate: input.toDate,
    justification: input.justification,
    requestedBy: caller.accountId,
    requestedAt: now.toISOString(),
    decision: null,
  };
  await services.store.apply({
    entity: 'dueDateExtension',
    id: services.ids.newId('extension'),
    before: null,
    after: record,
    actor: caller.accountId,
    at: now,
    reason: input.justification,
  });
  return toActionView(services, context, stored);
}

/**
 * A programme manager who did not ask for it approves (signed, meaning `approved`) or refuses (with
 * a reason) an extension. An approval moves the controlled due date, and Jira's `duedate` with it.
 * A retry after a crash between the decision and its signature finishes the signature.
 */
export async function decideDueDateExtension(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'decideDueDateExtension'>,
): Promise<CorrectiveActionView> {
  const now = services.clock.now();
  const context = await viewContext(services, caller);
  const stored = await services.store.get('dueDateExtension', input.extensionId);
  if (!stored) throw notFound(`There is no due-date extension ${input.extensionId}`);
  await requireSigningRole(services, caller, 'dueDateExtension', 'approved');
  const extension = stored.record;
  if (extension.requestedBy === caller.accountId) {
    throw forbidden('You asked for this extension: another programme manager decides it');
  }
  const approving = input.decision === 'approved';
  const unsignedApproval =
    extension.decision?.result === 'approved' &&
    extension.decision.by === caller.accountId &&
    !(await isSignedBy(
      services,
      { recordType: 'dueDateExtension', recordId: stored.id },
      'approved',
      caller.accountId,
    ));
  if (extension.decision !== null && !(approving && unsignedApproval)) {
    throw conflict(`This extension was already ${extension.decision.result} on ${extension.decision.at.slice(0, 10)}`);
  }
  if (!unsignedApproval) expectVersion(stored, input.expectedVersion, 'The extension');
  if (!approving && input.note.trim() === '') throw invalidInput('note', 'Say why the extension is refused');
  const action = await loadAction(services, extension.correctiveActionId);
  if (!unsignedApproval && (!extendable.has(action.record.state) || !action.record.plan)) {
    throw conflict('The action is no longer waiting for its implementation: the extension can only be refused');
  }
  const version = unsignedApproval ? stored.version : stored.version + 1;
  const signer = approving
    ? await checkSigner(
        services,
        caller,
        { recordType: 'dueDateExtension', recordId: stored.id, recordVersion: version, meaning: 'approved' },
        input.passphrase ?? '',
        now,
      )
    : null;
  const decided = unsignedApproval
    ? stored
    : await services.store.apply({
        entity: 'dueDateExtension',
        id: stored.id,
        before: stored,
        after: {
          ...extension,
          decision: { result: input.decision, by: caller.accountId, at: now.toISOString(), note: input.note },
        },
        actor: caller.accountId,
        at: now,
        reason: input.note || `Extension to ${extension.toDate} ${input.decision}`,
      });
  if (!decided) throw new Error('decideDueDateExtension: the store returned no record for a write');
  if (signer) {
    await writeSignature(services, signer, decided);
    await planDueDateToJira(services, action.id, extension.toDate);
  }
  return toActionView(services, context, action);
}
