import { TrailVerifier, type TrailVerdict } from '../../domain/trail/verifyTrail';
import type { AuditTrail } from '../../ports/auditTrail';

const PAGE = 1000;

/** Walks the whole trail page by page (memory stays flat however long the trail grows). */
export async function verifyAuditTrail(trail: AuditTrail): Promise<TrailVerdict> {
  const verifier = new TrailVerifier();
  let afterSeq = 0;
  for (;;) {
    const page = await trail.entries({ afterSeq, limit: PAGE });
    for (const entry of page) {
      if (!verifier.push(entry)) return verifier.verdict();
    }
    if (page.length < PAGE) return verifier.verdict();
    afterSeq = page[page.length - 1]!.seq;
  }
}
