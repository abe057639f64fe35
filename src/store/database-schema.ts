import type { ColumnType, Generated } from 'kysely';
import type { EpochDay } from '../dates/index.ts';
import type { CommissioningPlanTables } from './commissioning-plans-table.ts';
import type { ForecastScenarioTables } from './forecast-scenarios-tables.ts';
import type { StatementEditionTables } from './statement-editions-tables.ts';
import type { StrategyTables } from './strategy-tables.ts';

/**
 * The database as Kysely sees it: one interface per table, snake_case as in SQL.
 * Dates read back as epoch days (see type-parsers.ts) and are written as ISO `yyyy-mm-dd` text;
 * jsonb columns read back parsed and are written as JSON text (pg would turn a JS array into a
 * PostgreSQL array, so we always stringify ourselves).
 */
export type DateColumn = ColumnType<EpochDay, string, string>;
export type NullableDateColumn = ColumnType<EpochDay | null, string | null, string | null>;
export type JsonColumn<T> = ColumnType<T, string, string>;

export type BatchKind = 'return' | 'in-year';
export type BatchStatus = 'active' | 'superseded' | 'rejected';

export interface CouncilTable {
  code: string;
  name: string | null;
  first_imported_at: Generated<Date>;
}

export interface ImportBatchTable {
  id: Generated<number>;
  council_code: string;
  collection_year: number;
  kind: BatchKind;
  as_at: DateColumn;
  status: BatchStatus;
  superseded_by: number | null;
  superseded_at: Date | null;
  restored_by: string | null;
  restored_at: Date | null;
  files: JsonColumn<unknown[]>;
  row_counts: JsonColumn<Record<string, number>>;
  code_lists_assumed: boolean;
  allow_partial: boolean;
  imported_by: string;
  imported_at: Generated<Date>;
  structural_findings: Generated<number>;
  content_findings: Generated<number>;
  rows_set_aside: Generated<number>;
}

interface RowLocation {
  batch_id: number;
  row_number: number;
  child_id: string;
}

export interface EpisodeTable extends RowLocation {
  start_date: DateColumn;
  reason_new_episode: string | null;
  legal_status: string | null;
  category_of_need: string | null;
  placement_type: string | null;
  provider: string | null;
  end_date: NullableDateColumn;
  reason_ended: string | null;
  reason_place_change: string | null;
  home_postcode: string | null;
  placement_postcode: string | null;
  urn: string | null;
}

export interface ChildHeaderTable extends RowLocation {
  sex: string;
  dob: DateColumn;
  ethnicity: string | null;
  upn: string | null;
  mother_status: string | null;
  mother_child_dob: NullableDateColumn;
}

export interface UascTable extends RowLocation {
  sex: string | null;
  dob: DateColumn;
  uasc_ceased: NullableDateColumn;
}

export interface MissingSpellTable extends RowLocation {
  dob: DateColumn;
  kind: string | null;
  start_date: DateColumn;
  end_date: NullableDateColumn;
}

/** The eight tables the product does not read as typed columns, kept whole as the record (dates as epoch days). */
export interface ReturnRowTable extends RowLocation {
  table_name: string;
  values: JsonColumn<Record<string, string | number | null>>;
}

export interface FindingTable {
  id: Generated<number>;
  batch_id: number;
  severity: 'structural' | 'content';
  code: string;
  file: string | null;
  table_name: string | null;
  row_number: number | null;
  column_name: string | null;
  value: string | null;
  expected: string | null;
  child_id: string | null;
  message: string;
}

export interface SetAsideRowTable {
  batch_id: number;
  file: string;
  row_number: number;
  table_name: string | null;
  raw: string;
  findings: JsonColumn<unknown[]>;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: Generated<Date>;
  actor: string;
  action: string;
  council_code: string | null;
  detail: JsonColumn<Record<string, unknown>>;
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface JobTable {
  id: string;
  kind: string;
  council_code: string | null;
  created_by: string;
  status: JobStatus;
  phase: Generated<string>;
  done: Generated<number>;
  total: Generated<number>;
  result: ColumnType<unknown | null, string | null, string | null>;
  error: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CouncilSettingTable {
  council_code: string;
  display_name: string | null;
  contact_email: string | null;
  population: ColumnType<{ year: number; population: number }[], string | undefined, string>;
  category_mapping: ColumnType<unknown[] | null, string | null, string | null>;
  /** ONS codes of the councils the council compares itself with (migration 0004); a PostgreSQL text[]. */
  statistical_neighbours: ColumnType<string[], string[] | undefined, string[]>;
  updated_by: string;
  updated_at: Generated<Date>;
}

/** One published comparator figure (migration 0004): DfE's or the shipped England table's. */
export interface ComparatorTable {
  id: Generated<number>;
  source: string;
  geographic_level: 'national' | 'regional' | 'local-authority';
  /** ONS code: E92000001 England, E12… a region, E06/E08/E09/E10… a council. */
  code: string;
  name: string | null;
  year: number;
  measure: string;
  characteristic: Generated<string>;
  statistic: 'number' | 'percentage' | 'rate';
  value: number | null;
  flag: 'c' | 'k' | 'z' | 'x' | null;
  /** Our indicator and cell with the same definition, when there is one. */
  indicator_id: string | null;
  cell: ColumnType<Record<string, string> | null, string | null, string | null>;
  imported_by: string;
  imported_at: Generated<Date>;
}

export interface UserAccountTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  /** argon2id PHC string; null for accounts that sign in only through single sign-on. */
  password_hash: string | null;
  /** Role names (see src/auth/roles.ts); a PostgreSQL text[]. */
  roles: string[];
  must_change_password: Generated<boolean>;
  /** Base32 TOTP secret; never logged or returned once enabled. */
  totp_secret: string | null;
  /** The TOTP time step of the last code used to sign in (a code is accepted once). */
  totp_last_step: number | null;
  totp_pending_secret: string | null;
  totp_enabled: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: Date | null;
  disabled: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface UserCouncilTable {
  user_id: number;
  /** ONS council code, or '*' for every council. */
  council_code: string;
}

export interface UserSessionTable {
  /** SHA-256 (hex) of the cookie token; the token itself is never stored. */
  id: string;
  user_id: number;
  csrf_token: string;
  method: 'password' | 'oidc';
  client_hash: string | null;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  absolute_expires_at: Date;
}

export interface OidcIdentityTable {
  issuer: string;
  subject: string;
  user_id: number;
  created_at: Generated<Date>;
}

/** Strategy and survey tables (migration 0008) are declared in strategy-tables.ts. */
export interface Database
  extends StrategyTables,
    StatementEditionTables,
    CommissioningPlanTables,
    ForecastScenarioTables {
  council: CouncilTable;
  import_batch: ImportBatchTable;
  episode: EpisodeTable;
  child_header: ChildHeaderTable;
  uasc: UascTable;
  missing_spell: MissingSpellTable;
  return_row: ReturnRowTable;
  finding: FindingTable;
  set_aside_row: SetAsideRowTable;
  audit_event: AuditEventTable;
  job: JobTable;
  council_setting: CouncilSettingTable;
  comparator: ComparatorTable;
  user_account: UserAccountTable;
  user_council: UserCouncilTable;
  user_session: UserSessionTable;
  oidc_identity: OidcIdentityTable;
}
