import { Kysely, type Dialect } from 'kysely';
import type { Database } from '../../../src/adapters/sql/database';
import { mariadbDialect } from '../../../src/adapters/sql/dialects/mariadbDialect';
import { sqliteDialect } from '../../../src/adapters/sql/dialects/sqliteDialect';
import { migrateToLatest } from '../../../src/adapters/sql/migrate';
import { SqlTrailedStore } from '../../../src/adapters/sql/trailedStore';
import { verifyTrailAndRecords } from '../../../src/app/trail/verifyAuditTrail';
import { InterceptingDialect } from '../../support/interceptingDialect';
import { withMariaDb } from '../mariadbForBench';
import type { Bench, BenchFigure } from '../benchTypes';

const STATEMENT_GOAL = 3;

async function measure(
  engine: string,
  count: number,
  open: () => Promise<{ dialect: Dialect; close(): Promise<void> }>,
  report: (f: BenchFigure) => void,
): Promise<void> {
  const { dialect, close } = await open();
  let statements = 0;
  const db = new Kysely<Database>({ dialect: new InterceptingDialect(dialect, () => (statements += 1)) });
  try {
    await migrateToLatest(db);
    const store = new SqlTrailedStore(db);
    statements = 0;
    const started = process.hrtime.bigint();
    for (let i = 0; i < count; i += 1) {
      await store.apply({
        entity: 'userRoles',
        id: `acct-${i}`,
        before: null,
        after: { accountId: `acct-${i}`, roles: ['auditor'] },
        actor: 'bench',
        at: new Date(Date.UTC(2026, 10, 24, 0, 0, 0, i)),
      });
    }
    const writeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const writeStatements = statements;
    const verifyStarted = process.hrtime.bigint();
    const verdict = await verifyTrailAndRecords(store);
    const verifyMs = Number(process.hrtime.bigint() - verifyStarted) / 1e6;
    if (!verdict.intact || verdict.entries !== count)
      throw new Error(`bench store: trail did not verify after ${count} writes`);
    const name = `${engine}-${count}`;
    report({
      bench: 'store',
      case: name,
      metric: 'statementsPerWrite',
      value: writeStatements / count,
      unit: 'statements',
      limit: STATEMENT_GOAL,
    });
    report({
      bench: 'store',
      case: name,
      metric: 'writesPerSecond',
      value: Math.round(count / writeSeconds),
      unit: 'writes/s',
      limit: null,
    });
    report({
      bench: 'store',
      case: name,
      metric: 'verifyMsPer10k',
      value: Math.round((verifyMs * 10_000) / count),
      unit: 'ms',
      limit: null,
    });
  } finally {
    await db.destroy();
    await close();
  }
}

export const storeBench: Bench = {
  name: 'store',
  description: 'record writes with their trail entries, and verifyTrail, on SQLite and MariaDB',
  async run(report) {
    for (const count of [1000, 10_000]) {
      await measure(
        'sqlite',
        count,
        async () => ({ dialect: sqliteDialect(':memory:').dialect, close: async () => undefined }),
        report,
      );
    }
    await withMariaDb(async (freshDatabase) => {
      for (const count of [1000, 10_000]) {
        await measure(
          'mariadb',
          count,
          async () => {
            const fresh = await freshDatabase();
            return { dialect: mariadbDialect(fresh.url, 4).dialect, close: fresh.drop };
          },
          report,
        );
      }
    });
  },
};
