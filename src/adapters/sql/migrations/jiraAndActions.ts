import type { Migration } from './migration';

/**
 * v026–v038. Jira: settings, tracked issues, raise jobs, corrective actions, their verification and
 * the sync state. Shipped: never edit, add a new migration instead.
 */
export const jiraAndActionsMigrations: readonly Migration[] = [
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
];
