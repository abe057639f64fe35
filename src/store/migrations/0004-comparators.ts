import { type Kysely, sql } from 'kysely';

/**
 * Comparators: published figures for England, regions and councils (DfE "Children looked after in England"
 * tables, and the England figures shipped with the product), so a council can set its indicators beside
 * England, its region and its statistical neighbours, and refresh them when DfE publishes. A council's
 * chosen statistical neighbours live with its settings.
 */
const statements = [
  `create table comparator (
    id bigint generated always as identity primary key,
    source text not null,
    geographic_level text not null check (geographic_level in ('national', 'regional', 'local-authority')),
    code text not null,
    name text,
    year integer not null check (year between 1990 and 2200),
    measure text not null,
    characteristic text not null default '',
    statistic text not null check (statistic in ('number', 'percentage', 'rate')),
    value double precision,
    flag text check (flag in ('c', 'k', 'z', 'x')),
    indicator_id text,
    cell jsonb,
    imported_by text not null,
    imported_at timestamptz not null default now(),
    check ((value is null) = (flag is not null and flag <> 'k'))
  )`,
  `create unique index comparator_one_figure on comparator
    (source, geographic_level, code, year, measure, characteristic, statistic)`,
  `create index comparator_indicator on comparator (indicator_id, year) where indicator_id is not null`,
  `alter table council_setting add column statistical_neighbours text[] not null default '{}'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table council_setting drop column if exists statistical_neighbours').execute(db);
  await sql.raw('drop table if exists comparator').execute(db);
}
