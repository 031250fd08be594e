import type { Kysely } from 'kysely';
import { conflict, Failure, invalidInput } from '../../domain/failure';
import { reasonRequiredToChange } from '../../domain/trail/reasonRequired';
import { storedValuesOf } from '../../domain/trail/trailCompaction';
import { chainTrailEntry, GENESIS_HASH, type TrailEntry } from '../../domain/trail/trailEntry';
import type { TrailHead } from '../../domain/trail/trailHead';
import { appendOnlyEntities, type EntityName, type EntityTypes } from '../../ports/entities';
import type { ChangeOutcome, RecordChange } from '../../ports/recordStore';
import type { Database } from './database';
import { isTransientConflict, isUniqueViolation } from './engineErrors';
import { entityTable } from './entityTables';
import { applyRows, sleep } from './rowWrites';
import { rowValuesCost, withinStatementBudget } from './statementBudget';
import { trailEntryToRow } from './trailRows';

/** How many times one run of entries re-reads the trail head after losing the race for its numbers. */
const MAX_RUN_ATTEMPTS = 200;
/** Ids per `IN (…)` list of a read. */
const idsPerRead = 500;

type Content = Omit<TrailEntry, 'seq' | 'prevHash' | 'hash'>;

/** What the batch needs of the store it writes through. */
export interface BatchStore {
  db: Kysely<Database>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are chosen at run time (see SqlTrailedStore)
  rows: Kysely<any>;
  head(): Promise<TrailHead | null>;
  /** Finishes whatever write to this record is in the trail but not yet in its row. */
  recoverEntity(entityType: string, entityId: string): Promise<void>;
  raiseAnchor(head: TrailHead): Promise<void>;
}

/**
 * Many record changes through the same write-ahead log as one (see SqlTrailedStore): all trail
 * entries first, then all rows. The entries go in multi-row INSERTs, each a run of consecutive
 * sequence numbers chained to the head the run was built on, so each INSERT is one claim — a
 * statement lands whole or not at all on every engine. A unique violation means either a racing
 * writer took a number (re-read the head, re-chain, retry) or took a version of one of the records
 * (that change fails with `conflict`, its record is finished, the rest retry). Only then are the
 * rows written (rowWrites.applyRows). A crash between the two leaves entries ahead of their rows,
 * which the repair rolls forward exactly as after a single write.
 */
export async function writeBatch<K extends EntityName>(
  store: BatchStore,
  changes: readonly RecordChange<K>[],
): Promise<ChangeOutcome<K>[]> {
  if (changes.length === 0) return [];
  const contents = await validated(store, changes);
  const outcomes: ChangeOutcome<K>[] = new Array(changes.length);
  const claimed: Array<{ index: number; entry: TrailEntry }> = [];
  let head = await store.head();
  try {
    for (const run of withinStatementBudget(
      contents.map((content, index) => ({ content, index })),
      // Measured before chaining (hash-sized placeholders); the sequence number and the row's
      // share of the SQL text come to well under the 400 bytes added.
      (item) => {
        const row = trailEntryToRow({ ...item.content, seq: 0, prevHash: GENESIS_HASH, hash: GENESIS_HASH });
        const cost = rowValuesCost({ ...row });
        return { bytes: cost.bytes + 400, params: cost.params };
      },
    )) {
      let pending = run;
      for (let attempt = 0; pending.length > 0; attempt += 1) {
        if (attempt >= MAX_RUN_ATTEMPTS) {
          throw new Failure('unavailable', 'The audit trail is too busy to record these changes. Try again.');
        }
        const entries = chained(
          pending.map((item) => item.content),
          head,
        );
        try {
          await store.db.insertInto('audit_trail').values(entries.map(trailEntryToRow)).execute();
          pending.forEach((item, i) => claimed.push({ index: item.index, entry: entries[i]! }));
          head = { seq: entries[entries.length - 1]!.seq, hash: entries[entries.length - 1]!.hash };
          break;
        } catch (error) {
          if (!isTransientConflict(error) && !isUniqueViolation(error)) throw error;
          if (isUniqueViolation(error)) {
            const taken = await versionsTaken(
              store.db,
              pending.map((item) => item.content),
            );
            for (const item of pending.filter((p) => taken.has(versionKey(p.content)))) {
              // Someone else changed this record first (or crashed doing it): finish their write.
              await store.recoverEntity(item.content.entityType, item.content.entityId);
              outcomes[item.index] = {
                ok: false,
                failure: conflict(
                  `${item.content.entityType} ${item.content.entityId} was changed by someone else (version ${item.content.entityVersion} exists). Reload and try again.`,
                  'expectedVersion',
                ),
              };
            }
            pending = pending.filter((p) => !taken.has(versionKey(p.content)));
          }
          await sleep(Math.min(50, attempt) * Math.random());
          head = await store.head();
        }
      }
    }
  } finally {
    // Whatever was claimed must reach its rows, even when a later run failed.
    if (claimed.length > 0) {
      await applyRows(
        store.rows,
        claimed.map((c) => c.entry),
      );
      const last = claimed.reduce((a, b) => (b.entry.seq > a.entry.seq ? b : a)).entry;
      await store.raiseAnchor({ seq: last.seq, hash: last.hash });
    }
  }
  for (const { index, entry } of claimed) {
    const after = entry.after as EntityTypes[K] | null;
    outcomes[index] = {
      ok: true,
      stored:
        after === null
          ? null
          : {
              id: entry.entityId,
              version: entry.entityVersion,
              record: after,
              updatedAt: entry.at,
              updatedBy: entry.actor,
            },
    };
  }
  return outcomes;
}

