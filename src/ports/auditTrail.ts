import type { TrailEntry } from '../domain/trail/trailEntry';

export interface TrailQuery {
  entityType?: string;
  entityId?: string;
  entityVersion?: number;
  actor?: string;
  action?: string;
  /** ISO date-times, inclusive. */
  from?: string;
  to?: string;
  afterSeq?: number;
  limit: number;
}

/** A record write whose trail entry was claimed but whose row change never landed (a crash). */
export interface InterruptedWrite {
  seq: number;
  entityType: string;
  entityId: string;
  entityVersion: number;
}

/** Read access to the append-only trail. Nothing here, or anywhere, updates or deletes an entry. */
export interface AuditTrail {
  /**
   * The sequence number of the newest entry (0 for an empty trail): every change to the store moves
   * it, so it stamps figures computed from the store (a review macro's snapshot). One read.
   */
  headSeq(): Promise<number>;
  /** Entries in sequence order, `afterSeq` exclusive. */
  entries(query: TrailQuery): Promise<TrailEntry[]>;
  /** Trail entries whose record change is missing from the store. */
  findInterruptedWrites(): Promise<InterruptedWrite[]>;
  /** Completes every interrupted write from its trail entry (roll forward); returns what it repaired. */
  recoverInterruptedWrites(): Promise<InterruptedWrite[]>;
}
