/**
 * Forward-only, versioned migrations: one list, run by Forge's `migrationRunner` in production
 * (adapters/forge/runMigrations.ts) and by `migrateToLatest` locally. Each statement is written in
 * the common subset of MySQL 8 / TiDB (Forge SQL), MariaDB and SQLite, so the same text runs on all
 * three. Forge SQL has no foreign keys and no transactions: integrity comes from unique keys and
 * version columns instead (docs/architecture.md, "Store"). Never edit a migration that has shipped; add a new one.
 */
export interface Migration {
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
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
    name: 'v026_create_jira_settings',
    sql: `CREATE TABLE jira_settings (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v027_create_tracked_issues',
    sql: `CREATE TABLE tracked_issues (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  subject VARCHAR(32) NOT NULL,
  subject_id VARCHAR(191) NOT NULL,
  audit_id VARCHAR(191) NULL,
  state VARCHAR(16) NOT NULL,
  issue_id VARCHAR(32) NULL,
  issue_key VARCHAR(64) NULL,
  job_id VARCHAR(191) NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v028_tracked_issues_audit_index',
    sql: 'CREATE INDEX ix_tracked_issues_audit ON tracked_issues (audit_id)',
  },
  {
    name: 'v029_tracked_issues_job_index',
    sql: 'CREATE INDEX ix_tracked_issues_job ON tracked_issues (job_id)',
  },
  {
    name: 'v030_tracked_issues_issue_index',
    sql: 'CREATE INDEX ix_tracked_issues_issue ON tracked_issues (issue_id)',
  },
  {
    name: 'v031_tracked_issues_state_index',
    sql: 'CREATE INDEX ix_tracked_issues_state ON tracked_issues (state)',
  },
  {
    name: 'v032_create_raise_jobs',
    sql: `CREATE TABLE raise_jobs (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  audit_id VARCHAR(191) NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v033_raise_jobs_audit_index',
    sql: 'CREATE INDEX ix_raise_jobs_audit ON raise_jobs (audit_id)',
  },
  {
    name: 'v034_create_corrective_actions',
    sql: `CREATE TABLE corrective_actions (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  state VARCHAR(16) NOT NULL,
  owner_id VARCHAR(128) NULL,
  due_date VARCHAR(10) NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v035_corrective_actions_state_index',
    sql: 'CREATE INDEX ix_corrective_actions_state ON corrective_actions (state)',
  },
  {
    name: 'v036_create_ca_verifications',
    sql: `CREATE TABLE ca_verifications (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  corrective_action_id VARCHAR(191) NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
  {
    name: 'v037_ca_verifications_action_index',
    sql: 'CREATE INDEX ix_ca_verifications_action ON ca_verifications (corrective_action_id)',
  },
  {
    name: 'v038_create_jira_sync_state',
    sql: `CREATE TABLE jira_sync_state (
  id VARCHAR(191) NOT NULL PRIMARY KEY,
  version INT NOT NULL,
  body MEDIUMTEXT NOT NULL,
  updated_at VARCHAR(30) NOT NULL,
  updated_by VARCHAR(128) NOT NULL
)`,
  },
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
