import { migrationRunner } from '@forge/sql';
import { migrations } from '../sql/migrations';

let done: Promise<string[]> | null = null;

/**
 * Applies the migration list through Forge's own runner, once per function instance. The runner
 * keeps its `__migrations` table, so an already-migrated installation costs one DDL round trip.
 */
export function ensureMigrated(): Promise<string[]> {
  if (!done) {
    for (const migration of migrations) migrationRunner.enqueue(migration.name, migration.sql);
    done = migrationRunner.run().catch((error: unknown) => {
      done = null; // let the next invocation try again
      throw error;
    });
  }
  return done;
}
