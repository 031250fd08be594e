import { sql } from '@forge/sql';
import type { MigrationTarget } from '../sql/pacedMigrations';

/**
 * Forge SQL's migration record, the `__migrations` table `@forge/sql`'s own `migrationRunner`
 * keeps (same columns), so an installation migrated by that runner carries on where it stood.
 * Only the record table and the migrations themselves go through the DDL endpoint; reading and
 * writing the record are ordinary statements, outside the DDL rate limit.
 */
export const forgeMigrationTarget: MigrationTarget = {
  async appliedNames() {
    const result = await sql.prepare<{ name: string }>('SELECT name FROM __migrations').execute();
    return new Set((result.rows as Array<{ name: string }>).map((row) => String(row.name)));
  },
  async createRecordTable() {
    await sql.executeDDL(
      'CREATE TABLE IF NOT EXISTS __migrations (id BIGINT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(255) NOT NULL, migratedAt TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)',
    );
  },
  async ddl(statement) {
    await sql.executeDDL(statement);
  },
  async record(name) {
    await sql.prepare('INSERT INTO __migrations (name) VALUES (?)').bindParams(name).execute();
  },
};
