import { createHash } from 'node:crypto';

/** The digest of no records at all. */
export const EMPTY_LIVE_RECORDS = '0'.repeat(64);

/** What the digest needs of a trail entry: which record version it made current, or removed. */
export interface RecordVersionChange {
  action: string;
  entityType: string;
  entityId: string;
  entityVersion: number;
}

/**
 * A fixed-size fingerprint of a set of record versions (type, id, version): the XOR of each
 * member's SHA-256. XOR is order-free and its own inverse, so the set the trail says is current
 * can be kept up to date entry by entry (a create adds version 1, an update swaps version N-1 for N,
 * a delete removes N-1) and compared in one step with the set the store holds, read page by page.
 * Equal digests mean the store holds exactly the newest version of every record the trail has not
 * deleted: nothing deleted, put back or set back outside the app. That is what lets verification
 * skip the walk over the whole trail when nothing has changed (see app/trail/verifyFromCheckpoint.ts).
 */
export class LiveRecordDigest {
  private readonly bytes: Buffer;

  constructor(hex: string = EMPTY_LIVE_RECORDS) {
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new TypeError('LiveRecordDigest: a digest is 64 hex digits');
    this.bytes = Buffer.from(hex, 'hex');
  }

  /** Adds a record version to the set, or removes it when it is already there. */
  toggle(entityType: string, entityId: string, version: number): void {
    const member = createHash('sha256').update(`${entityType}\n${entityId}\n${version}`).digest();
    for (let i = 0; i < member.length; i += 1) this.bytes[i] = this.bytes[i]! ^ member[i]!;
  }

  /** Applies one trail entry: the record version it made current replaces the one before it. */
  apply(change: RecordVersionChange): void {
    const { action, entityType, entityId, entityVersion } = change;
    if (action !== 'create') this.toggle(entityType, entityId, entityVersion - 1);
    if (action !== 'delete') this.toggle(entityType, entityId, entityVersion);
  }

  get hex(): string {
    return this.bytes.toString('hex');
  }
}
