import type BetterSqlite3 from 'better-sqlite3';
import { storedValuesOf } from '../../../src/domain/trail/trailCompaction';
import { chainTrailEntry, GENESIS_HASH, type TrailAction } from '../../../src/domain/trail/trailEntry';
import { entityTables } from '../../../src/adapters/sql/entityTables';
import { trailEntryToRow } from '../../../src/adapters/sql/trailRows';
import type { EntityName } from '../../../src/ports/entities';

/**
 * The large customer's audit trail, written straight into SQLite for the records the seed wrote
 * (those marked `updated_by = seededBy`): every record gets its create entry and a share of
 * `total` update entries, spread over five years in sequence order, each entry hashed and chained
 * with the app's own `chainTrailEntry` and stored in the app's own row form. The rows are then set
 * to the version, author and time of their last entry, so verification finds a consistent store
 * and does all of its real work. Tracked issues take most updates (Jira sync is the busiest
 * writer), each a new status of the mirrored issue with its `updated`; the other records' updates
 * are each a small real change (a checklist note, a finding's evidence, a corrective action's
 * overdue notice), so no version repeats its content or moves only a timestamp, and each entry is
 * stored as the store stores it (trailCompaction.storedValuesOf: an update as its changes).
 */

const columns = [
  'seq',
  'at',
  'actor',
  'action',
  'entity_type',
  'entity_id',
  'entity_version',
  'before_json',
  'after_json',
  'reason',
  'prev_hash',
  'hash',
] as const;
const ROWS_PER_INSERT = 500;
const INSERTS_PER_TRANSACTION = 40;
const actors = ['lead-1', 'auditor-2', 'owner-3', 'manager-4', 'app'];
/** Shares of the update entries by record type (the rest of the types get creates only). */
const updateShares: Partial<Record<EntityName, number>> = {
  trackedIssue: 0.7,
  correctiveAction: 0.15,
  audit: 0.1,
  finding: 0.05,
};

interface Seeded {
  entity: EntityName;
  id: string;
  record: Record<string, unknown>;
  versions: number;
  last: unknown;
  lastActor: string;
  lastAt: string;
}

export interface TrailPlan {
  /** Entries to write in all (at least one create per seeded record). */
  total: number;
  from: Date;
  to: Date;
  seededBy: string;
  /** Changes a seeded record before its trail is written (e.g. the Jira ids the seed learnt). */
  patch?: (entity: EntityName, id: string, record: Record<string, unknown>) => Record<string, unknown>;
}

function readSeeded(db: BetterSqlite3.Database, plan: TrailPlan): Seeded[] {
  const seeded: Seeded[] = [];
  for (const entity of Object.keys(entityTables) as EntityName[]) {
    const table = entityTables[entity];
    const rows = db.prepare(`SELECT * FROM ${table.table} WHERE updated_by = ? ORDER BY id`).all(plan.seededBy);
    for (const row of rows as Array<Record<string, unknown>>) {
      const id = String(row.id);
      const parsed = table.schema.parse(table.fromColumns(row)) as Record<string, unknown>;
      const record = plan.patch ? plan.patch(entity, id, parsed) : parsed;
      seeded.push({ entity, id, record, versions: 1, last: null, lastActor: '', lastAt: '' });
    }
  }
  return seeded;
}

function shareOutUpdates(seeded: Seeded[], updates: number): void {
  let given = 0;
  for (const [entity, share] of Object.entries(updateShares) as Array<[EntityName, number]>) {
    const mine = seeded.filter((s) => s.entity === entity);
    if (mine.length === 0) continue;
    // The last type with records takes what the rounding left, so the total is exact.
    const count = entity === 'finding' ? updates - given : Math.floor(updates * share);
    mine.forEach((s, i) => {
      s.versions += Math.floor(count / mine.length) + (i < count % mine.length ? 1 : 0);
    });
    given += count;
  }
}

const statuses = [
  { status: 'To Do', statusCategory: 'new' },
  { status: 'In Progress', statusCategory: 'indeterminate' },
  { status: 'In Review', statusCategory: 'indeterminate' },
];

/**
 * The content of version `version` of a record: the stored one at its last version, before that
 * one small change a day's work would make (each different from the version before it).
 */
