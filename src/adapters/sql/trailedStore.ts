import type { Kysely } from 'kysely';
import { conflict, Failure, invalidInput } from '../../domain/failure';
import { reasonRequiredToChange } from '../../domain/trail/reasonRequired';
import { chainTrailEntry, GENESIS_HASH, type TrailEntry } from '../../domain/trail/trailEntry';
import type { RecordBesideTrail } from '../../domain/trail/recordIntegrity';
import type { UnappliedEntry } from '../../domain/trail/unappliedEntries';
import { noAnchor, type AnchorState, type TrailHead } from '../../domain/trail/trailHead';
import type { AuditTrail, InterruptedWrite, RecordCursor, TrailQuery } from '../../ports/auditTrail';
import { appendOnlyEntities, type EntityName, type EntityTypes } from '../../ports/entities';
import type {
  ChangeOutcome,
  FilterField,
  MemberField,
  RecordChange,
  RecordStore,
  StoredRecord,
} from '../../ports/recordStore';
import type { TrailAnchor } from '../../ports/trailAnchor';
import type { Database } from './database';
import { entityTable, isEntityName } from './entityTables';
import { rowToTrailEntry, trailEntryToRow } from './trailRows';
import { withWholeValues } from './trailHistory';
import { readTrailEntries } from './trailEntriesRead';
import { isTransientConflict, isUniqueViolation } from './engineErrors';
import { findInterruptedWritesAfter } from './interruptedWrites';
import { unappliedEntriesIn } from './unappliedInRange';
import { entityTypesChangedIn } from './changedEntityTypes';
import { listManyEntities } from './listMany';
import { readTableAfter, readTableInPages } from './tableInPages';
import { countRowsBy, readRowsHolding } from './indexedReads';
import { readRecordBesideTrail, readRecordsBesideTrail } from './recordsBesideTrail';
import { readStoreMeta, writeStoreMeta } from './storeMeta';
import { applyRow, sleep } from './rowWrites';
import { trailContentOf, writeBatch } from './batchWrite';

/** How many times a writer re-reads the trail head after losing the race for a sequence number. */
const MAX_SEQ_ATTEMPTS = 200;
/** Ids per `IN (…)` list of `getMany`: a few hundred rows a read keeps each answer small. */
const GET_MANY_IDS = 500;
/** Values per `IN (…)` list of `listBy`: a whole page of a Jira id search. */
const LIST_BY_VALUES = 5000;
const CHECKPOINT_KEY = 'trailRepairCheckpoint';

/**
 * The SQL record store and audit trail, on any Kysely dialect (Forge SQL, SQLite, MariaDB).
 *
 * Forge SQL has no transactions, so a record change and its trail entry cannot be one atomic
 * write. The trail is therefore the store's *write-ahead log*:
 *
 *  1. read the trail head (sequence number and hash);
 *  2. insert the trail entry for record version N+1, complete with the new values. Two unique keys
 *     make this the claim: `seq` (a racing writer re-reads the head and retries) and
 *     `(entity, id, version)` (a racing writer to the same record gets `conflict`);
 *  3. write the row: `UPDATE … WHERE id = ? AND version = N` (or the INSERT / DELETE).
 *
 * Three statements per write. A crash between 2 and 3 leaves a trail entry whose row change is
 * missing; `findInterruptedWrites` sees it (the entity's latest trail version is ahead of its row)
 * and `recoverInterruptedWrites` rolls it forward from the entry's own `after` values — nothing is
 * lost and nothing is written twice. The next writer to that record also repairs it on the spot.
 * No code path updates or deletes a trail row.
 *
 * After each write the new head (seq and hash) is raised in the anchor, outside SQL (Forge KVS):
 * one small write that lets verification see entries removed from the end, or a chain recomputed.
 */
export class SqlTrailedStore implements RecordStore, AuditTrail {
  // Record tables are chosen at run time from the entity name, which Kysely's table typing cannot
  // follow; `rows` is the same connection seen untyped, used only with names from entityTables.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  private readonly rows: Kysely<any>;

  private readonly anchor: TrailAnchor | null;

