import { Failure } from '../../domain/failure';
import type { Migration } from './migrations/migration';

/**
 * Where migrations are applied and recorded: Forge SQL's `__migrations` table in production
 * (adapters/forge/forgeMigrationTarget.ts), `app_migrations` on a local engine (migrate.ts).
 */
export interface MigrationTarget {
  /** The names recorded as applied; throws when the record table is not there yet. */
  appliedNames(): Promise<Set<string>>;
  /** Creates the record table (one DDL statement, harmless when it exists). */
  createRecordTable(): Promise<void>;
  ddl(statement: string): Promise<void>;
  /** Records one migration as applied (an ordinary write, not DDL). */
  record(name: string): Promise<void>;
}

export interface MigrationOutcome {
  /** Applied by this run, in order (including any found already applied whose record was lost). */
  ran: string[];
  /** Still to apply: non-empty when the platform refused a statement (e.g. its DDL rate limit). */
  pending: string[];
  /** What the platform answered when it refused, for the log. */
  refusal: unknown;
}

const messageOf = (error: unknown): string =>
  error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string'
    ? (error as { message: string }).message
    : String(error);

/**
 * A statement the engine could not parse (Forge SQL's `INVALID_SQL_QUERY`, MySQL 1064, SQLite's
 * "syntax error"): a bug in the migration, which trying again can never cure.
 */
export function isSqlSyntaxError(error: unknown): boolean {
  const e = (error ?? {}) as { code?: unknown; errno?: unknown };
  if (e.code === 'INVALID_SQL_QUERY' || e.code === 'ER_PARSE_ERROR' || e.errno === 1064) return true;
  return /syntax error|error in your SQL syntax/i.test(messageOf(error));
}

/**
 * The table, index or column a migration creates is there already: an earlier run applied it and
 * was cut off before recording it (Forge SQL has no transactions to tie the two together).
 */
export function isAlreadyApplied(error: unknown): boolean {
  const e = (error ?? {}) as { errno?: unknown };
  if (e.errno === 1050 || e.errno === 1060 || e.errno === 1061) return true;
  return /already exists|Duplicate key name|Duplicate column name/i.test(messageOf(error));
}

/**
 * Applies what the platform lets it apply, recording each migration as soon as it is in place, and
 * stops at the first refusal that is not a syntax error (Forge SQL allows 25 DDL statements a minute
 * per installation, and a fresh one needs more than 50): the next invocation or trigger carries on
 * from the record. Reading the record is an ordinary query, so an installation that is up to date
 * spends none of its DDL allowance on every cold start. A syntax error is thrown: it is a bug
 * (unless the migration is only a refinement where supported: then there is nothing to do).
 */
export async function applyMigrations(target: MigrationTarget, list: readonly Migration[]): Promise<MigrationOutcome> {
  const names = list.map((m) => m.name);
  let applied: Set<string>;
  try {
    applied = await target.appliedNames();
  } catch {
    try {
      await target.createRecordTable();
    } catch (error) {
      if (isSqlSyntaxError(error)) throw error;
      return { ran: [], pending: names, refusal: error };
    }
    applied = await target.appliedNames();
  }
  const ran: string[] = [];
  const todo = list.filter((m) => !applied.has(m.name));
  for (const [index, migration] of todo.entries()) {
    try {
      await target.ddl(migration.sql);
    } catch (error) {
      if (isSqlSyntaxError(error) && !migration.whereSupported) throw error;
      if (!isSqlSyntaxError(error) && !isAlreadyApplied(error)) {
        return { ran, pending: todo.slice(index).map((m) => m.name), refusal: error };
      }
    }
    try {
      await target.record(migration.name);
    } catch (error) {
      // Left unrecorded, the next run finds its table or index there and records it then.
      return { ran, pending: todo.slice(index).map((m) => m.name), refusal: error };
    }
    ran.push(migration.name);
  }
  return { ran, pending: [], refusal: null };
}

/**
 * What a user meets while storage is still being set up: a plain "try again in a minute" (the
 * caller's request changed nothing), never a failure of the app.
 */
export function storageSettingUp(outcome: MigrationOutcome, total: number): Failure {
  const done = total - outcome.pending.length;
  return new Failure(
    'unavailable',
    `The audit app is still setting up its storage (${done} of ${total} steps done). Nothing was changed; try again in a minute.`,
  );
}
