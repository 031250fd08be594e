import { recordBreak } from '../../domain/trail/recordIntegrity';
import { unappliedBreak } from '../../domain/trail/unappliedEntries';
import { TrailVerifier, type TrailBreak, type TrailVerdict } from '../../domain/trail/verifyTrail';
import type { AuditTrail, RecordCursor } from '../../ports/auditTrail';
import type { AppServices } from '../services';
import { trailEntries } from './trailPages';

/** Trail entries per range when looking for records the store no longer shows as the trail does. */
const SEQ_RANGE = 10_000;
/** Records read per page when comparing the stored records with their trail. */
const RECORD_PAGE = 500;
/** Enough tampered records to name the damage; past this the verdict says there are more. */
const MAX_RECORD_BREAKS = 50;

/** The verifyAuditTrail resolver's use case: the verdict on this site's trail and its records. */
export async function verifyAuditTrail(services: AppServices): Promise<TrailVerdict> {
  return verifyTrailAndRecords(services.trail);
}

/**
 * Verifies the trail and the records against it, streaming page by page:
 *  1. the chain: every entry follows the one before and matches its hash (stops at the first break);
 *  2. the anchor kept outside SQL: the chain still reaches the highest head ever anchored, with the
 *     same hash — entries removed from the end, or a chain recomputed after a change, show here;
 *  3. the records: each stored row is exactly what the trail recorded for its version, and every
 *     record the trail has written is in the store at its newest version (a write in progress aside).
 * An intact result is anchored in turn, so the anchor keeps up even if a write's own anchoring failed.
 */
export async function verifyTrailAndRecords(trail: AuditTrail): Promise<TrailVerdict> {
  // Read the anchor first: every head it names was written before it was anchored, so it is in the
  // store by the time the chain is read.
  const verifier = new TrailVerifier(await trail.anchoredHead());
  let chainBroke = false;
  for await (const entry of trailEntries(trail)) {
    if (!verifier.push(entry)) {
      chainBroke = true;
      break;
    }
  }
  const storedHeadSeq = chainBroke ? await trail.headSeq() : undefined;
  const verdict = verifier.verdict({ storedHeadSeq, records: await tamperedRecords(trail) });
  if (verdict.intact && verdict.lastSeq > 0) await trail.anchorHead({ seq: verdict.lastSeq, hash: verdict.lastHash });
  return verdict;
}

async function tamperedRecords(trail: AuditTrail): Promise<TrailBreak[]> {
  const found: TrailBreak[] = [];
  const enough = () => found.length > MAX_RECORD_BREAKS;
  // Records the trail wrote that the store no longer shows as it recorded them (deleted, set back).
  const head = await trail.headSeq();
  for (let afterSeq = 0; afterSeq < head && !enough(); afterSeq += SEQ_RANGE) {
    const { entries, appliedThrough } = await trail.unappliedEntries({ afterSeq, throughSeq: afterSeq + SEQ_RANGE });
    found.push(...entries.flatMap((entry) => unappliedBreak(entry, appliedThrough) ?? []));
  }
  // Records the store holds, each against the trail entry for its version.
  let cursor: RecordCursor | null = null;
  while (!enough()) {
    const page = await trail.recordsBesideTrail(cursor, RECORD_PAGE);
    found.push(...page.records.flatMap((record) => recordBreak(record) ?? []));
    cursor = page.next;
    if (!cursor) break;
  }
  if (!enough()) return found;
  return [
    ...found.slice(0, MAX_RECORD_BREAKS),
    { seq: 0, kind: 'record', message: `More than ${MAX_RECORD_BREAKS} records differ from their trail` },
  ];
}
