import type { Migration } from './migration';

/** The CAPA records of issue 16: signed exemptions from corrective action. */
export const capaMigrations: readonly Migration[] = [
  {
    name: 'v049_create_nc_exemptions',
    sql: `CREATE TABLE nc_exemptions (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v050_create_ca_plan_approvals',
    sql: `CREATE TABLE ca_plan_approvals (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  corrective_action_id VARCHAR(191) NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v051_ca_plan_approvals_action_index',
    sql: 'CREATE INDEX ix_ca_plan_approvals_action ON ca_plan_approvals (corrective_action_id)',
  },
  {
    name: 'v052_create_due_date_extensions',
    sql: `CREATE TABLE due_date_extensions (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  corrective_action_id VARCHAR(191) NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v053_due_date_extensions_action_index',
    sql: 'CREATE INDEX ix_due_date_extensions_action ON due_date_extensions (corrective_action_id)',
  },
];
