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
  /** Issues the mapped-issue search found in Jira (a daily sweep; null for the first). */
  inJira: number | null;
  missing: number;
  fetched: number;
  tally: RepairTally;
  /** The last tracked record's id this part covered; null: the sweep is done. */
  nextAfterId: string | null;
}

/**
 * One bounded part of a full sweep: the next `limit` tracked records after the cursor (read in
 * pages of about half a MiB). The first sweep fetches all of their issues (100 a call) and repairs
 * what drifted; the daily sweep asks Jira for every mapped issue's id (ids only, 5,000 a call) and
 * fetches only the part's issues Jira no longer finds — deleted while their event was lost — to
 * note them. Those already noted deleted are not asked about again: Jira never brings an id back.
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

  let inJira: Set<string> | null = null;
  let toFetch: string[];
  let missing = 0;
  if (sweep.kind === 'first') {
    toFetch = [...byIssue.keys()];
  } else {
    inJira = new Set(await allIds(jira, mappedIssuesJql));
    toFetch = [...byIssue.entries()]
      .filter(([id, stored]) => !inJira!.has(id) && stored.some((s) => !s.record.jira?.deleted))
      .map(([id]) => id);
    missing = toFetch.length;
  }
  const found = await fetchAll(jira, toFetch);
  const issues = toFetch.map((id) => ({ id, inJira: found.get(id) ?? ('gone' as const), records: byIssue.get(id)! }));
  const policyDue = await policyDueDates(
    services,
    issues.flatMap((i) => i.records.map((r) => r.record)),
  );
  const tally = await repairIssues(services, jira, issues, policyDue);
  return { looked: records.length, inJira: inJira?.size ?? null, missing, fetched: found.size, tally, nextAfterId };
}
