import type { Migration } from './migration';

/** Company criteria sets beside the ISO catalogue (issue 18): one row per set, the whole set in `body`. */
export const criteriaSetMigrations: readonly Migration[] = [
  {
    name: 'v060_create_criteria_sets',
    sql: `CREATE TABLE criteria_sets (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
];
