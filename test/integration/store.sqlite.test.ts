import { Kysely } from 'kysely';
import type { Database } from '../../src/adapters/sql/database';
import { sqliteDialect } from '../../src/adapters/sql/dialects/sqliteDialect';
import { describeStoreSuite } from '../support/storeSuite';

describeStoreSuite('SQLite', async () => {
  const { dialect } = sqliteDialect(':memory:');
  const db = new Kysely<Database>({ dialect });
  return { db, close: () => db.destroy() };
});
