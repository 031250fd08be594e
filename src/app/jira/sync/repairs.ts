import { Failure } from '../../../domain/failure';
import { reconcileMirror, repairNote } from '../../../domain/jira/mirrorDrift';
import type { IssueObservation } from '../../../domain/jira/mirrorObservation';
import type { TrackedIssueRecord } from '../../../domain/jira/trackedIssue';
import type { JiraIssues, JiraIssueSnapshot } from '../../../ports/jira';
import type { RecordChange, StoredRecord } from '../../../ports/recordStore';
import type { AppServices } from '../../services';
import type { PolicyDueDate } from './policyDueDates';
import { reconciliationActor } from './syncActors';
import { writeTracked } from './writeTracked';

/** What the repairs of one run did (added into the run's summary). */
export interface RepairTally {
  repaired: number;
  deleted: number;
  dueDatesReset: number;
  /** Issues whose repair Jira refused (the message is logged); the next run tries them again. */
  failed: number;
}

/** One issue to check: Jira's answer (`'gone'`: not returned by the fetch) and its tracked records. */
export interface IssueToRepair {
  id: string;
  inJira: JiraIssueSnapshot | 'gone';
  records: StoredRecord<TrackedIssueRecord>[];
}

const observationOf = (issue: JiraIssueSnapshot): IssueObservation => ({
  status: issue.status.name,
  statusCategory: issue.status.category,
  dueDate: issue.dueDate,
  assigneeId: issue.assigneeId,
  updated: issue.updated,
});

interface Repair {
  after: TrackedIssueRecord;
  repaired: boolean;
  deleted: boolean;
}

/** The record with its mirror brought in line with Jira's answer, and a history line; null: no drift. */
function repairOf(
  record: TrackedIssueRecord,
  inJira: JiraIssueSnapshot | 'gone',
  policyDue: string | null,
  at: string,
): Repair | null {
  if (!record.issue) return null;
  const gone = inJira === 'gone';
  const drift = reconcileMirror(record.jira, gone ? 'gone' : observationOf(inJira), policyDue);
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
  return {
    after: {
      ...record,
      issue: { id: record.issue.id, key },
      jira: drift.mirror,
      history: [...record.history, ...line],
    },
    repaired: !gone && line.length > 0,
    deleted: gone && !noted,
  };
}

/**
 * Repairs tracked records against Jira's answers (status, assignee, due date), each repair a
 * history line and a trail entry. A due date hand-edited in Jira is set back first (one call per
 * issue: Jira edits one issue a call). The record writes go in ONE `applyMany` (a few multi-row
 * statements, however many records), computed from the records as read; one a concurrent writer
 * changed meanwhile (an event, a raise) is refused alone with `conflict` and written again from
 * a fresh read (writeTracked), so nothing is lost to the race. A repair Jira refuses is counted,
 * logged and left for the next run.
 */
export async function repairIssues(
  services: AppServices,
  jira: JiraIssues,
  issues: readonly IssueToRepair[],
  policyDue: PolicyDueDate,
): Promise<RepairTally> {
  const tally: RepairTally = { repaired: 0, deleted: 0, dueDatesReset: 0, failed: 0 };
  const at = services.clock.now();
  const planned: Array<{ stored: StoredRecord<TrackedIssueRecord>; inJira: IssueToRepair['inJira']; repair: Repair }> =
    [];
  for (const { id, inJira, records } of issues) {
    // A fetched issue without Jira's `updated` cannot be ordered against the mirror: leave it.
    if (inJira !== 'gone' && !inJira.updated) continue;
    try {
      const due = records.map((stored) => policyDue(stored.record));
      const reset = inJira === 'gone' ? null : (due.find((d) => d !== null && d !== inJira.dueDate) ?? null);
      if (reset !== null) {
        // The app's due date is the record: Jira is set back (as the app, so no event comes back).
        await jira.updateIssue(id, { dueDate: reset });
        tally.dueDatesReset += 1;
      }
      records.forEach((stored, i) => {
        const repair = repairOf(stored.record, inJira, due[i] ?? null, at.toISOString());
        if (repair) planned.push({ stored, inJira, repair });
      });
    } catch (error) {
      if (!(error instanceof Failure) || error.code !== 'invalid_input') throw error;
      tally.failed += 1;
      console.warn(`jira reconciliation: could not repair issue ${id}: ${error.message}`);
    }
  }
  if (planned.length === 0) return tally;

  const changes: RecordChange<'trackedIssue'>[] = planned.map(({ stored, repair }) => ({
    entity: 'trackedIssue',
    id: stored.id,
    before: stored,
    after: repair.after,
    actor: reconciliationActor,
    at,
  }));
  const outcomes = await services.store.applyMany(changes);
  for (const [i, outcome] of outcomes.entries()) {
    const { stored, inJira, repair } = planned[i]!;
    let landed: Repair | null = repair;
    if (!outcome.ok) {
      if (outcome.failure.code !== 'conflict') throw outcome.failure;
      landed = null;
      await writeTracked(
        services,
        stored,
        (record) => {
          landed = repairOf(record, inJira, policyDue(record), services.clock.now().toISOString());
          return landed?.after ?? null;
        },
        reconciliationActor,
      );
    }
    const done = landed as Repair | null;
    if (done?.repaired) tally.repaired += 1;
    if (done?.deleted) tally.deleted += 1;
  }
  return tally;
}
