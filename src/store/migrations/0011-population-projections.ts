import { type Kysely, sql } from 'kysely';

/**
 * ONS sub-national population projections (issue 5): persons aged 0–17 by area (local authority or
 * district), mid-year and single year of age, used as the exposure for entries to care. One set at a time:
 * importing a newer release replaces it (the file name and who/when are in the audit log).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`create table population_projection (
      area_code text not null,
      mid_year integer not null,
      age integer not null check (age between 0 and 17),
      persons double precision not null check (persons >= 0),
      primary key (area_code, mid_year, age)
    )`)
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists population_projection').execute(db);
}
