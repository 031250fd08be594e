import { Kysely } from 'kysely';
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
