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
}

export interface UserRolesTable extends RecordColumns {
  roles: string;
}

export interface ProgrammeBootstrapTable extends RecordColumns {
  first_programme_manager: string;
}

export interface Database {
  audit_trail: AuditTrailTable;
  store_meta: StoreMetaTable;
  programme_settings: ProgrammeSettingsTable;
  user_roles: UserRolesTable;
  programme_bootstrap: ProgrammeBootstrapTable;
}
