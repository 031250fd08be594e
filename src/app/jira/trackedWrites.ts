import { Failure } from '../../domain/failure';
import type { TrackedIssueRecord } from '../../domain/jira/trackedIssue';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices } from '../services';

type Tracked = StoredRecord<TrackedIssueRecord>;

/**
 * Optimistic writes of many tracked records, each from the version its caller read, in one batch
 * of the store (a few statements, not three per record). A record someone else changed meanwhile
 * comes back as null: the caller leaves that subject to whoever did.
 */
export async function writeTrackedMany(
  services: AppServices,
  writes: ReadonlyArray<{ tracked: Tracked; change: (record: TrackedIssueRecord) => TrackedIssueRecord }>,
  actor: string,
): Promise<Array<Tracked | null>> {
  if (writes.length === 0) return [];
  const at = services.clock.now();
  const outcomes = await services.store.applyMany(
    writes.map(({ tracked, change }) => ({
      entity: 'trackedIssue' as const,
      id: tracked.id,
      before: tracked,
      after: change(tracked.record),
      actor,
      at,
    })),
  );
  return outcomes.map((outcome) => {
    if (outcome.ok) return outcome.stored;
    if (outcome.failure instanceof Failure && outcome.failure.code === 'conflict') return null;
    throw outcome.failure;
  });
}
