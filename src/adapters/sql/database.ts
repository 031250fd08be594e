/** Kysely's view of the tables (see migrations.ts for their DDL). */
export interface AuditTrailTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  entity_version: number;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

export interface StoreMetaTable {
  meta_key: string;
  meta_value: string;
}

/** Columns every record table has: the id, the optimistic-concurrency version, and who/when. */
export interface RecordColumns {
  id: string;
  version: number;
  updated_at: string;
  updated_by: string;
}

export interface ProgrammeSettingsTable extends RecordColumns {
  organisation_name: string;
  cycle_length_months: number;
  cycle_start: string;
  time_zone: string;
  working_days: string;
  /** `{ processOwners?, minEvaluationResult? }` as JSON, or null while neither is set. */
  audit_team_rules: string | null;
}

export interface UserRolesTable extends RecordColumns {
  roles: string;
}

export interface ProgrammeBootstrapTable extends RecordColumns {
  first_programme_manager: string;
}

export interface SignaturesTable extends RecordColumns {
  record_type: string;
  record_id: string;
  record_version: number;
  content_hash: string;
  signer_account_id: string;
  signer_name: string;
  signed_at: string;
  meaning: string;
}

export interface SigningCredentialsTable extends RecordColumns {
  status: string;
  hash_version: number;
  failed_attempts: number;
  locked_until: string | null;
}

export interface SigningAttemptsTable extends RecordColumns {
  account_id: string;
  at: string;
  purpose: string;
  outcome: string;
  record_type: string | null;
  record_id: string | null;
  record_version: number | null;
  meaning: string | null;
}

export interface AuditableAreasTable extends RecordColumns {
  name: string;
  owner_id: string;
  member_ids: string;
  likelihood: number;
  impact: number;
  item_ids: string;
}

/** Records kept as a JSON body, with the fields `listBy` filters on copied into columns. */
export interface BodyColumns extends RecordColumns {
  body: string;
}

export interface Database {
  audit_trail: AuditTrailTable;
  store_meta: StoreMetaTable;
  programme_settings: ProgrammeSettingsTable;
  user_roles: UserRolesTable;
  programme_bootstrap: ProgrammeBootstrapTable;
  signatures: SignaturesTable;
  signing_credentials: SigningCredentialsTable;
  signing_attempts: SigningAttemptsTable;
  auditable_areas: AuditableAreasTable;
  statements_of_applicability: BodyColumns;
  audit_programmes: BodyColumns & { cycle_start: string };
  audits: BodyColumns & { programme_id: string; state: string; planned_start: string; planned_end: string };
  findings: BodyColumns & { audit_id: string; area_id: string; item_id: string; grade: string; raised_on: string };
  evidence: BodyColumns & { audit_id: string };
  auditors: BodyColumns;
  impartiality_overrides: BodyColumns & { audit_id: string; auditor_id: string; area_id: string };
  jira_settings: BodyColumns;
  tracked_issues: BodyColumns & {
    subject: string;
    subject_id: string;
    audit_id: string | null;
    state: string;
    issue_id: string | null;
    issue_key: string | null;
    job_id: string | null;
  };
  raise_jobs: BodyColumns & { audit_id: string | null };
  corrective_actions: BodyColumns & { state: string; owner_id: string | null; due_date: string | null };
  ca_verifications: BodyColumns & { corrective_action_id: string };
  jira_sync_state: BodyColumns;
  audit_reports: BodyColumns;
  management_reviews: BodyColumns & { period_from: string };
  review_decisions: BodyColumns & { review_id: string };
  review_inputs: BodyColumns & { review_id: string };
  period_figures: BodyColumns;
  refused_transitions: BodyColumns & { issue_key: string };
  nc_exemptions: BodyColumns;
  ca_plan_approvals: BodyColumns & { corrective_action_id: string };
  due_date_extensions: BodyColumns & { corrective_action_id: string };
  review_plans: BodyColumns;
  criteria_sets: BodyColumns;
  kpi_targets: BodyColumns;
  security_objectives: BodyColumns;
}