  constructor(
    private readonly db: Kysely<Database>,
    options: { anchor?: TrailAnchor } = {},
  ) {
    this.anchor = options.anchor ?? null;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    this.rows = db as unknown as Kysely<any>;
  }

  async get<K extends EntityName>(entity: K, id: string): Promise<StoredRecord<EntityTypes[K]> | null> {
    const { table } = entityTable(entity);
    const row = await this.rows.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
    return row ? this.toStored(entity, row as Record<string, unknown>) : null;
  }

  async getMany<K extends EntityName>(
    entity: K,
    ids: readonly string[],
  ): Promise<Map<string, StoredRecord<EntityTypes[K]>>> {
    const { table } = entityTable(entity);
    const unique = [...new Set(ids)];
    const found = new Map<string, StoredRecord<EntityTypes[K]>>();
    for (let i = 0; i < unique.length; i += GET_MANY_IDS) {
      const rows = await this.rows
        .selectFrom(table)
        .selectAll()
        .where('id', 'in', unique.slice(i, i + GET_MANY_IDS))
        .execute();
      for (const row of rows) found.set(String(row.id), this.toStored(entity, row as Record<string, unknown>));
    }
    return found;
  }

  async list<K extends EntityName>(entity: K): Promise<StoredRecord<EntityTypes[K]>[]> {
    const rows = await readTableInPages(this.rows, entityTable(entity).table);
    return rows.map((row) => this.toStored(entity, row));
  }

  async listBy<K extends EntityName>(
    entity: K,
    field: FilterField<K>,
    value: string | readonly string[],
  ): Promise<StoredRecord<EntityTypes[K]>[]> {
    const table = entityTable(entity);
    const column = table.filterable?.[field];
    if (!column) throw new Error(`listBy: ${entity}.${field} is not filterable`);
    const values = typeof value === 'string' ? [value] : [...new Set(value)];
    const rows: Record<string, unknown>[] = [];
    // A search page of Jira ids (5,000) is one list: about 60 KB of request, far under 1 MiB.
    for (let i = 0; i < values.length; i += LIST_BY_VALUES) {
      const part = typeof value === 'string' ? value : values.slice(i, i + LIST_BY_VALUES);
      rows.push(...(await readTableInPages(this.rows, table.table, { column: column as string, value: part })));
    }
    if (values.length > LIST_BY_VALUES) rows.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
    return rows.map((row) => this.toStored(entity, row));
  }

  async listAfter<K extends EntityName>(
    entity: K,
    afterId: string | null,
    limit: number,
  ): Promise<StoredRecord<EntityTypes[K]>[]> {
    const rows = await readTableAfter(this.rows, entityTable(entity).table, afterId, limit);
    return rows.map((row) => this.toStored(entity, row));
  }

  async countBy<K extends EntityName>(
    entity: K,
    field: FilterField<K>,
    values: readonly string[],
  ): Promise<Map<string, number>> {
    const table = entityTable(entity);
    const column = table.filterable?.[field];
    if (!column) throw new Error(`countBy: ${entity}.${field} is not filterable`);
    return countRowsBy(this.rows, table.table, column as string, values);
  }

  async listContaining<K extends EntityName>(
    entity: K,
    field: MemberField<K>,
    values: readonly string[],
  ): Promise<StoredRecord<EntityTypes[K]>[]> {
    const table = entityTable(entity);
    if (!table.members?.includes(field)) throw new Error(`listContaining: ${entity}.${field} is not a listed member`);
    const wanted = new Set(values);
    // The rows come as a superset (see readRowsHolding): the parsed record decides.
    return (await readRowsHolding(this.rows, table.table, values))
      .map((row) => this.toStored(entity, row))
      .filter((stored) => {
        const members = (stored.record as Record<string, unknown>)[field];
        return Array.isArray(members) && members.some((member) => wanted.has(member as string));
      });
  }

  /** Every record of several entities in one statement (see listManyEntities). */
  listMany<K extends EntityName>(entities: readonly K[]): Promise<{ [E in K]: StoredRecord<EntityTypes[E]>[] }> {
    return listManyEntities(this.rows, entities, (entity, row) => this.toStored(entity, row));
  }

