import { independenceProblems } from '../../domain/actions/independence';
import type { RefusedTransition } from '../../domain/jira/refusedTransition';
import { hasIssue, trackedIssueId, type TrackedSubject } from '../../domain/jira/trackedIssue';
import type { JiraIssueSnapshot } from '../../ports/jira';
import { signaturesOf } from '../signing/signatures';
import type { AppServices } from '../services';
import { verificationsOf } from './actionRecords';
import { savedJiraSettings } from '../jira/savedSettings';
import { findingGradeTitles } from '../../domain/audits/finding';
import { mayCloseWithoutAction, type JiraSettings } from '../../domain/jira/jiraSettings';
import { findingClosureOf, openActionNames } from './findingClosureOf';
import { kindOf } from '../../domain/actions/correctiveAction';

export interface GateVerdict {
  result: boolean;
  errorMessage?: string;
}

const allow: GateVerdict = { result: true };
const refuse = (errorMessage: string): GateVerdict => ({ result: false, errorMessage });

/** The trail's name for the gate: it runs as the app, for no caller. */
const gateActor = 'app:verification-gate';

/**
 * The records the issue's `iso27001-audit` property names that the store does not map to this
 * issue (no tracked issue, or one with another key). Any Jira user who may edit the issue can set
 * its properties — and the workflow condition reads them — so the property is a claim to check,
 * never a fact: the store's mapping is the truth.
 */
async function disagreementsOf(services: AppServices, issue: JiraIssueSnapshot): Promise<string[]> {
  const named: Array<[TrackedSubject, string | null | undefined]> = [
    ['finding', issue.audit?.findingId],
    ['correctiveAction', issue.audit?.correctiveActionId],
    ['reviewDecision', issue.audit?.reviewDecisionId],
  ];
  const disagreeing: string[] = [];
  for (const [subject, subjectId] of named) {
    if (!subjectId) continue;
    const id = trackedIssueId(subject, subjectId);
    const tracked = await services.store.get('trackedIssue', id);
    if (tracked?.record.issue?.key !== issue.key || !hasIssue(tracked.record.state)) disagreeing.push(id);
  }
  return disagreeing;
}

/** Refuses the transition and keeps the attempt: append-only, in the trail like a signing attempt. */
async function refuseForged(
  services: AppServices,
  issue: JiraIssueSnapshot,
  toStatusId: string,
  disagreeing: string[],
): Promise<GateVerdict> {
  const message =
    `${issue.key} cannot close: its audit property names ${disagreeing.join(', ')}, which the audit app does not ` +
    'hold for this issue. The property was changed outside the app; the attempt is recorded.';
  const now = services.clock.now();
  const record: RefusedTransition = {
    issueKey: issue.key,
    toStatusId,
    at: now.toISOString(),
    property: {
      auditId: issue.audit?.auditId ?? null,
      findingId: issue.audit?.findingId ?? null,
      correctiveActionId: issue.audit?.correctiveActionId ?? null,
      reviewDecisionId: issue.audit?.reviewDecisionId ?? null,
    },
    disagreeing: disagreeing.slice(0, 3),
    message,
  };
  await services.store.apply({
    entity: 'refusedTransition',
    id: services.ids.newId('refused-transition'),
    before: null,
    after: record,
    actor: gateActor,
    at: now,
  });
  return refuse(message);
}

/**
 * A nonconformity's issue closes only when the app's one rule (findingClosure) says the finding is
 * closed: every corrective action verified effective, or a signed exemption. Otherwise the
 * refusal says, in a Jira user's words, what is missing and where to do it.
 */
async function findingVerdict(
  services: AppServices,
  issueKey: string,
  findingId: string,
  settings: JiraSettings,
): Promise<GateVerdict> {
  const { closure, actions } = await findingClosureOf(services, findingId);
  if (closure.closed) return allow;
  const names = await openActionNames(services, actions);
  if (names.length > 0) {
    const its = names.length === 1 ? 'its corrective action' : 'its corrective actions';
    const are = names.length === 1 ? 'is' : 'are';
    return refuse(`${issueKey} cannot close: ${its} ${names.join(', ')} ${are} not yet verified effective`);
  }
  const stored = await services.store.get('finding', findingId);
  const grade = stored?.record.content.grade ?? 'majorNC';
  if (mayCloseWithoutAction(settings.dueDates[grade])) {
    return refuse(
      `${issueKey} has no corrective action; a programme manager may record in the audit app that none is needed (Exempt from corrective action)`,
    );
  }
  return refuse(
    `${issueKey} has no corrective action: a ${findingGradeTitles[grade]} closes only when its corrective action is verified effective in the audit app`,
  );
}

