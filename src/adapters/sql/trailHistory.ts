import type { Kysely } from 'kysely';
import { rebuildEntries, versionsToRebuild, type VersionRange } from '../../domain/trail/trailCompaction';
import type { TrailEntry } from '../../domain/trail/trailEntry';
import type { Database } from './database';
import { rowToTrailEntry } from './trailRows';

/**
 * Records per history read. Each brings at most FULL_EVERY entries, mostly small deltas, with one
 * stored whole: a few hundred KB at the large customer's record sizes.
 */
const RECORDS_PER_READ = 50;

/**
 * The entries with their compact members rebuilt whole (see trailCompaction.ts). Entries that are
 * all stored whole (every entry written before compaction, every create) cost nothing; otherwise
 * one read per RECORDS_PER_READ records brings the earlier versions the page does not hold.
 */
export async function withWholeValues(db: Kysely<Database>, entries: TrailEntry[]): Promise<TrailEntry[]> {
  if (!entries.some((entry) => entry.stored)) return entries;
  const ranges = versionsToRebuild(entries);
  const history: TrailEntry[] = [];
  for (let i = 0; i < ranges.length; i += RECORDS_PER_READ) {
    history.push(...(await readRanges(db, ranges.slice(i, i + RECORDS_PER_READ))));
  }
  return rebuildEntries(entries, history);
}

async function readRanges(db: Kysely<Database>, ranges: VersionRange[]): Promise<TrailEntry[]> {
  if (ranges.length === 0) return [];
  const rows = await db
    .selectFrom('audit_trail')
    .selectAll()
    .where((eb) =>
      eb.or(
        ranges.map((range) =>
          eb.and([
            eb('entity_type', '=', range.entityType),
            eb('entity_id', '=', range.entityId),
            eb('entity_version', '>=', range.fromVersion),
            eb('entity_version', '<=', range.toVersion),
          ]),
        ),
      ),
    )
    .execute();
  return rows.map(rowToTrailEntry);
}
