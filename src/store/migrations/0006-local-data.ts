import { type Kysely, sql } from 'kysely';

/**
 * The council's local data (issue 6): one batch per imported file (council, kind, file name, SHA-256,
 * rows, who, when), superseded when a new file of the same kind arrives, and one table per kind holding
 * the rows of every batch. Column names are the CSV template's (src/local/templates). Like the 903 rows,
 * nothing is updated or deleted: a batch is superseded, not overwritten.
 */
const kinds = `'fosterHouseholds', 'inHouseHomes', 'providers', 'placementCosts', 'placementRequests',
  'careLeaverAccommodation', 'budget'`;

const rowTable = (name: string, columns: string) => `create table ${name} (
    batch_id integer not null references local_data_batch (id),
    row_number integer not null,
    ${columns}
  )`;

const statements = [
  `create table local_data_batch (
    id integer generated always as identity primary key,
    council_code text not null references council (code),
    kind text not null check (kind in (${kinds})),
    file_name text not null,
    sha256 text not null,
    bytes integer not null,
    row_count integer not null,
    status text not null check (status in ('active', 'superseded')),
    superseded_by integer references local_data_batch (id),
    superseded_at timestamptz,
    imported_by text not null,
    imported_at timestamptz not null default now()
  )`,
  `create unique index local_data_batch_one_active on local_data_batch (council_code, kind)
    where status = 'active'`,
  `create index local_data_batch_council on local_data_batch (council_code, kind)`,
  rowTable(
    'local_foster_household',
    `household_id text not null,
    approval_type text not null,
    approved_places integer not null,
    usable_places integer,
    age_from integer not null,
    age_to integer not null,
    sex_approved text not null,
    sibling_groups boolean not null,
    carer_age_at_approval integer,
    approval_date date not null,
    deregistration_date date,
    postcode_district text,
    skills text`,
  ),
  rowTable(
    'local_in_house_home',
    `home_id text not null,
    name text not null,
    urn text,
    home_type text not null,
    beds integer not null,
    opening_date date not null,
    closing_date date,
    ofsted_grade text,
    postcode_district text`,
  ),
  rowTable(
    'local_provider',
    `provider_id text not null,
    name text not null,
    urn text,
    provider_type text not null,
    places integer,
    postcode_district text,
    ofsted_grade text,
    contract_basis text not null,
    weekly_price_from double precision,
    weekly_price_to double precision`,
  ),
  rowTable(
    'local_placement_cost',
    `child_id text not null,
    placement_start date not null,
    placement_end date,
    provider_id text,
    weekly_cost double precision not null,
    social_care_share double precision not null,
    health_share double precision not null,
    education_share double precision not null`,
  ),
  rowTable(
    'local_placement_request',
    `request_id text not null,
    request_date date not null,
    child_id text,
    age_at_request integer not null,
    needs_summary text,
    requested_type text not null,
    outcome text not null,
    days_to_place integer,
    providers_approached integer`,
  ),
  rowTable(
    'local_care_leaver_accommodation',
    `child_id text not null,
    accommodation_type text not null,
    start_date date not null,
    end_date date,
    weekly_cost double precision`,
  ),
  rowTable(
    'local_budget_line',
    `financial_year integer not null,
    category text not null,
    amount double precision not null`,
  ),
];

const rowTables = [
  'local_foster_household',
  'local_in_house_home',
  'local_provider',
  'local_placement_cost',
  'local_placement_request',
  'local_care_leaver_accommodation',
  'local_budget_line',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
  for (const table of rowTables)
    await sql.raw(`create index ${table}_batch on ${table} (batch_id, row_number)`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of rowTables) await sql.raw(`drop table if exists ${table}`).execute(db);
  await sql.raw('drop table if exists local_data_batch').execute(db);
}
