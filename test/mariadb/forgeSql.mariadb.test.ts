import { Kysely } from 'kysely';
import { migrationRunner } from '@forge/sql';
import type { Database } from '../../src/adapters/sql/database';
import { migrations } from '../../src/adapters/sql/migrations';
import { MariaDbEngine } from '../../sandbox/platform/sqlEngine';
import { forgeSqlDialectOn } from '../support/forgeSqlDialectOn';
import { freshMariaDb } from '../support/mariadb';
import { describeStoreSuite } from '../support/storeSuite';
import { describeTrailSuite } from '../support/trailSuite';

async function forgeOnMariaDb() {
  const fresh = await freshMariaDb();
  const routed = forgeSqlDialectOn(new MariaDbEngine(fresh.url));
  return {
    dialect: routed.dialect,
    close: async () => {
      await routed.close();
      await fresh.drop();
    },
  };
}

describeStoreSuite('Forge SQL (routed to MariaDB)', async () => {
  const { dialect, close } = await forgeOnMariaDb();
  const db = new Kysely<Database>({ dialect });
  return { db, close };
});

describeTrailSuite('Forge SQL (routed to MariaDB)', forgeOnMariaDb);

describe("Forge's migrationRunner on MariaDB", () => {
  it('applies the migration list once and records it in __migrations', async () => {
    const { dialect, close } = await forgeOnMariaDb();
    try {
      for (const m of migrations) migrationRunner.enqueue(m.name, m.sql);
      expect(await migrationRunner.run()).toEqual(migrations.map((m) => m.name));
      expect(await migrationRunner.run()).toEqual([]);
      expect((await migrationRunner.list()).map((m) => m.name)).toEqual(migrations.map((m) => m.name));
      const db = new Kysely<Database>({ dialect });
      expect(await db.selectFrom('audit_trail').selectAll().execute()).toEqual([]);
    } finally {
      await close();
    }
  });
});
