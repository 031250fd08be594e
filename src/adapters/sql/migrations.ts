import { trailAndSigningMigrations } from './migrations/trailAndSigning';
import { programmeMigrations } from './migrations/programme';
import { jiraAndActionsMigrations } from './migrations/jiraAndActions';
import { reportsAndReviewMigrations } from './migrations/reportsAndReview';
import { capaMigrations } from './migrations/capa';
import { trailStorageMigrations } from './migrations/trailStorage';
import { reviewPlanningMigrations } from './migrations/reviewPlanning';
import { criteriaSetMigrations } from './migrations/criteriaSets';
import { objectivesMigrations } from './migrations/objectives';
import type { Migration } from './migrations/migration';

/**
 * Forward-only, versioned migrations: one list, run by Forge's `migrationRunner` in production
 * (adapters/forge/runMigrations.ts) and by `migrateToLatest` locally. Each statement is written in
 * the common subset of MySQL 8 / TiDB (Forge SQL), MariaDB and SQLite, so the same text runs on all
 * three. Forge SQL has no foreign keys and no transactions: integrity comes from unique keys and
 * version columns instead (docs/architecture.md, "Store"). Never edit a migration that has shipped; add a new one.
 */
export type { Migration } from './migrations/migration';

/** Every migration in the order it runs; each file holds one range of versions, oldest first. */
export const migrations: readonly Migration[] = [
  ...trailAndSigningMigrations,
  ...programmeMigrations,
  ...jiraAndActionsMigrations,
  ...reportsAndReviewMigrations,
  ...capaMigrations,
  ...trailStorageMigrations,
  ...reviewPlanningMigrations,
  ...criteriaSetMigrations,
  ...objectivesMigrations,
];
