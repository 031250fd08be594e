import { Failure } from '../../../domain/failure';
import type { TrackedIssueRecord } from '../../../domain/jira/trackedIssue';
import type { StoredRecord } from '../../../ports/recordStore';
import type { AppServices } from '../../services';

const attempts = 4;

/**
 * Changes one tracked record with `change`, which gets the current record and returns the new one
 * (null: nothing to write). A concurrent writer (an event racing the reconciliation, a raise)
 * makes the store refuse with `conflict`: the record is read again and `change` decides afresh,
 * which is safe because every sync change is computed from the record, not from a copy.
 */
export async function writeTracked(
  services: AppServices,
  first: StoredRecord<TrackedIssueRecord>,
  change: (record: TrackedIssueRecord) => TrackedIssueRecord | null,
  actor: string,
): Promise<StoredRecord<TrackedIssueRecord> | null> {
  let current: StoredRecord<TrackedIssueRecord> | null = first;
  for (let attempt = 1; current; attempt += 1) {
    const after = change(current.record);
    if (!after) return null;
    try {
      return await services.store.apply({
        entity: 'trackedIssue',
        id: current.id,
        before: current,
        after,
        actor,
        at: services.clock.now(),
      });
    } catch (error) {
      if (!(error instanceof Failure && error.code === 'conflict') || attempt >= attempts) throw error;
      current = await services.store.get('trackedIssue', current.id);
    }
  }
  return null;
}
