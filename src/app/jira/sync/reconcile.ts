import { Failure } from '../../../domain/failure';
import { reconcileMirror, repairNote } from '../../../domain/jira/mirrorDrift';
import type { IssueObservation } from '../../../domain/jira/mirrorObservation';
import type { JiraSyncState } from '../../../domain/jira/syncState';
import type { TrackedIssueRecord } from '../../../domain/jira/trackedIssue';
import type { JiraIssues, JiraIssueSnapshot } from '../../../ports/jira';
import type { StoredRecord } from '../../../ports/recordStore';
import type { AppServices } from '../../services';
import { mappedIssuesJql, mappedIssuesUpdatedJql, trackedByIssueId } from './mappedIssues';
import { policyDueDates, type PolicyDueDate } from './policyDueDates';
import { reconciliationActor } from './syncActors';
import { writeTracked } from './writeTracked';

/**
 * How far before the last run's start the "updated since" search reaches: it covers the clocks of
 * the function and of Jira disagreeing a little, and Jira's search index lagging a write.
 */
export const SAFETY_MARGIN_MINUTES = 10;
const FETCH_CHUNK = 100;

export interface ReconciliationSummary {
  /** Tracked records that stand for an issue. */
  mapped: number;
  /** Issues the mapped-issue search found in Jira. */
  inJira: number;
  /** No previous run to count from: every mapped issue was fetched. */
  fullSweep: boolean;
  /** Issues updated since the last run (all of them on a full sweep). */
  changed: number;
  /** Issues the store holds that the mapped-issue search no longer finds. */
  missing: number;
  fetched: number;
  /** Tracked records whose mirror was repaired (each with a history line and a trail entry). */
  repaired: number;
  deleted: number;
  dueDatesReset: number;
  /** Mapped issues the store does not know (e.g. a create whose answer was lost). */
  untracked: number;
  /** Issues whose repair Jira refused (the message is logged); the next run tries them again. */
  failed: number;
  jiraCalls: number;
}

