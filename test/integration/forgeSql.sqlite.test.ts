import { Kysely } from 'kysely';
import type { Database } from '../../src/adapters/sql/database';
import { SqliteEngine } from '../../sandbox/platform/sqlEngine';
import { forgeSqlDialectOn } from '../support/forgeSqlDialectOn';
import { describeStoreSuite } from '../support/storeSuite';
import { describeTrailSuite } from '../support/trailSuite';

// The production dialect on the sandbox's default engine: what `npm start` runs.
describeStoreSuite('Forge SQL (routed to SQLite)', async () => {
  const { dialect, close } = forgeSqlDialectOn(new SqliteEngine(':memory:'));
  const db = new Kysely<Database>({ dialect });
  return { db, close };
});

describeTrailSuite('Forge SQL (routed to SQLite)', async () => forgeSqlDialectOn(new SqliteEngine(':memory:')));