/**
 * The workflow validator's decision on one transition of one issue (run as the app: there is no
 * caller). Only a transition into a mapped "closed" status is guarded: the CA's (settings.statuses)
 * and the NC's (settings.nonconformityStatuses).
 *
 * The validator is the control, not the `verified-effective-condition`: that condition only reads
 * issue properties, which anyone who may edit the issue can set, so it merely hides the transition
 * from people who have not tried to forge it. Here the store decides: (1) an issue whose audit
 * property names a record the store does not map to it is refused, and the attempt recorded in the
 * trail; (2) one of the app's findings needs to be closed by the app's rule (findingVerdict);
 * (3) one of the app's corrective actions needs its latest verification to be effective,
 * signed (meaning `verified`, binding intact, by the verifier) and by someone who is neither the
 * implementer nor the issue's assignee now. The Jira issue is read afresh.
 */
export async function closingVerdict(
  services: AppServices,
  transition: { issueKey: string; toStatusId: string },
): Promise<GateVerdict> {
  const settings = await savedJiraSettings(services);
  if (!settings) return allow;
  const jira = services.jira.asApp();
  const issue = await jira.getIssue(transition.issueKey);
  if (!issue) return allow;
  const project = await jira.project(issue.projectKey);
  const target = project?.statuses.find((s) => s.id === transition.toStatusId);
  // A target the app cannot name is treated as closing: refusing wrongly is safer than closing unverified.
  const closes = (closedName: string) => !target || target.name.toLowerCase() === closedName.toLowerCase();
  const closesAction = closes(settings.statuses.closed);
  const closesFinding = closes(settings.nonconformityStatuses.closed);
  if (!closesAction && !closesFinding) return allow;

  const disagreeing = await disagreementsOf(services, issue);
  if (disagreeing.length > 0) return refuseForged(services, issue, transition.toStatusId, disagreeing);
  const mapped = (await services.store.listBy('trackedIssue', 'issueKey', issue.key)).filter((t) =>
    hasIssue(t.record.state),
  );
  const finding = mapped.find((t) => t.record.subject === 'finding');
  if (finding && closesFinding) return findingVerdict(services, issue.key, finding.record.subjectId, settings);
  const tracked = mapped.find((t) => t.record.subject === 'correctiveAction');
  if (!tracked || !closesAction) return allow;
  // An improvement action (10.1) has no verification: it closes when the app has recorded it done.
  const action = await services.store.get('correctiveAction', tracked.record.subjectId);
  if (action && kindOf(action.record) === 'improvement') {
    return action.record.state === 'closed'
      ? allow
      : refuse(`${issue.key} is an improvement action: it closes when its implementation is recorded in the audit app`);
  }

  const latest = (await verificationsOf(services, tracked.record.subjectId)).at(-1);
  const needs = `${issue.key} needs an effective verification signed in the audit app by someone who is neither the implementer nor the assignee`;
  if (!latest) return refuse(`${needs}: it has no verification yet`);
  const v = latest.record;
  if (v.result !== 'effective') {
    return refuse(`${needs}: the latest verification (round ${v.round}) found the action not effective`);
  }
  const { signatures } = await signaturesOf(services, { recordType: 'caVerification', recordId: latest.id });
  const signed = signatures.some(
    (s) => s.meaning === 'verified' && s.signerAccountId === v.verifierId && s.status === 'current' && s.bindingIntact,
  );
  if (!signed) return refuse(`${needs}: the latest verification (round ${v.round}) is not signed`);
  const problems = independenceProblems({
    verifierId: v.verifierId,
    implementerId: v.implementerId,
    assigneeId: issue.assigneeId,
  });
  if (problems.includes('implementer')) return refuse(`${needs}: it was verified by the implementer`);
  if (problems.includes('assignee')) return refuse(`${needs}: it was verified by the assignee`);
  return allow;
}
