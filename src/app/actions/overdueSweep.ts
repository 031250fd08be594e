import { Failure } from '../../domain/failure';
import type { AdfDocument } from '../../ports/jira';
import { doc, paragraph, text } from '../pages/adf';
import type { AppServices } from '../services';
import { overdueNow, type OverdueFinding } from './overdue';

/** The sweep's own day marker (a `jiraSyncState` record): one reminder round per programme day. */
export const overdueSweepStateId = 'overdue-sweep';

export interface SweepOutcome {
  today: string;
  overdue: number;
  marked: number;
  commented: number;
  /** true when today's reminders had already gone out (a second run the same day). */
  alreadyRan: boolean;
}

function reminder(item: OverdueFinding): AdfDocument {
  const what = {
    plan: `The corrective-action plan for this finding was due on ${item.dueDate}`,
    action: `This corrective action was due to be implemented on ${item.dueDate}`,
    check: `The effectiveness check of this corrective action was due on ${item.dueDate}`,
  }[item.kind];
  return doc([
    paragraph(
      ...(item.ownerId ? [{ type: 'mention', attrs: { id: item.ownerId } }, text(' ')] : []),
      text(`${what} and is ${item.daysOverdue} day${item.daysOverdue === 1 ? '' : 's'} overdue. `),
      text('Record the next step in the audit app’s issue panel.'),
    ),
  ]);
}

/**
 * The daily overdue sweep: computes overdue plans and actions from the store (no Jira search at
 * all: the store is the system of record), marks each overdue action `overdueNotifiedOn` today,
 * and leaves one comment mentioning the owner on each overdue issue. Once per programme day: the
 * day is claimed first on the sweep's marker record (optimistic version), so a second run the
 * same day, or two at once, comments nothing twice.
 */
export async function sweepOverdue(services: AppServices): Promise<SweepOutcome> {
  const now = services.clock.now();
  const { today, items } = await overdueNow(services);
  const outcome: SweepOutcome = { today, overdue: items.length, marked: 0, commented: 0, alreadyRan: false };
  const marker = await services.store.get('jiraSyncState', overdueSweepStateId);
  if (marker?.record.lastRunStartedAt?.startsWith(today)) return { ...outcome, alreadyRan: true };
  try {
    await services.store.apply({
      entity: 'jiraSyncState',
      id: overdueSweepStateId,
      before: marker,
      after: { lastRunStartedAt: `${today}T00:00:00.000Z`, lastRunFinishedAt: null, lastRepairs: items.length },
      actor: 'app:overdue-sweep',
      at: now,
    });
  } catch (error) {
    if (error instanceof Failure && error.code === 'conflict') return { ...outcome, alreadyRan: true };
    throw error;
  }

  const jira = services.jira.asApp();
  for (const item of items) {
    if (item.correctiveActionId) {
      const action = await services.store.get('correctiveAction', item.correctiveActionId);
      if (action && action.record.overdueNotifiedOn !== today) {
        await services.store.apply({
          entity: 'correctiveAction',
          id: action.id,
          before: action,
          after: { ...action.record, overdueNotifiedOn: today },
          actor: 'app:overdue-sweep',
          at: now,
          reason: `Overdue since ${item.dueDate}: owner reminded`,
        });
        outcome.marked += 1;
      }
    }
    if (!item.issueKey) continue;
    try {
      await jira.addComment(item.issueKey, reminder(item));
      outcome.commented += 1;
    } catch (error) {
      if (!(error instanceof Failure)) throw error;
      console.warn(`overdue sweep: no reminder on ${item.issueKey}: ${error.message}`);
    }
  }
  return outcome;
}
