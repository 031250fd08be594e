import type { Failure } from '../domain/failure';
import type { EntityName, EntityTypes } from './entities';

export interface StoredRecord<T> {
  id: string;
  /** Incremented by every change; the optimistic-concurrency token clients send back. */
  version: number;
  record: T;
  updatedAt: string;
  updatedBy: string;
}

/**
 * One change to one record. `before` is the stored record the caller read (null to create); its
 * version is the one the change expects to replace, so a concurrent change makes this one fail
 * with `conflict` instead of overwriting it. `after` null deletes the record.
 */
export interface RecordChange<K extends EntityName> {
  entity: K;
  id: string;
  before: StoredRecord<EntityTypes[K]> | null;
  after: EntityTypes[K] | null;
  actor: string;
  at: Date;
  /** Why: required by the store when `before` was approved or signed (that version has a signature). */
  reason?: string | null;
}

/** What became of one change of a batch: the record as stored (null after a delete), or why not. */
export type ChangeOutcome<K extends EntityName> =
  { ok: true; stored: StoredRecord<EntityTypes[K]> | null } | { ok: false; failure: Failure };

/**
 * Filters that are no member of the record but a column derived from one: a tracked issue's Jira
 * issue id and key (its `issue` is nested), which Jira's events and searches name; a finding's
 * area (in its `content`), which repeat detection compares within.
 */
interface DerivedFilters {
  trackedIssue: 'issueId' | 'issueKey';
  finding: 'areaId';
}
export type FilterField<K extends EntityName> =
  (keyof EntityTypes[K] & string) | (K extends keyof DerivedFilters ? DerivedFilters[K] : never);

/** List members a record can be found by: a corrective action by the findings it answers. */
interface ListMembers {
  correctiveAction: 'findingIds';
}
export type MemberField<K extends EntityName> = K extends keyof ListMembers ? ListMembers[K] : never;

/**
 * The system of record. Every write goes through `apply`, which records the change in the
 * hash-chained audit trail as part of the same write: there is no untrailed way to change a record.
 */
export interface RecordStore {
  get<K extends EntityName>(entity: K, id: string): Promise<StoredRecord<EntityTypes[K]> | null>;
  list<K extends EntityName>(entity: K): Promise<StoredRecord<EntityTypes[K]>[]>;
  /**
   * Records whose `field` equals `value`, or any of several values (an `IN (…)` read, so a page of
   * Jira issue ids costs a read, not one per id); only fields the store indexes for it.
   */
  listBy<K extends EntityName>(
    entity: K,
    field: FilterField<K>,
    value: string | readonly string[],
  ): Promise<StoredRecord<EntityTypes[K]>[]>;
  /**
   * At most `limit` records in id order after `afterId` (null: from the first): one bounded part
   * of a table, for a job that walks a large table over several runs and keeps its place.
   */
  listAfter<K extends EntityName>(
    entity: K,
    afterId: string | null,
    limit: number,
  ): Promise<StoredRecord<EntityTypes[K]>[]>;
  /**
   * How many records have each of `values` in `field` (an indexed field, as listBy's), counted by
   * the database in a grouped read per few hundred values: a list's counts without its records.
   * A value no record has is absent from the map.
   */
  countBy<K extends EntityName>(
    entity: K,
    field: FilterField<K>,
    values: readonly string[],
  ): Promise<Map<string, number>>;
  /**
   * The records whose list `field` holds any of `values` (the corrective actions answering some
   * findings), in id order, in a read per few dozen values whose answer is those records alone.
   */
  listContaining<K extends EntityName>(
    entity: K,
    field: MemberField<K>,
    values: readonly string[],
  ): Promise<StoredRecord<EntityTypes[K]>[]>;
  /**
   * Every record of several entities in ONE read (one SQL statement): what a review macro needs
   * at once, so a page of macros costs a statement or two each, not one per record type.
   */
  listMany<K extends EntityName>(entities: readonly K[]): Promise<{ [E in K]: StoredRecord<EntityTypes[E]>[] }>;
  /** The records with these ids that exist, by id, in a read per few hundred ids (not one per id). */
  getMany<K extends EntityName>(entity: K, ids: readonly string[]): Promise<Map<string, StoredRecord<EntityTypes[K]>>>;
  /** Throws `Failure('conflict')` when `before` is no longer the current version. */
  apply<K extends EntityName>(change: RecordChange<K>): Promise<StoredRecord<EntityTypes[K]> | null>;
  /**
   * Many changes (one entity type, each record at most once) with the guarantees of `apply` one by
   * one — versions, trail entries in the given order, the hash chain, recovery of an interrupted
   * write — in a few multi-row statements instead of three per record. Input that `apply` would
   * refuse (schema, a missing reason, a permanent record) throws before anything is written; a
   * stale `before` fails that change alone with `conflict`, in its outcome, and the others land.
   */
  applyMany<K extends EntityName>(changes: readonly RecordChange<K>[]): Promise<ChangeOutcome<K>[]>;
}
