import { type Kysely, sql } from 'kysely';

/**
 * Long jobs (imports now; forecasts and reports later) live in the database so a user can leave a page
 * and come back, and a restart can tell which jobs it interrupted. Council settings hold what an admin
 * edits: display name, contact, 0–17 population for rates and the placement-category mapping.
 */
const statements = [
  `create table job (
    id uuid primary key,
    kind text not null,
    council_code text,
    created_by text not null,
    status text not null check (status in ('queued', 'running', 'succeeded', 'failed')),
    phase text not null default 'queued',
    done double precision not null default 0,
    total double precision not null default 0,
    result jsonb,
    error text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index job_created_by on job (created_by, created_at desc)`,
  `create index job_status on job (status) where status in ('queued', 'running')`,
  `create table council_setting (
    council_code text primary key,
    display_name text,
    contact_email text,
    population jsonb not null default '[]',
    category_mapping jsonb,
    updated_by text not null,
    updated_at timestamptz not null default now()
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists council_setting').execute(db);
  await sql.raw('drop table if exists job').execute(db);
}
