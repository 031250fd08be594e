import { Kysely, sql } from 'kysely';
import { migrateToLatest } from '../../src/adapters/sql/migrate';
import type { Database } from '../../src/adapters/sql/database';
import { mariadbDialect } from '../../src/adapters/sql/dialects/mariadbDialect';
import { freshMariaDb } from '../support/mariadb';
import { describeStoreSuite } from '../support/storeSuite';
import { describeTrailSuite } from '../support/trailSuite';

describeStoreSuite('MariaDB', async () => {
  const fresh = await freshMariaDb();
  const { dialect } = mariadbDialect(fresh.url);
  const db = new Kysely<Database>({ dialect });
  return {
    db,
    close: async () => {
      await db.destroy();
      await fresh.drop();
    },
  };
});

describeTrailSuite('MariaDB', async () => {
  const fresh = await freshMariaDb();
  const { dialect } = mariadbDialect(fresh.url);
  return { dialect, close: () => fresh.drop() };
});

describe('trail storage on MariaDB', () => {
  it('stores the previous hash as a VARCHAR(64) with an empty default after migration v055', async () => {
    const fresh = await freshMariaDb();
    const db = new Kysely<Database>({ dialect: mariadbDialect(fresh.url).dialect });
    try {
      await migrateToLatest(db);
      const { rows } = await sql<{
        Type: string;
        Default: string | null;
      }>`SHOW COLUMNS FROM audit_trail LIKE 'prev_hash'`.execute(db);
      expect(rows[0]).toMatchObject({ Type: 'varchar(64)', Default: '' });
    } finally {
      await db.destroy();
      await fresh.drop();
    }
  }, 120_000);
});