  async apply<K extends EntityName>(change: RecordChange<K>): Promise<StoredRecord<EntityTypes[K]> | null> {
    if (!change.before && !change.after) {
      throw invalidInput('after', 'Nothing to write: no record before and none after');
    }
    if (change.before && appendOnlyEntities.has(change.entity)) {
      throw new Failure('forbidden', `A ${change.entity} record is permanent: it cannot be changed or deleted`);
    }
    const reason = change.reason?.trim() || null;
    const needsReason =
      change.before &&
      (reasonRequiredToChange(change.before.record) ||
        (await this.isSigned(change.entity, change.id, change.before.version)));
    if (needsReason && !reason) {
      throw invalidInput('reason', 'This record was approved or signed: give a reason for changing it');
    }
    const entry = await this.claimTrailEntry(trailContentOf(change, reason));
    await applyRow(this.rows, entry);
    await this.raiseAnchor({ seq: entry.seq, hash: entry.hash });
    if (!entry.after) return null;
    return {
      id: change.id,
      version: entry.entityVersion,
      record: entry.after as EntityTypes[K],
      updatedAt: entry.at,
      updatedBy: entry.actor,
    };
  }

  /**
   * Many changes in a few multi-row statements, trail first (see writeBatch): what a job that
   * writes hundreds of records at once (raising findings in Jira) needs to stay inside a request.
   */
  applyMany<K extends EntityName>(changes: readonly RecordChange<K>[]): Promise<ChangeOutcome<K>[]> {
    return writeBatch(
      {
        db: this.db,
        rows: this.rows,
        head: () => this.head(),
        recoverEntity: (type, id) => this.recoverEntity(type, id),
        raiseAnchor: (head) => this.raiseAnchor(head),
      },
      changes,
    );
  }

  // ---- the audit trail ----------------------------------------------------------------------

  entries(query: TrailQuery): Promise<TrailEntry[]> {
    return readTrailEntries(this.db, query);
  }

  recordsBesideTrail(
    after: RecordCursor | null,
    limit: number,
  ): Promise<{ records: RecordBesideTrail[]; next: RecordCursor | null }> {
    return readRecordsBesideTrail(this.rows, after, limit);
  }

  async recordBesideTrail(entityType: string, entityId: string): Promise<RecordBesideTrail | null> {
    return isEntityName(entityType) ? readRecordBesideTrail(this.rows, entityType, entityId) : null;
  }

  async entityTypesChanged(range: { afterSeq: number; throughSeq: number }): Promise<string[]> {
    return entityTypesChangedIn(this.rows, range);
  }

  async unappliedEntries(range: {
    afterSeq: number;
    throughSeq: number;
  }): Promise<{ entries: UnappliedEntry[]; appliedThrough: number }> {
    // The checkpoint first: an entry the sweep completes meanwhile is then judged as in progress.
    const appliedThrough = await this.readCheckpoint();
    return { entries: await unappliedEntriesIn(this.rows, range), appliedThrough };
  }

  async anchoredHead(): Promise<AnchorState> {
    return this.anchor ? this.anchor.read() : noAnchor;
  }

  async anchorHead(head: TrailHead): Promise<void> {
    await this.raiseAnchor(head);
  }

  async findInterruptedWrites(): Promise<InterruptedWrite[]> {
    return findInterruptedWritesAfter(this.rows, await this.readCheckpoint());
  }

  async recoverInterruptedWrites(): Promise<InterruptedWrite[]> {
    const head = await this.head();
    const interrupted = await this.findInterruptedWrites();
    for (const write of interrupted) {
      const [entry] = await this.entries({ afterSeq: write.seq - 1, limit: 1 });
      if (entry) await applyRow(this.rows, entry);
    }
    // Every entry up to the head seen before the scan is now applied (or was in flight and has just
    // been rolled forward), so later scans can start after it.
    if (head) await this.writeCheckpoint(head.seq);
    return interrupted;
  }

  // ---- internals ----------------------------------------------------------------------------

