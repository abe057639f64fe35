import { type Kysely, sql } from 'kysely';

/**
 * The sufficiency strategy and the voice of children and providers (issue 7): priorities, actions under
 * them (with a RAG override kept beside the suggested rating), dated progress updates with evidence, KPIs
 * linked to a figure source, and an append-only history of every change (who, when, before and after).
 * Surveys: one row per imported file, one per response (the respondent id only as a hash, to count
 * respondents; it is never shown), and the themes users tag free-text responses with.
 */
const statements = [
  `create table strategy_priority (
    id bigint generated always as identity primary key,
    council_code text not null,
    position integer not null,
    title text not null,
    description text not null default '',
    updated_by text not null,
    updated_at timestamptz not null default now()
  )`,
  `create index strategy_priority_council on strategy_priority (council_code, position)`,
  `create table strategy_action (
    id bigint generated always as identity primary key,
    council_code text not null,
    priority_id bigint not null references strategy_priority (id),
    title text not null,
    description text not null default '',
    owner text not null default '',
    partners text[] not null default '{}',
    start_date date,
    due_date date,
    status text not null check (status in ('not-started', 'in-progress', 'done', 'dropped')),
    rag_override text check (rag_override in ('red', 'amber', 'green')),
    rag_override_reason text,
    updated_by text not null,
    updated_at timestamptz not null default now()
  )`,
  `create index strategy_action_priority on strategy_action (priority_id)`,
  `create table strategy_update (
    id bigint generated always as identity primary key,
    council_code text not null,
    action_id bigint not null references strategy_action (id),
    update_date date not null,
    text text not null,
    evidence_text text not null default '',
    evidence_url text,
    updated_by text not null,
    updated_at timestamptz not null default now()
  )`,
  `create index strategy_update_action on strategy_update (action_id, update_date)`,
  `create table strategy_kpi (
    id bigint generated always as identity primary key,
    council_code text not null,
    priority_id bigint references strategy_priority (id),
    title text not null,
    unit text not null default '',
    source text not null check (source in ('indicator', 'forecast', 'gap', 'manual')),
    source_key text not null default '',
    source_cell jsonb,
    baseline_value double precision not null,
    baseline_date date not null,
    target_value double precision not null,
    target_date date not null,
    direction text not null check (direction in ('higher', 'lower')),
    tolerance double precision not null default 0 check (tolerance >= 0),
    manual_values jsonb not null default '[]',
    updated_by text not null,
    updated_at timestamptz not null default now(),
    check (target_date > baseline_date)
  )`,
  `create index strategy_kpi_council on strategy_kpi (council_code)`,
  `create table strategy_change (
    id bigint generated always as identity primary key,
    council_code text not null,
    entity text not null check (entity in ('priority', 'action', 'update', 'kpi')),
    entity_id bigint not null,
    operation text not null check (operation in ('create', 'update', 'delete')),
    actor text not null,
    at timestamptz not null default now(),
    before jsonb,
    after jsonb
  )`,
  `create index strategy_change_council on strategy_change (council_code, at desc)`,
  `create index strategy_change_entity on strategy_change (entity, entity_id)`,
  `create function strategy_change_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'strategy_change is append-only: % refused', tg_op;
    end
  $$`,
  `create trigger strategy_change_no_update before update or delete on strategy_change
    for each row execute function strategy_change_append_only()`,
  `create table survey (
    id bigint generated always as identity primary key,
    council_code text not null,
    title text not null,
    file_name text not null,
    responses integer not null,
    imported_by text not null,
    imported_at timestamptz not null default now()
  )`,
  `create index survey_council on survey (council_code, imported_at desc)`,
  `create table survey_response (
    id bigint generated always as identity primary key,
    survey_id bigint not null references survey (id) on delete cascade,
    row_number integer not null,
    question text not null,
    response text not null,
    respondent_group text not null,
    respondent_hash text,
    themes text[] not null default '{}',
    approved_quote boolean not null default false,
    approved_by text,
    approved_at timestamptz
  )`,
  `create index survey_response_survey on survey_response (survey_id, question)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'survey_response',
    'survey',
    'strategy_change',
    'strategy_kpi',
    'strategy_update',
    'strategy_action',
    'strategy_priority',
  ])
    await sql.raw(`drop table if exists ${table}`).execute(db);
  await sql.raw('drop function if exists strategy_change_append_only()').execute(db);
}
