import { migrations } from '../sql/migrations';
import { applyMigrations, storageSettingUp } from '../sql/pacedMigrations';
import { forgeMigrationTarget } from './forgeMigrationTarget';

let done: Promise<string[]> | null = null;

/**
 * Applies the migration list to Forge SQL, once per function instance. An up-to-date installation
 * costs one ordinary query. When Forge SQL refuses a statement (its DDL rate limit on a fresh
 * install), what was applied stays recorded, the caller gets a plain "try again in a minute"
 * failure, and the next invocation or scheduled trigger carries on from there.
 */
export function ensureMigrated(): Promise<string[]> {
  if (!done) {
    done = applyMigrations(forgeMigrationTarget, migrations)
      .then((outcome) => {
        if (outcome.pending.length === 0) return outcome.ran;
        const refusal = outcome.refusal instanceof Error ? outcome.refusal.message : String(outcome.refusal);
        console.warn(
          `storage setup paused before ${outcome.pending[0]} (${outcome.pending.length} to go): ${refusal}; ` +
            'the next invocation carries on',
        );
        throw storageSettingUp(outcome, migrations.length);
      })
      .catch((error: unknown) => {
        done = null; // let the next invocation try again
        throw error;
      });
  }
  return done;
}
