import { type Kysely, sql } from 'kysely';

/**
 * The first schema: councils, import batches, the 903 rows they hold, findings, set-aside rows and the
 * append-only audit log. Rows are never updated or deleted: a batch is superseded, not overwritten.
 */
const statements = [
  `create table council (
    code text primary key,
    name text,
    first_imported_at timestamptz not null default now()
  )`,
  `create table import_batch (
    id integer generated always as identity primary key,
    council_code text not null references council (code),
    collection_year integer not null check (collection_year between 1990 and 2200),
    kind text not null check (kind in ('return', 'in-year')),
    as_at date not null,
    status text not null check (status in ('active', 'superseded', 'rejected')),
    superseded_by integer references import_batch (id),
    superseded_at timestamptz,
    restored_by text,
    restored_at timestamptz,
    files jsonb not null,
    row_counts jsonb not null,
    code_lists_assumed boolean not null,
    allow_partial boolean not null,
    imported_by text not null,
    imported_at timestamptz not null default now(),
    structural_findings integer not null default 0,
    content_findings integer not null default 0,
    rows_set_aside integer not null default 0
  )`,
  // At most one active batch per council, year and kind: a re-import supersedes the earlier one.
  `create unique index import_batch_one_active on import_batch (council_code, collection_year, kind)
    where status = 'active'`,
  `create index import_batch_council on import_batch (council_code, collection_year)`,
  // Row tables carry no foreign key to import_batch: COPY would pay a trigger per row, and rows are only
  // ever written inside the transaction that creates their batch.
  `create table episode (
    batch_id integer not null,
    row_number integer not null,
    child_id text not null,
    start_date date not null,
    reason_new_episode text,
    legal_status text,
    category_of_need text,
    placement_type text,
    provider text,
    end_date date,
    reason_ended text,
    reason_place_change text,
    home_postcode text,
    placement_postcode text,
    urn text
  )`,
  `create index episode_batch_child on episode (batch_id, child_id)`,
  `create table child_header (
    batch_id integer not null,
    row_number integer not null,
    child_id text not null,
    sex text not null,
    dob date not null,
    ethnicity text,
    upn text,
    mother_status text,
    mother_child_dob date
  )`,
  `create index child_header_batch_child on child_header (batch_id, child_id)`,
  `create table uasc (
    batch_id integer not null,
    row_number integer not null,
    child_id text not null,
    sex text,
    dob date not null,
    uasc_ceased date
  )`,
  `create index uasc_batch_child on uasc (batch_id, child_id)`,
  `create table missing_spell (
    batch_id integer not null,
    row_number integer not null,
    child_id text not null,
    dob date not null,
    kind text,
    start_date date not null,
    end_date date
  )`,
  `create index missing_spell_batch_child on missing_spell (batch_id, child_id)`,
  `create table return_row (
    batch_id integer not null,
    table_name text not null,
    row_number integer not null,
    child_id text not null,
    "values" jsonb not null
  )`,
  `create index return_row_batch_child on return_row (batch_id, child_id)`,
  `create table finding (
    id bigint generated always as identity primary key,
    batch_id integer not null references import_batch (id),
    severity text not null check (severity in ('structural', 'content')),
    code text not null,
    file text,
    table_name text,
    row_number integer,
    column_name text,
    value text,
    expected text,
    child_id text,
    message text not null
  )`,
  `create index finding_batch on finding (batch_id, severity, code)`,
  `create table set_aside_row (
    batch_id integer not null references import_batch (id),
    file text not null,
    row_number integer not null,
    table_name text,
    raw text not null,
    findings jsonb not null
  )`,
  `create index set_aside_row_batch on set_aside_row (batch_id)`,
  `create table audit_event (
    id bigint generated always as identity primary key,
    at timestamptz not null default now(),
    actor text not null,
    action text not null,
    council_code text,
    detail jsonb not null default '{}'
  )`,
  `create index audit_event_council on audit_event (council_code, at)`,
  `create function audit_event_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_event is append-only: % refused', tg_op;
    end
  $$`,
  `create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only()`,
  `create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = ['audit_event', 'set_aside_row', 'finding', 'return_row', 'missing_spell', 'uasc'];
  for (const table of [...tables, 'child_header', 'episode', 'import_batch', 'council']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
  await sql.raw('drop function if exists audit_event_append_only()').execute(db);
}
