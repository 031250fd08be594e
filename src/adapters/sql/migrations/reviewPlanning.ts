import type { Migration } from './migration';

/** Planned management reviews (issue 19): the review interval, next planned day and standing agenda items. */
export const reviewPlanningMigrations: readonly Migration[] = [
  {
    name: 'v056_create_review_plans',
    sql: `CREATE TABLE review_plans (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
];
