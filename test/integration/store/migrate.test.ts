import { Kysely } from 'kysely';
import type { Database } from '../../../src/adapters/sql/database';
import { sqliteDialect } from '../../../src/adapters/sql/dialects/sqliteDialect';
import { migrateToLatest } from '../../../src/adapters/sql/migrate';
import { migrations } from '../../../src/adapters/sql/migrations';

describe('migrateToLatest on a local engine', () => {
  it('migrates a fresh SQLite database in one go, records each migration once, and then has nothing to do', async () => {
    const { dialect, database } = sqliteDialect(':memory:');
    const db = new Kysely<Database>({ dialect });
    try {
      expect(await migrateToLatest(db)).toEqual(migrations.map((m) => m.name));
      expect(await migrateToLatest(db)).toEqual([]);
      const rows = database.prepare('SELECT COUNT(*) AS n FROM app_migrations').get() as { n: number };
      expect(rows.n).toBe(migrations.length);
    } finally {
      await db.destroy();
    }
  });

  it('records a migration whose table an interrupted run created but never recorded', async () => {
    const { dialect, database } = sqliteDialect(':memory:');
    const db = new Kysely<Database>({ dialect });
    try {
      await migrateToLatest(db, migrations.slice(0, 3));
      database.prepare('DELETE FROM app_migrations WHERE name = ?').run(migrations[2]!.name);
      expect(await migrateToLatest(db, migrations.slice(0, 4))).toEqual([migrations[2]!.name, migrations[3]!.name]);
    } finally {
      await db.destroy();
    }
  });
});