/** Counts the Jira calls of one run (the log line and the bench read it). */
function counted(jira: JiraIssues): { jira: JiraIssues; calls: () => number } {
  let calls = 0;
  // A proxy, not a spread: the adapter's methods live on its prototype.
  const wrapped = new Proxy(jira, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { jira: wrapped, calls: () => calls };
}

async function allIds(jira: JiraIssues, jql: string): Promise<string[]> {
  const ids: string[] = [];
  let token: string | undefined;
  do {
    const page = await jira.searchIds(jql, token);
    ids.push(...page.ids);
    token = page.nextPageToken ?? undefined;
  } while (token);
  return ids;
}

async function fetchAll(jira: JiraIssues, ids: string[]): Promise<Map<string, JiraIssueSnapshot>> {
  const found = new Map<string, JiraIssueSnapshot>();
  for (let start = 0; start < ids.length; start += FETCH_CHUNK) {
    for (const issue of await jira.fetchIssues(ids.slice(start, start + FETCH_CHUNK))) found.set(issue.id, issue);
  }
  return found;
}

const observationOf = (issue: JiraIssueSnapshot): IssueObservation => ({
  status: issue.status.name,
  statusCategory: issue.status.category,
  dueDate: issue.dueDate,
  assigneeId: issue.assigneeId,
  updated: issue.updated,
});

interface RepairOutcome {
  repaired: boolean;
  deleted: boolean;
}

/** Repairs one tracked record against Jira's answer (`'gone'`: not returned by the fetch). */
async function repairRecord(
  services: AppServices,
  stored: StoredRecord<TrackedIssueRecord>,
  inJira: JiraIssueSnapshot | 'gone',
  policyDue: string | null,
): Promise<RepairOutcome> {
  const at = services.clock.now().toISOString();
  const outcome: RepairOutcome = { repaired: false, deleted: false };
  await writeTracked(
    services,
    stored,
    (record) => {
      if (!record.issue) return null;
      const drift = reconcileMirror(record.jira, inJira === 'gone' ? 'gone' : observationOf(inJira), policyDue);
      const gone = inJira === 'gone';
      const noted = record.history.some((h) => h.action === 'deleted' && h.issueKey === record.issue?.key);
      if (!drift.changed && !(gone && !noted)) return null;
      const key = gone ? record.issue.key : inJira.key;
      const note = gone
        ? 'Not found in Jira by the reconciliation: deleted, or no longer visible to the app'
        : repairNote(drift.repairs) + (drift.resetDueDate ? ` (Jira's due date set back to the app's policy)` : '');
      const line =
        gone && !noted
          ? [{ action: 'deleted' as const, issueKey: key, at, by: reconciliationActor, note }]
          : !gone && drift.repairs.length > 0
            ? [{ action: 'repaired' as const, issueKey: key, at, by: reconciliationActor, note }]
            : [];
      outcome.repaired = !gone && line.length > 0;
      outcome.deleted = gone && !noted;
      return {
        ...record,
        issue: { id: record.issue.id, key },
        jira: drift.mirror,
        history: [...record.history, ...line],
      };
    },
    reconciliationActor,
  );
  return outcome;
}

/**
 * The hourly drift check. Cheap by construction: one ids-only search (5,000 ids a page) for every
 * mapped issue, one for those updated since the last run began (less a safety margin), and bulk
 * fetches (100 a call) of only those plus the ones the store holds but Jira no longer lists —
 * then repairs what differs (status, assignee, due date, deleted issues), each repair a history
 * line and a trail entry. A due date hand-edited in Jira is set back: the app's policy is the
 * record. The first run, with no last run to count from, fetches every mapped issue.
 */
export async function reconcileWithJira(services: AppServices): Promise<ReconciliationSummary> {
  const startedAt = services.clock.now();
  const syncState = await services.store.get('jiraSyncState', 'jira');
  const lastStart = syncState?.record.lastRunStartedAt ?? null;
  const { jira, calls } = counted(services.jira.asApp());

  const byIssue = trackedByIssueId(await services.store.list('trackedIssue'));
  const inJira = new Set(await allIds(jira, mappedIssuesJql));
  // Those already known deleted are not asked about again: Jira never brings an id back.
  const missing = [...byIssue.entries()]
    .filter(([id, records]) => !inJira.has(id) && records.some((stored) => !stored.record.jira?.deleted))
    .map(([id]) => id);
  const untracked = [...inJira].filter((id) => !byIssue.has(id)).length;

  const changed = lastStart
    ? await allIds(
        jira,
        mappedIssuesUpdatedJql(
          Math.ceil((startedAt.getTime() - Date.parse(lastStart)) / 60_000) + SAFETY_MARGIN_MINUTES,
        ),
      )
    : [...inJira];
  const toFetch = [...new Set([...changed.filter((id) => byIssue.has(id)), ...missing])];
  const found = await fetchAll(jira, toFetch);

  const policyDue: PolicyDueDate = await policyDueDates(services);
  const summary: ReconciliationSummary = {
    mapped: byIssue.size,
    inJira: inJira.size,
    fullSweep: lastStart === null,
    changed: changed.length,
    missing: missing.length,
    fetched: found.size,
    repaired: 0,
    deleted: 0,
    dueDatesReset: 0,
    untracked,
    failed: 0,
    jiraCalls: 0,
  };
  for (const id of toFetch) {
    const issue = found.get(id) ?? 'gone';
    // A fetched issue without Jira's `updated` cannot be ordered against the mirror: leave it.
    if (issue !== 'gone' && !issue.updated) continue;
    try {
      let resetDone = false;
      for (const stored of byIssue.get(id) ?? []) {
        const due = await policyDue(stored.record);
        if (issue !== 'gone' && due !== null && issue.dueDate !== due && !resetDone) {
          // The app's due date is the record: Jira is set back (as the app, so no event comes back).
          await jira.updateIssue(id, { dueDate: due });
          resetDone = true;
          summary.dueDatesReset += 1;
        }
        const outcome = await repairRecord(services, stored, issue, due);
        if (outcome.repaired) summary.repaired += 1;
        if (outcome.deleted) summary.deleted += 1;
      }
    } catch (error) {
      if (!(error instanceof Failure) || error.code !== 'invalid_input') throw error;
      summary.failed += 1;
      console.warn(`jira reconciliation: could not repair issue ${id}: ${error.message}`);
    }
  }

  // A run that left a refused repair behind does not move the window on: the next one sees it again.
  const next: JiraSyncState = {
    lastRunStartedAt: summary.failed > 0 ? lastStart : startedAt.toISOString(),
    lastRunFinishedAt: services.clock.now().toISOString(),
    lastRepairs: summary.repaired + summary.deleted,
  };
  await services.store.apply({
    entity: 'jiraSyncState',
    id: 'jira',
    before: syncState,
    after: next,
    actor: reconciliationActor,
    at: services.clock.now(),
  });
  return { ...summary, jiraCalls: calls() };
}
