import type { CheckpointedVerdict } from '../../domain/trail/checkpoint';
import { LiveRecordDigest } from '../../domain/trail/liveRecords';
import { TrailVerifier, type TrailVerdict } from '../../domain/trail/verifyTrail';
import type { AuditTrail } from '../../ports/auditTrail';
import type { AppServices } from '../services';
import { recordsAgainstTrail } from './recordsAgainstTrail';
import { trailEntries } from './trailPages';
import { verifyFromCheckpoint } from './verifyFromCheckpoint';

/**
 * The verifyAuditTrail resolver's use case: the verdict on this site's trail and its records, from
 * the last checkpoint on (the whole trail the first time), so it answers well inside a resolver's
 * 25 s however long the trail grows. The full re-verification runs as a background job.
 */
export async function verifyAuditTrail(services: AppServices): Promise<CheckpointedVerdict> {
  return verifyFromCheckpoint(services.trail, services.trailCheckpoints, services.clock.now());
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
  const live = new LiveRecordDigest();
  let chainBroke = false;
  for await (const entry of trailEntries(trail, { asStored: true })) {
    if (!verifier.push(entry)) {
      chainBroke = true;
      break;
    }
    live.apply(entry);
  }
  const storedHeadSeq = chainBroke ? await trail.headSeq() : undefined;
  const verdict = verifier.verdict({
    storedHeadSeq,
    records: await recordsAgainstTrail(trail, chainBroke ? null : live.hex),
  });
  if (verdict.intact && verdict.lastSeq > 0) await trail.anchorHead({ seq: verdict.lastSeq, hash: verdict.lastHash });
  return verdict;
}
