import type { TrailEntry } from '../../domain/trail/trailEntry';
import type { AuditTrail, TrailQuery } from '../../ports/auditTrail';

const PAGE = 1000;

/**
 * Every trail entry matching the filter, oldest first (after `from`, when given), read a page at a
 * time so memory stays flat however long the trail grows. Stop iterating to stop reading.
 */
export async function* trailEntries(
  trail: AuditTrail,
  filter: Omit<TrailQuery, 'afterSeq' | 'limit'> = {},
  from = 0,
): AsyncGenerator<TrailEntry> {
  let afterSeq = from;
  for (;;) {
    const page = await trail.entries({ ...filter, afterSeq, limit: PAGE });
    yield* page;
    if (page.length < PAGE) return;
    afterSeq = page[page.length - 1]!.seq;
  }
}
