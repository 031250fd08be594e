import type { Migration } from './migration';

/**
 * v001–v012. The audit trail, the store's bookkeeping, programme settings, user roles and electronic
 * signatures. Shipped: never edit, add a new migration instead.
 */
export const trailAndSigningMigrations: readonly Migration[] = [
  {
    name: 'v001_create_audit_trail',
    sql: `CREATE TABLE audit_trail (
  seq BIGINT NOT NULL PRIMARY KEY,
  at VARCHAR(30) NOT NULL,
  actor VARCHAR(128) NOT NULL,
  action VARCHAR(16) NOT NULL,
  entity_type VARCHAR(64) NOT NULL,
  entity_id VARCHAR(191) NOT NULL,
  entity_version INT NOT NULL,
  before_json MEDIUMTEXT NULL,
  after_json MEDIUMTEXT NULL,
  reason TEXT NULL,
  prev_hash CHAR(64) NOT NULL,
  hash CHAR(64) NOT NULL
)`,
  },
  {
    // One trail entry per record version: the claim that serialises writers to one record and
    // makes the trail the store's write-ahead log.
    name: 'v002_audit_trail_entity_version_unique',
    sql: 'CREATE UNIQUE INDEX ux_audit_trail_entity_version ON audit_trail (entity_type, entity_id, entity_version)',
  },
  {
    name: 'v003_audit_trail_actor_index',
    sql: 'CREATE INDEX ix_audit_trail_actor ON audit_trail (actor, seq)',
  },
  {
    name: 'v004_create_store_meta',
    sql: `CREATE TABLE store_meta (
  meta_key VARCHAR(64) NOT NULL PRIMARY KEY,
  meta_value TEXT NOT NULL
)`,
  },
  {
    name: 'v005_create_programme_settings',
    sql: `CREATE TABLE programme_settings (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  organisation_name VARCHAR(200) NOT NULL,
  cycle_length_months INT NOT NULL,
  cycle_start VARCHAR(10) NOT NULL,
  time_zone VARCHAR(64) NOT NULL,
  working_days VARCHAR(32) NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v006_create_user_roles',
    sql: `CREATE TABLE user_roles (
  id VARCHAR(128) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  roles VARCHAR(255) NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v007_create_programme_bootstrap',
    sql: `CREATE TABLE programme_bootstrap (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  first_programme_manager VARCHAR(128) NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v008_create_signatures',
    sql: `CREATE TABLE signatures (
  id CHAR(64) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  record_type VARCHAR(64) NOT NULL,
  record_id VARCHAR(191) NOT NULL,
  record_version INT NOT NULL,
  content_hash CHAR(64) NOT NULL,
  signer_account_id VARCHAR(128) NOT NULL,
  signer_name VARCHAR(255) NOT NULL,
  signed_at VARCHAR(30) NOT NULL,
  meaning VARCHAR(32) NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v009_signatures_record_index',
    sql: 'CREATE INDEX ix_signatures_record ON signatures (record_type, record_id, record_version)',
  },
  {
    name: 'v010_create_signing_credentials',
    sql: `CREATE TABLE signing_credentials (
  id VARCHAR(128) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  status VARCHAR(16) NOT NULL,
  hash_version INT NOT NULL,
  failed_attempts INT NOT NULL,
  locked_until VARCHAR(30) NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v011_create_signing_attempts',
    sql: `CREATE TABLE signing_attempts (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  account_id VARCHAR(128) NOT NULL,
  at VARCHAR(30) NOT NULL,
  purpose VARCHAR(32) NOT NULL,
  outcome VARCHAR(32) NOT NULL,
  record_type VARCHAR(64) NULL,
  record_id VARCHAR(191) NULL,
  record_version INT NULL,
  meaning VARCHAR(32) NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v012_signing_attempts_account_index',
    sql: 'CREATE INDEX ix_signing_attempts_account ON signing_attempts (account_id, at)',
  },
];
