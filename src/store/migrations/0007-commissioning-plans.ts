import { type Kysely, sql } from 'kysely';

/**
 * Saved versions of a council's 5-year commissioning plan (issue 6), numbered per council: who saved it and
 * when, the inputs it was computed from, the table as JSON and a note. The plan is reviewed every year and
 * versions are compared, so a saved version never changes: a trigger refuses UPDATE and DELETE.
 */
const statements = [
  `create table commissioning_plan (
    id bigint generated always as identity primary key,
    council_code text not null,
    version integer not null check (version > 0),
    origin date not null,
    inputs jsonb not null,
    plan jsonb not null,
    note text not null default '',
    created_by text not null,
    created_at timestamptz not null default now(),
    unique (council_code, version)
  )`,
  `create function commissioning_plan_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'a saved commissioning plan version never changes: % refused', tg_op;
    end
  $$`,
  `create trigger commissioning_plan_no_change before update or delete on commissioning_plan
    for each row execute function commissioning_plan_immutable()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists commissioning_plan').execute(db);
  await sql.raw('drop function if exists commissioning_plan_immutable()').execute(db);
}
