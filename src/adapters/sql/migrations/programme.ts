import type { Migration } from './migration';

/**
 * v013–v025. The audit programme: auditable areas, statements of applicability, audits, findings,
 * evidence, auditors and impartiality overrides. Shipped: never edit, add a new migration instead.
 */
export const programmeMigrations: readonly Migration[] = [
  {
    name: 'v013_create_auditable_areas',
    sql: `CREATE TABLE auditable_areas (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  name VARCHAR(200) NOT NULL,
  owner_id VARCHAR(128) NOT NULL,
  member_ids TEXT NOT NULL,
  likelihood INT NOT NULL,
  impact INT NOT NULL,
  item_ids TEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v014_create_statements_of_applicability',
    sql: `CREATE TABLE statements_of_applicability (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v015_create_audit_programmes',
    sql: `CREATE TABLE audit_programmes (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  cycle_start VARCHAR(10) NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v016_create_audits',
    sql: `CREATE TABLE audits (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  programme_id VARCHAR(64) NOT NULL,
  state VARCHAR(16) NOT NULL,
  planned_start VARCHAR(10) NOT NULL,
  planned_end VARCHAR(10) NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v017_audits_programme_index',
    sql: 'CREATE INDEX ix_audits_programme ON audits (programme_id)',
  },
  {
    name: 'v018_create_findings',
    sql: `CREATE TABLE findings (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  audit_id VARCHAR(191) NOT NULL,
  area_id VARCHAR(64) NOT NULL,
  item_id VARCHAR(16) NOT NULL,
  grade VARCHAR(16) NOT NULL,
  raised_on VARCHAR(10) NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v019_findings_audit_index',
    sql: 'CREATE INDEX ix_findings_audit ON findings (audit_id)',
  },
  {
    name: 'v020_findings_area_index',
    sql: 'CREATE INDEX ix_findings_area ON findings (area_id, item_id)',
  },
  {
    name: 'v021_create_evidence',
    sql: `CREATE TABLE evidence (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  audit_id VARCHAR(191) NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v022_evidence_audit_index',
    sql: 'CREATE INDEX ix_evidence_audit ON evidence (audit_id)',
  },
  {
    name: 'v023_create_auditors',
    sql: `CREATE TABLE auditors (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v024_create_impartiality_overrides',
    sql: `CREATE TABLE impartiality_overrides (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  audit_id VARCHAR(191) NOT NULL,
  auditor_id VARCHAR(128) NOT NULL,
  area_id VARCHAR(64) NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v025_impartiality_overrides_audit_index',
    sql: 'CREATE INDEX ix_impartiality_overrides_audit ON impartiality_overrides (audit_id)',
  },
  {
    // The process owners and the evaluation threshold of the programme settings, as JSON; NULL until first set.
    name: 'v054_programme_settings_audit_team_rules',
    sql: 'ALTER TABLE programme_settings ADD COLUMN audit_team_rules TEXT NULL',
  },
];
