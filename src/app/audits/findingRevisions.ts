import type { FindingView } from '../../contract/audits';
import type { ParsedInput } from '../../contract/resolvers';
import { invalidInput, notFound } from '../../domain/failure';
import { revisedFinding, revisionBlocker, revisionKind } from '../../domain/audits/findingRevision';
import { hasIssue, trackedIssueId } from '../../domain/jira/trackedIssue';
import { isRaiseUnderWay } from '../../domain/jira/trackedIssueHistory';
import { expectVersion } from '../expectVersion';
import type { AppServices, Caller } from '../services';
import { loadAuditFor } from '../access/auditAccess';
import { toView, viewNames } from './findings';
import { reportIsApproved } from './stepFacts';

/** A Jira issue exists for the finding, or is being raised: its content went out already. */
async function hasJiraIssue(services: AppServices, findingId: string): Promise<boolean> {
  const tracked = await services.store.get('trackedIssue', trackedIssueId('finding', findingId));
  if (!tracked) return false;
  return hasIssue(tracked.record.state) || isRaiseUnderWay(tracked.record, tracked.updatedAt, services.clock.now());
}

/**
 * Corrects, regrades or withdraws an internal-audit finding with a reason, before its report is
 * approved (ISO 19011 6.4.9: findings are reviewed before the closing meeting and report). The
 * audit's lead or a programme manager decides; the finding keeps its earlier content and the
 * trail its every version. New content stays within the audit's scope and areas.
 */
export async function reviseFinding(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'reviseFinding'>,
): Promise<FindingView> {
  const stored = await services.store.get('finding', command.findingId);
  if (!stored) throw notFound(`There is no finding ${command.findingId}`);
  const finding = stored.record;
  if (finding.auditId === null) {
    throw invalidInput(
      'findingId',
      `${command.findingId} is not an internal-audit finding: it is changed at its source`,
    );
  }
  const audit = await loadAuditFor(services, caller, finding.auditId, 'manage');
  const { plan, checklist, state } = audit.record;
  expectVersion(stored, command.expectedVersion, `The finding ${stored.id}`);
  const blocker = revisionBlocker({
    title: plan.title,
    auditState: state,
    reportApproved: await reportIsApproved(services, audit.id),
    withdrawn: finding.withdrawn === true,
    hasJiraIssue: await hasJiraIssue(services, stored.id),
    reason: command.reason,
  });
  if (blocker) throw invalidInput(blocker.startsWith('Give the reason') ? 'reason' : 'findingId', blocker);
  const { change } = command;
  if (change.kind === 'revise') {
    if (!checklist.some((line) => line.itemId === change.content.itemId)) {
      throw invalidInput('change.content.itemId', `${change.content.itemId} is not in the scope of "${plan.title}"`);
    }
    if (!plan.areaIds.includes(change.content.areaId)) {
      throw invalidInput(
        'change.content.areaId',
        `The area ${change.content.areaId} is not audited by "${plan.title}"`,
      );
    }
  }
  const kind = revisionKind(finding.content, change);
  if (kind === null) throw invalidInput('change.content', 'The finding already reads so: nothing to change');
  const at = services.clock.now();
  const saved = await services.store.apply({
    entity: 'finding',
    id: stored.id,
    before: stored,
    after: revisedFinding(finding, change, { reason: command.reason, by: caller.accountId, at: at.toISOString() }),
    actor: caller.accountId,
    at,
    reason: `Finding ${kind}: ${command.reason}`,
  });
  if (!saved) throw new Error('reviseFinding: the store returned no record for a write');
  return toView(viewNames(services), saved);
}