function contentAt(s: Seeded, version: number, at: string): unknown {
  const r = s.record;
  if (version === 1 || version === s.versions) return r;
  switch (s.entity) {
    case 'trackedIssue': {
      const jira = r.jira as Record<string, unknown> | null;
      if (!jira) return { ...r, lastError: `Jira did not answer (${version})` };
      const others = statuses.filter((st) => st.status !== jira.status);
      return { ...r, jira: { ...jira, ...others[version % others.length]!, updated: at } };
    }
    case 'audit': {
      const checklist = (r.checklist as Array<Record<string, unknown>> | undefined) ?? [];
      if (checklist.length === 0) return { ...r, reportedOn: at.slice(0, 10) };
      const i = version % checklist.length;
      return {
        ...r,
        checklist: checklist.map((item, j) => (j === i ? { ...item, note: `Checked again, round ${version}` } : item)),
      };
    }
    case 'finding': {
      const content = r.content as Record<string, unknown>;
      return { ...r, content: { ...content, evidence: `${String(content.evidence)}; seen again (${version})` } };
    }
    default:
      return { ...r, overdueNotifiedOn: at.slice(0, 10) };
  }
}

/** Writes the trail and sets each seeded row to its last entry; returns the entries written. */
export function writeScaleTrail(db: BetterSqlite3.Database, plan: TrailPlan): number {
  const seeded = readSeeded(db, plan);
  shareOutUpdates(seeded, Math.max(0, plan.total - seeded.length));
  const total = seeded.reduce((sum, s) => sum + s.versions, 0);
  const head = db.prepare('SELECT seq, hash FROM audit_trail ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const span = plan.to.getTime() - plan.from.getTime();
  const insertMany = db.prepare(
    `INSERT INTO audit_trail (${columns.join(', ')}) VALUES ${Array.from(
      { length: ROWS_PER_INSERT },
      () => `(${columns.map(() => '?').join(', ')})`,
    ).join(', ')}`,
  );
  const insertOne = db.prepare(
    `INSERT INTO audit_trail (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  let pending: unknown[][] = [];
  const flushBatches = db.transaction((batches: unknown[][]) => {
    for (const values of batches) {
      if (values.length === ROWS_PER_INSERT * columns.length) insertMany.run(...values);
      else
        for (let i = 0; i < values.length; i += columns.length) insertOne.run(...values.slice(i, i + columns.length));
    }
  });
  let batch: unknown[] = [];
  const push = (row: Record<string, unknown>) => {
    for (const column of columns) batch.push(row[column]);
    if (batch.length === ROWS_PER_INSERT * columns.length) {
      pending.push(batch);
      batch = [];
      if (pending.length === INSERTS_PER_TRANSACTION) {
        flushBatches(pending);
        pending = [];
      }
    }
  };
  const maxVersions = seeded.reduce((m, s) => Math.max(m, s.versions), 0);
  let written = 0;
  for (let version = 1; version <= maxVersions; version += 1) {
    for (const s of seeded) {
      if (s.versions < version) continue;
      const at = new Date(plan.from.getTime() + Math.floor((span * written) / total)).toISOString();
      const actor = actors[(written * 7) % actors.length]!;
      const after = contentAt(s, version, at);
      const action: TrailAction = version === 1 ? 'create' : 'update';
      const before = version === 1 ? null : s.last;
      const stored = storedValuesOf(action, version, before, after);
      seq += 1;
      const entry = chainTrailEntry(
        {
          seq,
          at,
          actor,
          action,
          entityType: s.entity,
          entityId: s.id,
          entityVersion: version,
          before,
          after,
          reason: null,
          ...(stored ? { stored } : {}),
        },
        prevHash,
      );
      prevHash = entry.hash;
      push(trailEntryToRow(entry) as unknown as Record<string, unknown>);
      s.last = after;
      s.lastActor = actor;
      s.lastAt = at;
      written += 1;
    }
  }
  if (batch.length > 0) pending.push(batch);
  flushBatches(pending);
  setRowsToTheirLastEntry(db, seeded);
  return written;
}

function setRowsToTheirLastEntry(db: BetterSqlite3.Database, seeded: Seeded[]): void {
  const update = db.transaction((all: Seeded[]) => {
    for (const s of all) {
      const table = entityTables[s.entity];
      const values = {
        ...table.toColumns(s.record as never),
        version: s.versions,
        updated_at: s.lastAt,
        updated_by: s.lastActor,
      };
      const names = Object.keys(values);
      db.prepare(`UPDATE ${table.table} SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`).run(
        ...names.map((n) => (values as Record<string, unknown>)[n]),
        s.id,
      );
    }
  });
  update(seeded);
}
