import type { TrailEntry } from '../../domain/trail/trailEntry';
import type { AuditTrail, TrailQuery } from '../../ports/auditTrail';

/**
 * Entries per read. The app's entries average about 2.4 KB (bench `trail`, demo-188), so a page
 * is about 1 MB: a quarter of Forge SQL's 4 MiB answer limit, leaving room for pages of larger
 * records.
 */
const PAGE = 400;

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
