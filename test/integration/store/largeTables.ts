import { Kysely, type KyselyPlugin } from 'kysely';
import type { Database } from '../../../src/adapters/sql/database';
import { sqliteDialect } from '../../../src/adapters/sql/dialects/sqliteDialect';
import { migrateToLatest } from '../../../src/adapters/sql/migrate';
import { SqlTrailedStore } from '../../../src/adapters/sql/trailedStore';
import { AuditRecord } from '../../../src/domain/audits/auditPlan';
import type { FindingRecord } from '../../../src/domain/audits/finding';
import type { EntityName, EntityTypes } from '../../../src/ports/entities';

/**
 * Records large enough that a few hundred of them pass Forge SQL's 4 MiB answer, and a store that
 * measures every answer it reads, for the tests of the store's paged reads.
 */

const at = new Date('2026-11-24T10:00:00.000Z');
const long = (n: number) => `Restore log ${n}: `.padEnd(4900, 'x');

export const plannedAudit = (n: number) =>
  AuditRecord.parse({
    programmeId: 'cycle-2026-01-01',
    state: 'planned',
    origin: { kind: 'manual' },
    plan: {
      title: `Audit ${n}`,
      areaIds: ['ar-it'],
      itemIds: ['A.8.13'],
      plannedStart: '2026-12-01',
      plannedEnd: '2026-12-04',
    },
  });

/** About 15 KB a finding, so 300 of them are several pages. */
export const largeFinding = (n: number, auditId: string): FindingRecord => ({
  auditId,
  source: { kind: 'internalAudit' },
  content: {
    grade: 'minorNC',
    itemId: 'A.8.13',
    areaId: 'ar-it',
    requirement: long(n),
    evidence: long(n),
    gap: long(n),
  },
  raisedOn: '2026-12-01',
  raisedBy: 'acct-lead',
  repeatOf: [],
});

export const findingId = (n: number) => `f-${String(n).padStart(3, '0')}`;

export interface MeasuredStore {
  store: SqlTrailedStore;
  /** The JSON bytes of each answer read since the test last emptied it. */
  answers: number[];
  put<K extends EntityName>(entity: K, id: string, record: EntityTypes[K]): Promise<unknown>;
  destroy(): Promise<void>;
}

/** An in-memory SQLite store, migrated, whose every answer's size lands in `answers`. */
export async function measuredStore(): Promise<MeasuredStore> {
  const answers: number[] = [];
  const measure: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      answers.push(Buffer.byteLength(JSON.stringify(args.result.rows ?? [])));
      return args.result;
    },
  };
  const db = new Kysely<Database>({ dialect: sqliteDialect(':memory:').dialect, plugins: [measure] });
  await migrateToLatest(db);
  const store = new SqlTrailedStore(db);
  return {
    store,
    answers,
    put: (entity, id, record) => store.apply({ entity, id, before: null, after: record, actor: 'acct-manager', at }),
    destroy: () => db.destroy(),
  };
}
