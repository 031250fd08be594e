import type { OverdueItem } from '../../contract/actions';
import { actionOverdue, planOverdue } from '../../domain/actions/overdueRules';
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
 * Overdue plans and actions, read from the store alone (the system of record), with their age in
 * the programme's days. A plan is overdue for a finding with a Jira issue whose policy plan date
 * has passed and no action with a plan; an action when its plan's date has passed unimplemented.
 * Few statements however many there are: findings, tracked issues and actions are each read once.
 */
export async function overdueNow(services: AppServices): Promise<{ today: string; items: OverdueFinding[] }> {
  const { today, settings: programme } = await cycleContext(services);
  const settings = await savedJiraSettings(services);
  const [findings, tracked, actions] = await Promise.all([
    services.store.list('finding'),
    services.store.list('trackedIssue'),
    services.store.list('correctiveAction'),
  ]);
  const issueKeyOf = new Map(
    tracked.filter((t) => hasIssue(t.record.state) && t.record.issue).map((t) => [t.id, t.record.issue!.key]),
  );
  const planned = new Set(actions.filter((a) => a.record.plan !== null).flatMap((a) => a.record.findingIds));
  const areaOwners = new Map((await services.store.list('auditableArea')).map((a) => [a.id, a.record.ownerId]));
  const items: OverdueFinding[] = [];
  if (settings) {
    for (const finding of findings) {
      const issueKey = issueKeyOf.get(trackedIssueId('finding', finding.id));
      if (!issueKey) continue;
      const { content, raisedOn } = finding.record;
      const due = findingDueDates(settings, content.grade, raisedOn, programme.workingDays).plan;
      const late = planOverdue(due, planned.has(finding.id), today);
      if (!late) continue;
      items.push({
        kind: 'plan',
        subjectId: finding.id,
        title: findingTitle(finding.record),
        issueKey,
        ...late,
        ownerId: areaOwners.get(content.areaId) ?? null,
        correctiveActionId: null,
      });
    }
  }
  for (const action of actions) {
    const late = actionOverdue(action.record, today);
    if (!late) continue;
    items.push({
      kind: 'action',
      subjectId: action.id,
      title: action.record.title,
      issueKey: issueKeyOf.get(trackedIssueId('correctiveAction', action.id)) ?? null,
      ...late,
      ownerId: action.record.plan?.ownerId ?? null,
      correctiveActionId: action.id,
    });
  }
  items.sort((a, b) => b.daysOverdue - a.daysOverdue || a.subjectId.localeCompare(b.subjectId));
  return { today, items };
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
