import type { OverdueItem } from '../../contract/actions';
import { actionOverdue, checkOverdue, planOverdue } from '../../domain/actions/overdueRules';
import { datesOf, withSignedApprovals } from './actionDates';
import { findingDueDates } from '../../domain/jira/dueDates';
import { hasIssue, trackedIssueId } from '../../domain/jira/trackedIssue';
import type { AppServices, Caller } from '../services';
import { cycleContext } from '../programme/cycleContext';
import { savedJiraSettings } from '../jira/savedSettings';
import { findingTitle } from './actionViews';

/** An overdue item with what the sweep needs to mark and tell it (ids, not names). */
export interface OverdueFinding extends Omit<OverdueItem, 'ownerName'> {
  /** The record the sweep marks: the action itself, or null for a finding without a planned action. */
  correctiveActionId: string | null;
}

/**
 * Overdue plans, actions and effectiveness checks, read from the store alone (the system of
 * record), with their age in the programme's days. A plan is overdue for a nonconformity whose
 * policy plan date has passed and no action with a plan, raised in Jira or not; an action when its
 * controlled due date (plan, or approved extension) has passed unimplemented; a check when its due
 * day has passed unverified. Each table is read once, however many records there are.
 */
export async function overdueNow(services: AppServices): Promise<{ today: string; items: OverdueFinding[] }> {
  const { today, settings: programme } = await cycleContext(services);
  const settings = await savedJiraSettings(services);
  const [findings, actions, approvals, allExtensions] = await Promise.all([
    services.store.list('finding'),
    services.store.list('correctiveAction'),
    services.store.list('caPlanApproval'),
    services.store.list('dueDateExtension'),
  ]);
  const planned = new Set(actions.filter((a) => a.record.plan !== null).flatMap((a) => a.record.findingIds));
  const areaOwners = new Map((await services.store.list('auditableArea')).map((a) => [a.id, a.record.ownerId]));
  const items: OverdueFinding[] = [];
  if (settings) {
    for (const finding of findings) {
      const { content, raisedOn } = finding.record;
      const due = findingDueDates(settings, content.grade, raisedOn, programme.workingDays).plan;
      const late = planOverdue(due, planned.has(finding.id), today);
      if (!late) continue;
      items.push({
        kind: 'plan',
        subjectId: finding.id,
        title: findingTitle(finding.record),
        issueKey: null,
        ...late,
        ownerId: areaOwners.get(content.areaId) ?? null,
        correctiveActionId: null,
      });
    }
  }
  const findingById = new Map(findings.map((f) => [f.id, f.record]));
  const approvalById = new Map(approvals.map((a) => [a.id, a]));
  const policy = { settings, workingDays: programme.workingDays, timeZone: programme.timeZone };
  for (const action of actions) {
    const { state, planApprovalId, findingIds } = action.record;
    if (state === 'closed') continue;
    const own = allExtensions.filter((e) => e.record.correctiveActionId === action.id);
    const extensions = await withSignedApprovals(services, own);
    const dates = datesOf(
      policy,
      action.record,
      findingIds.map((id) => findingById.get(id)).filter((f) => f !== undefined),
      { extensions, planApproval: planApprovalId ? (approvalById.get(planApprovalId) ?? null) : null },
    );
    const lateAction = actionOverdue(action.record, today, dates.controlledDueDate);
    const lateCheck = checkOverdue(action.record, dates.check?.dueOn ?? null, today);
    const late = lateAction ?? lateCheck;
    if (!late) continue;
    items.push({
      kind: lateAction ? 'action' : 'check',
      subjectId: action.id,
      title: action.record.title,
      issueKey: null,
      ...late,
      // The implementer answers for an action; the one who must act on an overdue check is whoever
      // approved its plan (they set the check date), so the sweep tells them.
      ownerId: lateAction ? (action.record.plan?.ownerId ?? null) : (dates.planApproval?.record.approverId ?? null),
      correctiveActionId: action.id,
    });
  }
  items.sort((a, b) => b.daysOverdue - a.daysOverdue || a.subjectId.localeCompare(b.subjectId));
  return { today, items: await withIssueKeys(services, items) };
}

/**
 * Each item's Jira issue, if it has one now: the overdue items' tracked records by id (a read per
 * few hundred), not every tracked issue of the programme.
 */
async function withIssueKeys(services: AppServices, items: OverdueFinding[]): Promise<OverdueFinding[]> {
  const trackedIdOf = (item: OverdueFinding) =>
    trackedIssueId(item.kind === 'plan' ? 'finding' : 'correctiveAction', item.subjectId);
  const tracked = await services.store.getMany('trackedIssue', items.map(trackedIdOf));
  return items.map((item) => {
    const record = tracked.get(trackedIdOf(item))?.record;
    return { ...item, issueKey: record && hasIssue(record.state) && record.issue ? record.issue.key : null };
  });
}

/** The programme page's list: overdue plans and actions, oldest first, with owners' names. */
export async function listOverdue(
  services: AppServices,
  _caller: Caller,
): Promise<{ today: string; items: OverdueItem[] }> {
  const { today, items } = await overdueNow(services);
  return {
    today,
    items: await Promise.all(
      items.map(async ({ correctiveActionId: _id, ...item }) => ({
        ...item,
        ownerName: item.ownerId ? await services.directory.displayName(item.ownerId) : null,
      })),
    ),
  };
}
