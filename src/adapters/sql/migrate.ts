import { sql, type Kysely } from 'kysely';
import { migrations, type Migration } from './migrations';

/**
 * Applies the migration list to a local engine (SQLite or MariaDB), recording each in
 * `app_migrations` exactly once. Production runs the same list through Forge's `migrationRunner`
 * instead (adapters/forge/runMigrations.ts), which keeps its own `__migrations` table.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs before any typed table exists
export async function migrateToLatest(db: Kysely<any>, list: readonly Migration[] = migrations): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS app_migrations (name VARCHAR(255) NOT NULL PRIMARY KEY, migrated_at VARCHAR(30) NOT NULL)`.execute(
    db,
  );
  const done = await db.selectFrom('app_migrations').select('name').execute();
  const applied = new Set(done.map((row: { name: string }) => row.name));
  const ran: string[] = [];
  for (const migration of list) {
    if (applied.has(migration.name)) continue;
    await sql.raw(migration.sql).execute(db);
    await db
      .insertInto('app_migrations')
      .values({ name: migration.name, migrated_at: new Date().toISOString() })
      .execute();
    ran.push(migration.name);
  }
  return ran;
}
