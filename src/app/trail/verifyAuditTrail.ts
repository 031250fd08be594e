import { TrailVerifier, type TrailVerdict } from '../../domain/trail/verifyTrail';
import type { AuditTrail } from '../../ports/auditTrail';
import { trailEntries } from './trailPages';

/** Walks the whole trail, stopping at the first entry that does not verify. */
export async function verifyAuditTrail(trail: AuditTrail): Promise<TrailVerdict> {
  const verifier = new TrailVerifier();
  for await (const entry of trailEntries(trail)) {
    if (!verifier.push(entry)) break;
  }
  return verifier.verdict();
}