/** The run's entries numbered on from `head`, each chained to the one before. */
function chained(contents: Content[], head: TrailHead | null): TrailEntry[] {
  const entries: TrailEntry[] = [];
  let seq = head?.seq ?? 0;
  let hash = head?.hash ?? GENESIS_HASH;
  for (const content of contents) {
    seq += 1;
    const entry = chainTrailEntry({ ...content, seq }, hash);
    hash = entry.hash;
    entries.push(entry);
  }
  return entries;
}

const versionKey = (c: { entityType: string; entityId: string; entityVersion: number }) =>
  `${c.entityType}\u0000${c.entityId}\u0000${c.entityVersion}`;

/** Which of these record versions the trail already holds: one read per few hundred records. */
async function versionsTaken(db: Kysely<Database>, contents: Content[]): Promise<Set<string>> {
  const taken = new Set<string>();
  const types = [...new Set(contents.map((c) => c.entityType))];
  for (let i = 0; i < contents.length; i += idsPerRead) {
    const ids = [...new Set(contents.slice(i, i + idsPerRead).map((c) => c.entityId))];
    const rows = await db
      .selectFrom('audit_trail')
      .select(['entity_type', 'entity_id', 'entity_version'])
      .where('entity_type', 'in', types)
      .where('entity_id', 'in', ids)
      .execute();
    for (const row of rows) {
      taken.add(
        versionKey({ entityType: row.entity_type, entityId: row.entity_id, entityVersion: Number(row.entity_version) }),
      );
    }
  }
  return taken;
}

/**
 * Each change checked as `apply` checks it, all before anything is written: a batch with one bad
 * change writes nothing. Signatures on the versions being replaced are read in one statement per
 * few hundred records.
 */
async function validated<K extends EntityName>(
  store: BatchStore,
  changes: readonly RecordChange<K>[],
): Promise<Content[]> {
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    const key = `${change.entity}\u0000${change.id}`;
    if (seen.has(key)) {
      throw invalidInput(`changes.${index}.id`, `${change.entity} ${change.id} is changed twice in one batch`);
    }
    seen.add(key);
    if (!change.before && !change.after) {
      throw invalidInput(`changes.${index}.after`, 'Nothing to write: no record before and none after');
    }
    if (change.before && appendOnlyEntities.has(change.entity)) {
      throw new Failure('forbidden', `A ${change.entity} record is permanent: it cannot be changed or deleted`);
    }
  });
  const signed = await signedVersions(store.db, changes);
  return changes.map((change, index) => {
    const reason = change.reason?.trim() || null;
    const needsReason =
      change.before &&
      (reasonRequiredToChange(change.before.record) ||
        signed.has(
          versionKey({ entityType: change.entity, entityId: change.id, entityVersion: change.before.version }),
        ));
    if (needsReason && !reason) {
      throw invalidInput(
        `changes.${index}.reason`,
        'This record was approved or signed: give a reason for changing it',
      );
    }
    return trailContentOf(change, reason);
  });
}

/**
 * What a change's trail entry says before it is chained: the record after it, parsed through its
 * table's schema, and the action and version that follow from the record before; and what the
 * entry stores of them (trailCompaction.storedValuesOf: an update stores its changes, not the
 * record twice). One write and a batch of writes build it alike.
 */
export function trailContentOf<K extends EntityName>(
  change: RecordChange<K>,
  reason: string | null,
): Omit<TrailEntry, 'seq' | 'prevHash' | 'hash'> {
  const after = change.after === null ? null : entityTable(change.entity).schema.parse(change.after);
  const action = !change.before ? 'create' : after ? 'update' : 'delete';
  const entityVersion = (change.before?.version ?? 0) + 1;
  const before = change.before?.record ?? null;
  const stored = storedValuesOf(action, entityVersion, before, after);
  return {
    at: change.at.toISOString(),
    actor: change.actor,
    action,
    entityType: change.entity,
    entityId: change.id,
    entityVersion,
    before,
    after,
    reason,
    ...(stored ? { stored } : {}),
  };
}

async function signedVersions(
  db: Kysely<Database>,
  changes: readonly RecordChange<EntityName>[],
): Promise<Set<string>> {
  const signed = new Set<string>();
  const replacing = changes.filter((c) => c.before !== null);
  const types = [...new Set(replacing.map((c) => c.entity))];
  for (let i = 0; i < replacing.length; i += idsPerRead) {
    const ids = [...new Set(replacing.slice(i, i + idsPerRead).map((c) => c.id))];
    const rows = await db
      .selectFrom('signatures')
      .select(['record_type', 'record_id', 'record_version'])
      .where('record_type', 'in', types)
      .where('record_id', 'in', ids)
      .execute();
    for (const row of rows) {
      signed.add(
        versionKey({
          entityType: String(row.record_type),
          entityId: String(row.record_id),
          entityVersion: Number(row.record_version),
        }),
      );
    }
  }
  return signed;
}
