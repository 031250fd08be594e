import type { CorrectiveActionView } from '../../contract/actions';
import type { ParsedInput } from '../../contract/resolvers';
import { actionKindProblem, nextState, openingState } from '../../domain/actions/caLifecycle';
import {
  kindOf,
  openedAction,
  otherPlacesProblem,
  type CorrectiveActionRecord,
} from '../../domain/actions/correctiveAction';
import { Failure, forbidden, invalidInput } from '../../domain/failure';
import { findingGradeTitles, type FindingRecord } from '../../domain/audits/finding';
import type { AuditableArea } from '../../domain/areas/auditableArea';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices, Caller } from '../services';
import { mayWorkOn } from './actionAccess';
import { actionAwaiting } from './actionRequest';
import { loadAction, saveCorrectiveAction } from './actionRecords';
import { issueOf } from '../jira/trackedIssues';
import { toActionView, viewContext, type ViewContext } from './actionViews';
import { alignActionIssue } from '../jira/actionIssueStatus';
import { actionDates } from './actionDates';
import { planDueDateProblem } from '../../domain/actions/dueDateExtension';
import { closeFindingIssuesOf } from './findingIssueStatus';
import { checkOtherPlaces, openActionsForOtherPlaces } from './improvementOtherPlaces';
import { storeNewAction } from './improvementNewAction';
import { improvementDoneToJira } from './improvementToJira';

async function findingsFor(services: AppServices, context: ViewContext, findingIds: readonly string[]) {
  const findings: StoredRecord<FindingRecord>[] = [];
  for (const [index, id] of [...new Set(findingIds)].entries()) {
    const finding = await context.finding(id);
    if (!finding) throw invalidInput(`findingIds.${index}`, `There is no finding ${id}`);
    findings.push(finding);
  }
  return findings;
}

/** The area of each finding, in order; null where the area no longer exists (it is nobody's own). */
async function areasOf(context: ViewContext, findings: readonly StoredRecord<FindingRecord>[]) {
  return Promise.all(findings.map((f) => context.area(f.record.content.areaId)));
}

const existing = (areas: readonly (AuditableArea | null)[]) => areas.filter((a): a is AuditableArea => a !== null);

function requireWorker(context: ViewContext, areas: readonly (AuditableArea | null)[]) {
  if (!mayWorkOn(context.caller.accountId, context.roles, areas)) {
    throw forbidden(
      'Only a programme manager, a lead auditor, or an auditee who owns or works in the area of every one of its findings may work on this corrective action',
    );
  }
}

/**
 * Opens a corrective action (ISO 27001 10.2) for one or more findings, with the correction that
 * contained the problem, then queues its Jira issue through the one raising path. With `kind:
 * 'improvement'` it opens an improvement action (10.1) for observations or OFIs instead: the
 * same record and raising path, its "correction" being the improvement sought, starting at its plan.
 */
export async function openCorrectiveAction(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'openCorrectiveAction'>,
): Promise<CorrectiveActionView> {
  const context = await viewContext(services, caller);
  const kind = input.kind ?? 'corrective';
  const findings = await findingsFor(services, context, input.findingIds);
  for (const [index, finding] of findings.entries()) {
    const problem = actionKindProblem(kind, finding.record.content.grade);
    if (problem) throw invalidInput(`findingIds.${index}`, problem);
  }
  requireWorker(context, await areasOf(context, findings));

  const now = services.clock.now();
  const id = services.ids.newId('ca');
  const action = openedAction({
    findingIds: findings.map((f) => f.id),
    // A nonconformity from outside an audit (an inspection, a complaint) adds no audit.
    auditIds: [...new Set(findings.flatMap((f) => (f.record.auditId === null ? [] : [f.record.auditId])))],
    title: input.title,
    kind,
    state: openingState(kind),
    correction: { ...input.correction, by: caller.accountId, at: now.toISOString() },
  });
  const saved = await storeNewAction(services, context, { id, action, at: now });
  return toActionView(services, context, saved);
}

async function isKnownPerson(services: AppServices, accountId: string, areas: readonly AuditableArea[]) {
  if (areas.some((a) => a.ownerId === accountId || a.memberIds.includes(accountId))) return true;
  if (await services.store.get('userRoles', accountId)) return true;
  const name = await services.directory.displayName(accountId);
  return name !== accountId && !name.startsWith('Unknown user');
}

/**
 * Records the step the action waits for: root cause → extent → plan → implementation. The
 * plan's owner must be a real person and its date not already past (programme time zone); the
 * implementation is attributed to the caller, who from then on may not verify it.
 */
