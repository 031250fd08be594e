import type { Migration } from './migration';

/**
 * v039–v047. Audit reports, management reviews with their decisions, inputs and period figures, and
 * refused transitions. Shipped: never edit, add a new migration instead.
 */
export const reportsAndReviewMigrations: readonly Migration[] = [
  {
    name: 'v039_create_audit_reports',
    sql: `CREATE TABLE audit_reports (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v040_create_management_reviews',
    sql: `CREATE TABLE management_reviews (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  period_from VARCHAR(10) NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v041_create_review_decisions',
    sql: `CREATE TABLE review_decisions (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  review_id VARCHAR(191) NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v042_review_decisions_review_index',
    sql: 'CREATE INDEX ix_review_decisions_review ON review_decisions (review_id)',
  },
  {
    name: 'v043_create_review_inputs',
    sql: `CREATE TABLE review_inputs (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  review_id VARCHAR(191) NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v044_review_inputs_review_index',
    sql: 'CREATE INDEX ix_review_inputs_review ON review_inputs (review_id)',
  },
  {
    name: 'v045_create_period_figures',
    sql: `CREATE TABLE period_figures (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v046_create_refused_transitions',
    sql: `CREATE TABLE refused_transitions (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  issue_key VARCHAR(191) NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v047_refused_transitions_issue_index',
    sql: 'CREATE INDEX ix_refused_transitions_issue ON refused_transitions (issue_key)',
  },
];
