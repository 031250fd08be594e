import { jiraInstant, observeDeletion, observeIssue, type IssueObservation } from './mirrorObservation';
import type { JiraMirror } from './trackedIssue';

/** One difference the reconciliation found between the mirror and Jira, old → new. */
export interface MirrorRepair {
  field: 'status' | 'dueDate' | 'assignee' | 'deleted';
  from: string | null;
  to: string | null;
}

export interface DriftOutcome {
  /** The mirror after the repair (null: the app never saw the issue and it is gone). */
  mirror: JiraMirror | null;
  /** What differed in substance (an `updated` that moved alone is no drift worth a history line). */
  repairs: MirrorRepair[];
  /** Set when Jira's due date was edited away from the app's: the day to write back to Jira. */
  resetDueDate: string | null;
  /** false: nothing to write. */
  changed: boolean;
}

const show = (value: string | null) => value ?? 'none';

/** The history note of a repair, e.g. `status: To Do → Done; due date: 2027-01-04 → 2027-01-08 (policy)`. */
export function repairNote(repairs: MirrorRepair[]): string {
  const label: Record<MirrorRepair['field'], string> = {
    status: 'status',
    dueDate: 'due date',
    assignee: 'assignee',
    deleted: 'deleted',
  };
  return repairs.map((r) => `${label[r.field]}: ${show(r.from)} → ${show(r.to)}`).join('; ');
}

function differences(before: JiraMirror | null, after: JiraMirror): MirrorRepair[] {
  const repairs: MirrorRepair[] = [];
  if (before?.status !== after.status)
    repairs.push({ field: 'status', from: before?.status ?? null, to: after.status });
  if ((before?.dueDate ?? null) !== after.dueDate)
    repairs.push({ field: 'dueDate', from: before?.dueDate ?? null, to: after.dueDate });
  if ((before?.assigneeId ?? null) !== after.assigneeId)
    repairs.push({ field: 'assignee', from: before?.assigneeId ?? null, to: after.assigneeId });
  return repairs;
}

/**
 * Compares the mirror with the issue as Jira holds it now (`'gone'`: deleted, or no longer visible
 * to the app) and says how to repair it. Status and assignee belong to Jira: the mirror follows.
 * The due date belongs to the app (`policyDueDate`, from the grade's policy or the action plan):
 * when Jira's differs, Jira is set back and the mirror records the policy's day. A mirror already
 * newer than the fetch (an event that came in meanwhile) is kept.
 */
export function reconcileMirror(
  mirror: JiraMirror | null,
  inJira: IssueObservation | 'gone',
  policyDueDate: string | null,
): DriftOutcome {
  if (inJira === 'gone') {
    const deleted = observeDeletion(mirror, null);
    if (!deleted || !deleted.changed) {
      return { mirror: deleted?.mirror ?? mirror, repairs: [], resetDueDate: null, changed: false };
    }
    return {
      mirror: deleted.mirror,
      repairs: [{ field: 'deleted', from: 'no', to: 'yes' }],
      resetDueDate: null,
      changed: true,
    };
  }
  if (mirror?.deleted) return { mirror, repairs: [], resetDueDate: null, changed: false };
  const newer = mirror !== null && jiraInstant(mirror.updated) > jiraInstant(inJira.updated);
  const seen = newer ? mirror : observeIssue(null, inJira).mirror;
  const resetDueDate = policyDueDate !== null && seen.dueDate !== policyDueDate ? policyDueDate : null;
  const next: JiraMirror = resetDueDate ? { ...seen, dueDate: resetDueDate } : seen;
  const repairs = differences(mirror, next);
  // The mirror may already hold Jira's hand-edited day (an event brought it): the reset is still a repair.
  if (resetDueDate && !repairs.some((r) => r.field === 'dueDate')) {
    repairs.push({ field: 'dueDate', from: seen.dueDate, to: resetDueDate });
  }
  const changed =
    mirror === null ||
    repairs.length > 0 ||
    mirror.updated !== next.updated ||
    mirror.statusCategory !== next.statusCategory;
  return { mirror: next, repairs, resetDueDate, changed };
}
