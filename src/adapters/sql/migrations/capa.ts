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
];
