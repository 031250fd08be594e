import type { SweepCursor } from '../../../domain/jira/syncState';
import type { JiraIssues } from '../../../ports/jira';
import type { AppServices } from '../../services';
import { allIds, fetchAll } from './jiraReads';
import { mappedIssuesJql, trackedByIssueId } from './mappedIssues';
import { policyDueDates } from './policyDueDates';
import { repairIssues, type RepairTally } from './repairs';

/** What one run's part of a full sweep did, and where the next part starts. */
export interface SweepPartOutcome {
  /** Tracked records the part read. */
  looked: number;
  /** Issues the mapped-issue search found in Jira (a daily sweep in one part; else null). */
  inJira: number | null;
  /** Of those, issues the store does not know (e.g. a create whose answer was lost). */
  untracked: number;
  missing: number;
  fetched: number;
  tally: RepairTally;
  /** The last tracked record's id this part covered; null: the sweep is done. */
  nextAfterId: string | null;
}

/**
 * One bounded part of a full sweep: the next `limit` tracked records after the cursor (read in
 * pages of about half a MiB), checked against Jira, and what drifted repaired. An issue Jira no
 * longer returns was deleted while its event was lost, or is no longer visible to the app, and is
 * noted so; one already noted is not asked about again: Jira never brings an id back.
 *
 * How Jira is asked: the first sweep fetches every issue of the part (100 a call). A daily sweep
 * that fits one part (most installs) asks for every mapped issue's id (ids only, 5,000 a call,
 * which also counts issues the store does not know) and fetches only those Jira no longer lists.
 * A daily sweep of several parts fetches each part's issues instead: an id search would cost a
 * Jira point for every mapped issue in every part, a fetch costs about a point for each of the
 * part's own, so the whole sweep costs about a point an issue either way.
 */
export async function sweepPart(
  services: AppServices,
  jira: JiraIssues,
  sweep: SweepCursor,
  limit: number,
): Promise<SweepPartOutcome> {
  // One record more than the part says whether another part follows, without a run for nothing.
  const read = await services.store.listAfter('trackedIssue', sweep.afterId, limit + 1);
  const records = read.slice(0, limit);
  const nextAfterId = read.length > limit ? records.at(-1)!.id : null;
  const byIssue = trackedByIssueId(records);
  const notNoted = [...byIssue.entries()]
    .filter(([, stored]) => stored.some((s) => !s.record.jira?.deleted))
    .map(([id]) => id);

  const wholeSweepInOnePart = sweep.afterId === null && nextAfterId === null;
  let inJira: Set<string> | null = null;
  let toFetch = notNoted;
  if (sweep.kind === 'daily' && wholeSweepInOnePart) {
    const listed = new Set(await allIds(jira, mappedIssuesJql));
    inJira = listed;
    toFetch = notNoted.filter((id) => !listed.has(id));
  }
  const found = await fetchAll(jira, toFetch);
  const issues = toFetch.map((id) => ({ id, inJira: found.get(id) ?? ('gone' as const), records: byIssue.get(id)! }));
  const policyDue = await policyDueDates(
    services,
    issues.flatMap((i) => i.records.map((r) => r.record)),
  );
  const tally = await repairIssues(services, jira, issues, policyDue);
  return {
    looked: records.length,
    inJira: inJira?.size ?? null,
    untracked: inJira ? [...inJira].filter((id) => !byIssue.has(id)).length : 0,
    missing: inJira ? toFetch.length : toFetch.length - found.size,
    fetched: found.size,
    tally,
    nextAfterId,
  };
}
