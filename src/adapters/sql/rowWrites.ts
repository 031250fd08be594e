import { sql, type Kysely } from 'kysely';
import { Failure } from '../../domain/failure';
import type { TrailEntry } from '../../domain/trail/trailEntry';
import type { EntityName } from '../../ports/entities';
import { isTransientConflict, isUniqueViolation } from './engineErrors';
import { entityTable, isEntityName } from './entityTables';
import { boundValueBytes, rowValuesCost, withinStatementBudget } from './statementBudget';

// Record tables are chosen at run time from the entity name (see SqlTrailedStore).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Rows = Kysely<any>;

/** How many times a row change that lost an engine-level race (deadlock) is re-run. */
const MAX_ROW_ATTEMPTS = 10;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Makes the row reflect one trail entry. Idempotent: if the row already shows the entry's version
 * (a repair, or the writer itself, got there first) it does nothing.
 */
export async function applyRow(rows: Rows, entry: TrailEntry): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await applyRowOnce(rows, entry);
    } catch (error) {
      // Once the trail entry is claimed the change must land: re-run a statement the engine
      // rolled back. Anything else is left for the repair sweep, which rolls it forward.
      if (!isTransientConflict(error) || attempt >= MAX_ROW_ATTEMPTS) throw error;
      await sleep(attempt * 5 * Math.random());
    }
  }
}

/**
 * Makes the rows reflect many claimed trail entries (each record at most once) in a few multi-row
 * statements per record type and action: one INSERT of the creates, one UPDATE of the updates
 * (each row still guarded by `version = N`, its new values chosen by id), one DELETE. When a
 * statement does not touch every row it was meant to (a repair got to one first, or it lost a
 * race in the engine), its entries are applied one by one, which is idempotent and says what is
 * wrong if anything is.
 */
export async function applyRows(rows: Rows, entries: readonly TrailEntry[]): Promise<void> {
  const groups = new Map<string, TrailEntry[]>();
  for (const entry of entries) {
    const key = `${entry.entityType}\u0000${entry.action}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    if (group.length === 1 || !isEntityName(first.entityType)) {
      for (const entry of group) await applyRow(rows, entry);
      continue;
    }
    const entity = first.entityType;
    const write = first.action === 'create' ? insertRows : first.action === 'update' ? updateRows : deleteRows;
    for (const run of write.runs(entity, group)) {
      let complete = false;
      try {
        complete = await write.once(rows, entity, run);
      } catch (error) {
        if (!isUniqueViolation(error) && !isTransientConflict(error)) throw error;
      }
      if (!complete) for (const entry of run) await applyRow(rows, entry);
    }
  }
}

interface GroupWrite {
  runs(entity: EntityName, entries: TrailEntry[]): TrailEntry[][];
  /** Whether the one statement wrote every entry of the run. */
  once(rows: Rows, entity: EntityName, run: TrailEntry[]): Promise<boolean>;
}

function rowColumns(entity: EntityName, entry: TrailEntry): Record<string, string | number | null> {
  const table = entityTable(entity);
  return {
    id: entry.entityId,
    ...table.toColumns(table.schema.parse(entry.after)),
    version: entry.entityVersion,
    updated_at: entry.at,
    updated_by: entry.actor,
  };
}

const insertRows: GroupWrite = {
  runs: (entity, entries) => withinStatementBudget(entries, (entry) => rowValuesCost(rowColumns(entity, entry))),
  async once(rows, entity, run) {
    // A unique violation (one row is there already) rolls the whole statement back: the caller
    // then applies the run one by one.
    await rows
      .insertInto(entityTable(entity).table)
      .values(run.map((entry) => rowColumns(entity, entry)))
      .execute();
    return true;
  },
};

const updateRows: GroupWrite = {
  runs: (entity, entries) =>
    withinStatementBudget(entries, (entry) => {
      // Each value sits in its column's CASE beside the row's id; the id and version once more in WHERE.
      const values = rowColumns(entity, entry);
      const idBytes = boundValueBytes(entry.entityId);
      let bytes = idBytes * 2 + 48;
      for (const value of Object.values(values)) bytes += boundValueBytes(value) + idBytes + 16;
      return { bytes, params: Object.keys(values).length * 2 + 2 };
    }),
  async once(rows, entity, run) {
    const table = entityTable(entity).table;
    const values = run.map((entry) => rowColumns(entity, entry));
    const columns = Object.keys(values[0]!).filter((column) => column !== 'id');
    if (values.some((v) => Object.keys(v).length !== columns.length + 1)) return false;
    const set = columns.map(
      (column) =>
        sql`${sql.ref(column)} = CASE ${sql.ref('id')} ${sql.join(
          values.map((v) => sql`WHEN ${v.id} THEN ${v[column]}`),
          sql` `,
        )} ELSE ${sql.ref(column)} END`,
    );
    const guard = sql.join(
      run.map(
        (entry) => sql`(${sql.ref('id')} = ${entry.entityId} AND ${sql.ref('version')} = ${entry.entityVersion - 1})`,
      ),
      sql` OR `,
    );
    const result = await sql`UPDATE ${sql.table(table)} SET ${sql.join(set, sql`, `)} WHERE ${guard}`.execute(rows);
    return Number(result.numAffectedRows ?? 0) === run.length;
  },
};

const deleteRows: GroupWrite = {
  runs: (_entity, entries) =>
    withinStatementBudget(entries, (entry) => ({ bytes: boundValueBytes(entry.entityId) + 48, params: 2 })),
  async once(rows, entity, run) {
    const guard = sql.join(
      run.map(
        (entry) => sql`(${sql.ref('id')} = ${entry.entityId} AND ${sql.ref('version')} = ${entry.entityVersion - 1})`,
      ),
      sql` OR `,
    );
    const result = await sql`DELETE FROM ${sql.table(entityTable(entity).table)} WHERE ${guard}`.execute(rows);
    return Number(result.numAffectedRows ?? 0) === run.length;
  },
};

async function applyRowOnce(rows: Rows, entry: TrailEntry): Promise<void> {
  if (!isEntityName(entry.entityType)) {
    throw new Failure('unavailable', `Trail entry ${entry.seq} names an unknown record type ${entry.entityType}`);
  }
  const table = entityTable(entry.entityType);
  const previousVersion = entry.entityVersion - 1;
  if (entry.action === 'delete') {
    await rows
      .deleteFrom(table.table)
      .where('id', '=', entry.entityId)
      .where('version', '=', previousVersion)
      .execute();
    return;
  }
  const record = table.schema.parse(entry.after);
  const columns = {
    ...table.toColumns(record),
    version: entry.entityVersion,
    updated_at: entry.at,
    updated_by: entry.actor,
  };
  if (entry.action === 'create') {
    try {
      await rows
        .insertInto(table.table)
        .values({ id: entry.entityId, ...columns })
        .execute();
      return;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  } else {
    const result = await rows
      .updateTable(table.table)
      .set(columns)
      .where('id', '=', entry.entityId)
      .where('version', '=', previousVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) return;
  }
  await expectRowAt(rows, table.table, entry);
}

async function expectRowAt(rows: Rows, table: string, entry: TrailEntry): Promise<void> {
  const row = await rows.selectFrom(table).select('version').where('id', '=', entry.entityId).executeTakeFirst();
  const version = row ? Number((row as { version: unknown }).version) : null;
  if (version !== null && version >= entry.entityVersion) return;
  throw new Failure(
    'unavailable',
    `Store inconsistency: ${entry.entityType} ${entry.entityId} is at version ${String(version)} but trail entry ${entry.seq} expects ${entry.entityVersion - 1}`,
  );
}
