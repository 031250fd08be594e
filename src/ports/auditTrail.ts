import type { RecordBesideTrail } from '../domain/trail/recordIntegrity';
import type { TrailEntry } from '../domain/trail/trailEntry';
import type { AnchorState, TrailHead } from '../domain/trail/trailHead';
import type { UnappliedEntry } from '../domain/trail/unappliedEntries';

export interface TrailQuery {
  entityType?: string;
  entityId?: string;
  entityVersion?: number;
  /** Any of these versions (one read for the few versions a record's signatures name). */
  entityVersions?: readonly number[];
  actor?: string;
  action?: string;
  /** ISO date-times, inclusive. */
  from?: string;
  to?: string;
  afterSeq?: number;
  limit: number;
  /**
   * Entries exactly as stored, compact ones not rebuilt (`stored` holds what the hash covers): what
   * a walk that only proves the chain needs, with no reads of earlier versions.
   */
  asStored?: boolean;
}

/** A record write whose trail entry was claimed but whose row change never landed (a crash). */
export interface InterruptedWrite {
  seq: number;
  entityType: string;
  entityId: string;
  entityVersion: number;
}

/** Where a walk over the stored records stopped: the next page starts after this record. */
export interface RecordCursor {
  entityType: string;
  entityId: string;
}

/** Read access to the append-only trail. Nothing here, or anywhere, updates or deletes an entry. */
export interface AuditTrail {
  /**
   * The sequence number of the newest entry (0 for an empty trail): every change to the store moves
   * it, so it stamps figures computed from the store (a review macro's snapshot). One read.
   */
  headSeq(): Promise<number>;
  /**
   * The record types changed by the entries after `afterSeq` up to `throughSeq` (inclusive), each
   * once: whether figures computed at `afterSeq` from some record types still hold. One small read.
   */
  entityTypesChanged(range: { afterSeq: number; throughSeq: number }): Promise<string[]>;
  /** Entries in sequence order, `afterSeq` exclusive, with whole old and new values (unless `asStored`). */
  entries(query: TrailQuery): Promise<TrailEntry[]>;
  /**
   * A page of stored records, every record type in turn, each beside the trail entry for its
   * version (one read per page); `next` is null after the last page.
   */
  recordsBesideTrail(
    after: RecordCursor | null,
    limit: number,
  ): Promise<{ records: RecordBesideTrail[]; next: RecordCursor | null }>;
  /** One stored record beside the trail entry for its version (null when there is no such record). */
  recordBesideTrail(entityType: string, entityId: string): Promise<RecordBesideTrail | null>;
  /**
   * Within a range of sequence numbers, every record's newest trail entry that its row does not
   * show (writes in progress, interrupted ones, and rows changed outside the app), with the seq up
   * to which the repair sweep has completed every write. One read per range (and one per entry found).
   */
  unappliedEntries(range: {
    afterSeq: number;
    throughSeq: number;
  }): Promise<{ entries: UnappliedEntry[]; appliedThrough: number }>;
  /** The head anchored outside the database (nothing anchored: no head, no conflict). */
  anchoredHead(): Promise<AnchorState>;
  /** Anchors a head that has just been verified (the anchor never moves backward). */
  anchorHead(head: TrailHead): Promise<void>;
  /** Trail entries whose record change is missing from the store. */
  findInterruptedWrites(): Promise<InterruptedWrite[]>;
  /** Completes every interrupted write from its trail entry (roll forward); returns what it repaired. */
  recoverInterruptedWrites(): Promise<InterruptedWrite[]>;
}
