import { Failure } from '../../domain/failure';
import type { AdfDocument } from '../../ports/jira';
import type { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';
import type { RecordChange, StoredRecord } from '../../ports/recordStore';
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

  outcome.marked = await markNotified(services, items, today, now);
  const jira = services.jira.asApp();
  const remind = async (item: OverdueFinding & { issueKey: string }) => {
    try {
      await jira.addComment(item.issueKey, reminder(item));
      outcome.commented += 1;
    } catch (error) {
      if (!(error instanceof Failure)) throw error;
      console.warn(`overdue sweep: no reminder on ${item.issueKey}: ${error.message}`);
    }
  };
  // Jira has no call that comments on many issues: one call per overdue issue, a few at a time so
  // a large programme's reminders fit well inside the trigger's time.
  const toRemind = items.filter((item): item is OverdueFinding & { issueKey: string } => item.issueKey !== null);
  for (let i = 0; i < toRemind.length; i += COMMENTS_AT_ONCE) {
    await Promise.all(toRemind.slice(i, i + COMMENTS_AT_ONCE).map(remind));
  }
  return outcome;
}

/** Reminders sent at once: Jira answers each in a fraction of a second, and its rate limits allow a few. */
const COMMENTS_AT_ONCE = 4;

/**
 * Marks every overdue action not yet marked today `overdueNotifiedOn` today, in one batch of writes
 * (a few statements, not three per action). An action someone changed meanwhile keeps its own
 * write and is not marked this time; the reminder goes out all the same.
 */
async function markNotified(services: AppServices, items: OverdueFinding[], today: string, now: Date): Promise<number> {
  const ids = items.map((item) => item.correctiveActionId).filter((id): id is string => id !== null);
  const stored = await services.store.getMany('correctiveAction', ids);
  const dueOf = new Map(items.map((item) => [item.correctiveActionId, item.dueDate]));
  // In the list's order (oldest overdue first), as the trail then shows them.
  const changes: RecordChange<'correctiveAction'>[] = ids
    .map((id) => stored.get(id))
    .filter(
      (action): action is StoredRecord<CorrectiveActionRecord> =>
        action !== undefined && action.record.overdueNotifiedOn !== today,
    )
    .map((action) => ({
      entity: 'correctiveAction',
      id: action.id,
      before: action,
      after: { ...action.record, overdueNotifiedOn: today },
      actor: 'app:overdue-sweep',
      at: now,
      reason: `Overdue since ${dueOf.get(action.id)}: owner reminded`,
    }));
  if (changes.length === 0) return 0;
  return (await services.store.applyMany(changes)).filter((outcome) => outcome.ok).length;
}
