import { sql, type Kysely } from 'kysely';
import { migrations, type Migration } from './migrations';
import { applyMigrations, storageSettingUp, type MigrationTarget } from './pacedMigrations';

/**
 * Applies the migration list to a local engine (SQLite or MariaDB), recording each in
 * `app_migrations` exactly once. Production runs the same list against Forge SQL's `__migrations`
 * record (adapters/forge/runMigrations.ts); both pace themselves the same way (pacedMigrations.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs before any typed table exists
export async function migrateToLatest(db: Kysely<any>, list: readonly Migration[] = migrations): Promise<string[]> {
  const target: MigrationTarget = {
    async appliedNames() {
      const done = await db.selectFrom('app_migrations').select('name').execute();
      return new Set(done.map((row: { name: string }) => row.name));
    },
    async createRecordTable() {
      await sql`CREATE TABLE IF NOT EXISTS app_migrations (name VARCHAR(255) NOT NULL PRIMARY KEY, migrated_at VARCHAR(30) NOT NULL)`.execute(
        db,
      );
    },
    async ddl(statement) {
      await sql.raw(statement).execute(db);
    },
    async record(name) {
      await db.insertInto('app_migrations').values({ name, migrated_at: new Date().toISOString() }).execute();
    },
  };
  const outcome = await applyMigrations(target, list);
  if (outcome.pending.length > 0) throw storageSettingUp(outcome, list.length);
  return outcome.ran;
}
