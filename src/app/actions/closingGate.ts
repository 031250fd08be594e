import { independenceProblems } from '../../domain/actions/independence';
import { hasIssue } from '../../domain/jira/trackedIssue';
import { listSignatures } from '../signing/signatures';
import type { AppServices } from '../services';
import { verificationsOf } from './actionRecords';
import { savedJiraSettings } from '../jira/savedSettings';

export interface GateVerdict {
  result: boolean;
  errorMessage?: string;
}

const allow: GateVerdict = { result: true };
const refuse = (errorMessage: string): GateVerdict => ({ result: false, errorMessage });

/**
 * The workflow validator's decision on one transition of one issue (run as the app: there is no
 * caller). Only a transition into the mapped "closed" status of one of the app's corrective
 * actions is guarded: it needs the latest verification to be effective, signed (meaning
 * `verified`, binding intact, by the verifier) and by someone who is neither the implementer nor
 * the issue's assignee now. The Jira issue is read afresh; the store decides everything else.
 */
export async function closingVerdict(
  services: AppServices,
  transition: { issueKey: string; toStatusId: string },
): Promise<GateVerdict> {
  const tracked = (await services.store.listBy('trackedIssue', 'issueKey', transition.issueKey)).find(
    (t) => t.record.subject === 'correctiveAction' && hasIssue(t.record.state),
  );
  const settings = await savedJiraSettings(services);
  if (!tracked || !settings) return allow;
  const jira = services.jira.asApp();
  const issue = await jira.getIssue(transition.issueKey);
  if (!issue) return allow;
  const project = await jira.project(issue.projectKey);
  const target = project?.statuses.find((s) => s.id === transition.toStatusId);
  // A target the app cannot name is treated as closing: refusing wrongly is safer than closing unverified.
  if (target && target.name.toLowerCase() !== settings.statuses.closed.toLowerCase()) return allow;

  const latest = (await verificationsOf(services, tracked.record.subjectId)).at(-1);
  const needs = `${issue.key} needs an effective verification signed in the audit app by someone who is neither the implementer nor the assignee`;
  if (!latest) return refuse(`${needs}: it has no verification yet`);
  const v = latest.record;
  if (v.result !== 'effective') {
    return refuse(`${needs}: the latest verification (round ${v.round}) found the action not effective`);
  }
  const { signatures } = await listSignatures(services, { recordType: 'caVerification', recordId: latest.id });
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