  /**
   * The record change (or the verification) is done; a failure to anchor must not make it look as
   * if it had not. The next write or verification anchors a higher head, so the gap left is short.
   */
  private async raiseAnchor(head: TrailHead): Promise<void> {
    try {
      await this.anchor?.raise(head);
    } catch (error) {
      console.warn(`The trail head ${head.seq} could not be anchored: ${String(error)}`);
    }
  }

  /** Whether anyone signed this version of the record (then changing it needs a reason). */
  private async isSigned(entity: string, id: string, version: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('signatures')
      .select('id')
      .where('record_type', '=', entity)
      .where('record_id', '=', id)
      .where('record_version', '=', version)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  private toStored<K extends EntityName>(entity: K, row: Record<string, unknown>): StoredRecord<EntityTypes[K]> {
    const table = entityTable(entity);
    const parsed = table.schema.safeParse(table.fromColumns(row));
    if (!parsed.success) {
      throw new Failure(
        'unavailable',
        `Stored ${entity} ${String(row.id)} does not match its schema: ${parsed.error.message}`,
      );
    }
    return {
      id: String(row.id),
      version: Number(row.version),
      record: parsed.data,
      updatedAt: String(row.updated_at),
      updatedBy: String(row.updated_by),
    };
  }

  async headSeq(): Promise<number> {
    return (await this.head())?.seq ?? 0;
  }

  private async head(): Promise<{ seq: number; hash: string } | null> {
    const row = await this.db
      .selectFrom('audit_trail')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? { seq: Number(row.seq), hash: String(row.hash) } : null;
  }

  private async claimTrailEntry(content: Omit<TrailEntry, 'seq' | 'prevHash' | 'hash'>): Promise<TrailEntry> {
    for (let attempt = 0; attempt < MAX_SEQ_ATTEMPTS; attempt += 1) {
      const head = await this.head();
      const entry = chainTrailEntry({ ...content, seq: (head?.seq ?? 0) + 1 }, head?.hash ?? GENESIS_HASH);
      try {
        await this.db.insertInto('audit_trail').values(trailEntryToRow(entry)).execute();
        return entry;
      } catch (error) {
        if (isTransientConflict(error)) {
          // The engine rolled the insert back (e.g. an InnoDB deadlock between racing inserts):
          // nothing was claimed, so simply try again from a fresh head.
          await sleep(Math.min(50, attempt) * Math.random());
          continue;
        }
        if (!isUniqueViolation(error)) throw error;
      }
      if (await this.versionClaimed(content.entityType, content.entityId, content.entityVersion)) {
        // Someone else changed this record first — or crashed doing it: finish their write so the
        // caller reloads the true current state, then report the conflict.
        await this.recoverEntity(content.entityType, content.entityId);
        throw conflict(
          `${content.entityType} ${content.entityId} was changed by someone else (version ${content.entityVersion} exists). Reload and try again.`,
          'expectedVersion',
        );
      }
      await sleep(Math.min(50, attempt) * Math.random());
    }
    throw new Failure(
      'unavailable',
      'The audit trail is too busy to record this change; nothing was changed. Try again.',
    );
  }

  private async versionClaimed(entityType: string, entityId: string, entityVersion: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('audit_trail')
      .select('seq')
      .where('entity_type', '=', entityType)
      .where('entity_id', '=', entityId)
      .where('entity_version', '=', entityVersion)
      .executeTakeFirst();
    return row !== undefined;
  }

  private async recoverEntity(entityType: string, entityId: string): Promise<void> {
    const latest = await this.db
      .selectFrom('audit_trail')
      .selectAll()
      .where('entity_type', '=', entityType)
      .where('entity_id', '=', entityId)
      .orderBy('entity_version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!latest) return;
    const [entry] = await withWholeValues(this.db, [rowToTrailEntry(latest)]);
    await applyRow(this.rows, entry!);
  }

  private async readCheckpoint(): Promise<number> {
    return Number((await readStoreMeta(this.db, CHECKPOINT_KEY)) ?? 0);
  }

  private async writeCheckpoint(seq: number): Promise<void> {
    await writeStoreMeta(this.db, CHECKPOINT_KEY, String(seq));
  }
}
