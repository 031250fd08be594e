import { Failure } from '../../../domain/failure';
import { reconcileMirror, repairNote } from '../../../domain/jira/mirrorDrift';
import type { IssueObservation } from '../../../domain/jira/mirrorObservation';
import {
  reconciliationScope,
  updatedWindowMinutes,
  type ReconciliationScope,
} from '../../../domain/jira/reconciliationScope';
import type { JiraSyncState } from '../../../domain/jira/syncState';
import type { TrackedIssueRecord } from '../../../domain/jira/trackedIssue';
import type { JiraIssueSnapshot } from '../../../ports/jira';
import type { StoredRecord } from '../../../ports/recordStore';
import type { AppServices } from '../../services';
import { allIds, counted, fetchAll } from './jiraReads';
import { mappedIssuesJql, mappedIssuesUpdatedJql, trackedByIssueId } from './mappedIssues';
import { policyDueDates, type PolicyDueDate } from './policyDueDates';
import { reconciliationActor } from './syncActors';
import { writeTracked } from './writeTracked';

export { SAFETY_MARGIN_MINUTES } from '../../../domain/jira/reconciliationScope';

export interface ReconciliationSummary {
  /** What the run looked at (domain/jira/reconciliationScope.ts). */
  scope: ReconciliationScope;
  /** Tracked records that stand for an issue (counted by a full sweep; null on an hourly run). */
  mapped: number | null;
  /** Issues the mapped-issue search found in Jira (a full sweep only; null on an hourly run). */
  inJira: number | null;
  /** Every mapped issue's id was looked at (the first run and the daily sweep). */
  fullSweep: boolean;
  /** Issues updated since the last run (every mapped issue on the first run). */
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
 * The tracked records of the issues Jira says changed, read by the indexed issue id: an hourly run
 * reads as many records as issues changed, never the whole table.
 */
async function trackedForIssues(services: AppServices, issueIds: string[]) {
  const found: StoredRecord<TrackedIssueRecord>[] = [];
  for (const id of new Set(issueIds)) found.push(...(await services.store.listBy('trackedIssue', 'issueId', id)));
  return trackedByIssueId(found);
}

interface RunScope {
  byIssue: Map<string, StoredRecord<TrackedIssueRecord>[]>;
  inJira: Set<string> | null;
  changed: string[];
  missing: string[];
  untracked: number;
}

/** What one run must fetch from Jira, by scope, and the tracked records it compares them with. */
async function scopeOf(
  services: AppServices,
  jira: ReturnType<typeof counted>['jira'],
  scope: ReconciliationScope,
  lastStart: string | null,
  startedAt: Date,
): Promise<RunScope> {
  const changedSince = async () =>
    lastStart ? allIds(jira, mappedIssuesUpdatedJql(updatedWindowMinutes(lastStart, startedAt))) : [];
  if (scope === 'changed') {
    const changed = await changedSince();
    const byIssue = await trackedForIssues(services, changed);
    const untracked = new Set(changed.filter((id) => !byIssue.has(id))).size;
    return { byIssue, inJira: null, changed, missing: [], untracked };
  }
  const byIssue = trackedByIssueId(await services.store.list('trackedIssue'));
  const inJira = new Set(await allIds(jira, mappedIssuesJql));
  // Those already known deleted are not asked about again: Jira never brings an id back.
  const missing = [...byIssue.entries()]
    .filter(([id, records]) => !inJira.has(id) && records.some((stored) => !stored.record.jira?.deleted))
    .map(([id]) => id);
  const untracked = [...inJira].filter((id) => !byIssue.has(id)).length;
  const changed = scope === 'first' ? [...inJira] : await changedSince();
  return { byIssue, inJira, changed, missing, untracked };
}

/**
 * The hourly drift check, whose Jira points grow with the issues changed, not the issues mapped:
 * one ids-only search (5,000 ids a page) for mapped issues updated since the last run began (less
 * a safety margin for clock skew and index lag), and bulk fetches (100 a call) of only those —
 * then repairs what differs (status, assignee, due date), each repair a history line and a trail
 * entry. A due date hand-edited in Jira is set back: the app's policy is the record. Once a day the
 * run also sweeps every mapped issue's id, to find issues deleted while their event was lost (and
 * issues the store does not know); the first run, with no last run to count from, fetches every
 * mapped issue.
 */
export async function reconcileWithJira(services: AppServices): Promise<ReconciliationSummary> {
  const startedAt = services.clock.now();
  const syncState = await services.store.get('jiraSyncState', 'jira');
  const lastStart = syncState?.record.lastRunStartedAt ?? null;
  const scope = reconciliationScope(syncState?.record ?? null, startedAt);
  const { jira, calls } = counted(services.jira.asApp());

  const { byIssue, inJira, changed, missing, untracked } = await scopeOf(services, jira, scope, lastStart, startedAt);
  const toFetch = [...new Set([...changed.filter((id) => byIssue.has(id)), ...missing])];
  const found = await fetchAll(jira, toFetch);

  const policyDue: PolicyDueDate = await policyDueDates(services);
  const summary: ReconciliationSummary = {
    scope,
    mapped: inJira ? byIssue.size : null,
    inJira: inJira ? inJira.size : null,
    fullSweep: scope !== 'changed',
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
  const complete = summary.failed === 0;
  const next: JiraSyncState = {
    lastRunStartedAt: complete ? startedAt.toISOString() : lastStart,
    lastRunFinishedAt: services.clock.now().toISOString(),
    lastRepairs: summary.repaired + summary.deleted,
    lastFullSweepAt:
      complete && summary.fullSweep ? startedAt.toISOString() : (syncState?.record.lastFullSweepAt ?? null),
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
