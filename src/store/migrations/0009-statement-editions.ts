import { type Kysely, sql } from 'kysely';

/**
 * Statement editions (issue 7): an edition per council and number, its narrative per section kept as an
 * append-only history (the current text is the latest row), and the frozen publication (rendered HTML,
 * the document's figures as JSON, PDF and DOCX bytes). Triggers make the rules hold whatever the caller:
 * narrative changes only while the edition is a draft or in review, an approved edition may only become
 * published (nothing else about it changes), published and withdrawn editions never change, nothing is
 * deleted, and a publication is written once, for an approved edition.
 */
const statements = [
  `create table statement_edition (
    id bigint generated always as identity primary key,
    council_code text not null,
    number integer not null check (number > 0),
    title text not null,
    status text not null check (status in ('draft', 'in-review', 'approved', 'published', 'withdrawn')),
    based_on bigint references statement_edition (id),
    created_by text not null,
    created_at timestamptz not null default now(),
    last_edited_by text not null,
    last_edited_at timestamptz not null default now(),
    submitted_by text,
    submitted_at timestamptz,
    approved_by text,
    approved_at timestamptz,
    published_by text,
    published_at timestamptz,
    withdrawn_by text,
    withdrawn_at timestamptz,
    unique (council_code, number)
  )`,
  // One edition in progress per council: a second draft would fork the narrative.
  `create unique index statement_edition_one_open on statement_edition (council_code)
    where status in ('draft', 'in-review', 'approved')`,
  `create table statement_narrative (
    id bigint generated always as identity primary key,
    edition_id bigint not null references statement_edition (id),
    section_id text not null,
    text text not null,
    saved_by text not null,
    saved_at timestamptz not null default now(),
    copied_from bigint references statement_edition (id)
  )`,
  `create index statement_narrative_edition on statement_narrative (edition_id, section_id, id desc)`,
  `create table statement_publication (
    edition_id bigint primary key references statement_edition (id),
    published_at timestamptz not null default now(),
    html text not null,
    document jsonb not null,
    figures jsonb not null,
    actions jsonb not null default '[]',
    pdf bytea,
    pdf_note text,
    docx bytea not null
  )`,
  `create function statement_edition_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'statement editions are never deleted (edition %)', old.id;
      end if;
      if old.status in ('published', 'withdrawn') then
        raise exception 'statement edition % is %: it cannot change', old.id, old.status;
      end if;
      if old.status = 'approved' and (
        new.status <> 'published'
        or row(new.council_code, new.number, new.title, new.based_on, new.created_by, new.created_at,
               new.last_edited_by, new.last_edited_at, new.submitted_by, new.submitted_at,
               new.approved_by, new.approved_at, new.withdrawn_by, new.withdrawn_at)
           is distinct from
           row(old.council_code, old.number, old.title, old.based_on, old.created_by, old.created_at,
               old.last_edited_by, old.last_edited_at, old.submitted_by, old.submitted_at,
               old.approved_by, old.approved_at, old.withdrawn_by, old.withdrawn_at)
      ) then
        raise exception 'statement edition % is approved: it can only be published', old.id;
      end if;
      return new;
    end
  $$`,
  `create trigger statement_edition_guard before update or delete on statement_edition
    for each row execute function statement_edition_guard()`,
  `create function statement_narrative_guard() returns trigger language plpgsql as $$
    declare
      edition_status text;
    begin
      if tg_op <> 'INSERT' then
        raise exception 'statement narrative history is append-only: % refused', tg_op;
      end if;
      select status into edition_status from statement_edition where id = new.edition_id for share;
      if edition_status not in ('draft', 'in-review') then
        raise exception 'statement edition % is %: its narrative cannot change', new.edition_id, edition_status;
      end if;
      return new;
    end
  $$`,
  `create trigger statement_narrative_guard before insert or update or delete on statement_narrative
    for each row execute function statement_narrative_guard()`,
  `create function statement_publication_guard() returns trigger language plpgsql as $$
    declare
      edition_status text;
    begin
      if tg_op <> 'INSERT' then
        raise exception 'a statement publication is frozen: % refused', tg_op;
      end if;
      select status into edition_status from statement_edition where id = new.edition_id for share;
      if edition_status <> 'approved' then
        raise exception 'statement edition % is %: only an approved edition is published', new.edition_id, edition_status;
      end if;
      return new;
    end
  $$`,
  `create trigger statement_publication_guard before insert or update or delete on statement_publication
    for each row execute function statement_publication_guard()`,
  `create trigger statement_publication_no_truncate before truncate on statement_publication
    for each statement execute function statement_publication_guard()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['statement_publication', 'statement_narrative', 'statement_edition']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
  for (const fn of ['statement_publication_guard', 'statement_narrative_guard', 'statement_edition_guard']) {
    await sql.raw(`drop function if exists ${fn}()`).execute(db);
  }
}
