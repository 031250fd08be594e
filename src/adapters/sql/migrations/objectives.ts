import type { Migration } from './migration';

const bodyTable = (table: string) => `CREATE TABLE ${table} (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`;

/** The organisation's objectives and KPI targets (issue 19): the KPI targets and the 6.2 objectives. */
export const objectivesMigrations: readonly Migration[] = [
  { name: 'v070_create_kpi_targets', sql: bodyTable('kpi_targets') },
  { name: 'v071_create_security_objectives', sql: bodyTable('security_objectives') },
];