export async function recordCorrectiveActionStep(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'recordCorrectiveActionStep'>,
): Promise<CorrectiveActionView> {
  const event = { kind: 'step' as const, step: input.step.step };
  const { context, stored, action } = await actionAwaiting(services, caller, input, event, 'step.step');
  const kind = kindOf(action);
  const findings = await findingsFor(services, context, action.findingIds);
  const areas = await areasOf(context, findings);
  requireWorker(context, areas);

  const now = services.clock.now();
  const recorded = { by: caller.accountId, at: now.toISOString() };
  const after: CorrectiveActionRecord = { ...action, state: nextState(action.state, event, kind) };
  let otherPlaces: Awaited<ReturnType<typeof checkOtherPlaces>> = [];
  switch (input.step.step) {
    case 'rootCause':
      after.rootCause = { method: input.step.method, text: input.step.text, ...recorded };
      break;
    case 'extent': {
      const problem = otherPlacesProblem(input.step);
      if (problem) throw invalidInput(`step.${problem.field}`, problem.message);
      otherPlaces = await checkOtherPlaces(services, context, input.step.otherPlaces ?? []);
      after.extent = { text: input.step.text, recurElsewhere: input.step.recurElsewhere, ...recorded };
      if (otherPlaces.length > 0) after.extent.otherPlaces = otherPlaces.map((p) => p.recorded);
      break;
    }
    case 'plan':
      if (!(await isKnownPerson(services, input.step.ownerId, existing(areas)))) {
        throw invalidInput('step.ownerId', `${input.step.ownerId} is not a person this site knows`);
      }
      {
        const { policyDate } = await actionDates(
          services,
          context,
          stored,
          findings.map((f) => f.record),
        );
        const problem = planDueDateProblem({
          dueDate: input.step.dueDate,
          today: context.today,
          policyDate: policyDate?.date ?? null,
          policyWords: policyDate ? findingGradeTitles[policyDate.grade] : '',
        });
        if (problem) throw invalidInput('step.dueDate', problem);
      }
      after.plan = {
        text: input.step.text,
        ownerId: input.step.ownerId,
        // Kept with the plan so pages that may not ask Jira (the CA ageing macro) print a name.
        ownerName: await services.directory.displayName(input.step.ownerId),
        dueDate: input.step.dueDate,
        ...recorded,
      };
      after.overdueNotifiedOn = null;
      break;
    case 'implementation': {
      const { consequences, ismsChanges } = input.step;
      after.implementation = {
        text: input.step.text,
        evidence: input.step.evidence,
        ...(consequences ? { consequences } : {}),
        ...(ismsChanges && ismsChanges.length > 0 ? { ismsChanges } : {}),
        ...recorded,
      };
      after.overdueNotifiedOn = null;
      // An improvement action is done when implemented (10.1): no verification gate.
      if (after.state === 'closed') after.closedAt = recorded.at;
      break;
    }
  }
  const saved = await saveCorrectiveAction(services, caller, {
    useCase: 'recordCorrectiveActionStep',
    stored,
    after,
    at: now,
  });
  if (input.step.step === 'plan') await planDueDateToJira(services, stored.id, input.step.dueDate, input.step.ownerId);
  if (kind === 'improvement' && saved.record.state === 'closed') await improvementDoneToJira(services, stored.id);
  await alignActionIssue(services, stored.id);
  // A closed improvement action may close its findings: their NC issues follow, as after a verification.
  if (saved.record.state === 'closed') await closeFindingIssuesOf(services, stored.id);
  // The extent is recorded first, so a repeated request is refused by its version before any
  // action is opened twice; then one action per place that asked for it.
  await openActionsForOtherPlaces(services, context, saved, otherPlaces);
  return toActionView(services, context, saved);
}

/**
 * The plan's (or an approved extension's) date becomes the CA issue's Jira `duedate`, so Jira's own
 * filters see it; a recorded plan also makes its owner the assignee, in the same call, so the
 * closing gate's "not the assignee" rule has someone to apply to.
 */
export async function planDueDateToJira(
  services: AppServices,
  correctiveActionId: string,
  dueDate: string,
  ownerId?: string,
) {
  const linked = await issueOf(services, 'correctiveAction', correctiveActionId);
  if (!linked) return;
  try {
    try {
      await services.jira
        .asApp()
        .updateIssue(linked.issue.key, { dueDate, ...(ownerId ? { assigneeId: ownerId } : {}) });
    } catch (error) {
      // A person Jira will not assign in the project must not cost the issue its due date.
      if (!ownerId || !(error instanceof Failure) || error.code !== 'invalid_input') throw error;
      console.warn(`recordCorrectiveActionStep: ${linked.issue.key} not assigned: ${error.message}`);
      await services.jira.asApp().updateIssue(linked.issue.key, { dueDate });
    }
  } catch (error) {
    // The store holds the plan; the reconciliation puts the date right on its next run.
    console.warn(`recordCorrectiveActionStep: due date of ${linked.issue.key} not set`, error);
  }
}

export async function getCorrectiveAction(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'getCorrectiveAction'>,
): Promise<CorrectiveActionView> {
  const context = await viewContext(services, caller);
  return toActionView(services, context, await loadAction(services, input.correctiveActionId));
}

const stateOrder: Record<CorrectiveActionRecord['state'], number> = {
  rootCause: 0,
  extent: 0,
  plan: 0,
  planApproval: 0,
  implementation: 0,
  verification: 0,
  closed: 1,
};

/** Corrective actions of one audit or finding (or all), open ones first, then oldest first. */
export async function listCorrectiveActions(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'listCorrectiveActions'>,
): Promise<{ actions: CorrectiveActionView[] }> {
  const context = await viewContext(services, caller);
  const all = await services.store.list('correctiveAction');
  const chosen = all
    .filter((a) => input.auditId === undefined || a.record.auditIds.includes(input.auditId))
    .filter((a) => input.findingId === undefined || a.record.findingIds.includes(input.findingId))
    .sort(
      (a, b) =>
        stateOrder[a.record.state] - stateOrder[b.record.state] || a.record.openedAt.localeCompare(b.record.openedAt),
    );
  return { actions: await Promise.all(chosen.map((a) => toActionView(services, context, a))) };
}
