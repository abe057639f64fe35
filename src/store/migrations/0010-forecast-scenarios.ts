import { type Kysely, sql } from 'kysely';

/**
 * Forecast scenarios (issue 5): a council's named scenarios (levers as JSON in the scenario file format,
 * validated before they are written) and its own unit costs and inflation for the cost projection (one row
 * per council; none: the defaults). Names are unique per council so a comparison's columns are unambiguous.
 */
const statements = [
  `create table forecast_scenario (
    id bigint generated always as identity primary key,
    council_code text not null,
    name text not null check (length(name) between 1 and 120),
    description text not null default '',
    levers jsonb not null,
    created_by text not null,
    created_at timestamptz not null default now(),
    updated_by text not null,
    updated_at timestamptz not null default now(),
    unique (council_code, name)
  )`,
  `create table forecast_unit_cost (
    council_code text primary key,
    weekly jsonb not null,
    inflation jsonb not null,
    updated_by text not null,
    updated_at timestamptz not null default now()
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['forecast_unit_cost', 'forecast_scenario']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
