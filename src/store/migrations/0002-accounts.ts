import { type Kysely, sql } from 'kysely';

/**
 * Accounts, council membership, server-side sessions and single sign-on identities.
 * A session row is keyed by the SHA-256 of the cookie token, so a copy of the table cannot be replayed.
 * A user_council row with council_code '*' grants every council (the first admin).
 */
const statements = [
  `create table user_account (
    id integer generated always as identity primary key,
    username text not null check (length(username) between 1 and 100),
    display_name text not null,
    password_hash text,
    roles text[] not null default '{}',
    must_change_password boolean not null default false,
    totp_secret text,
    totp_pending_secret text,
    totp_enabled boolean not null default false,
    failed_attempts integer not null default 0,
    locked_until timestamptz,
    disabled boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create unique index user_account_username on user_account (lower(username))`,
  `create table user_council (
    user_id integer not null references user_account (id) on delete cascade,
    council_code text not null,
    primary key (user_id, council_code)
  )`,
  `create table user_session (
    id text primary key,
    user_id integer not null references user_account (id) on delete cascade,
    csrf_token text not null,
    method text not null check (method in ('password', 'oidc')),
    client_hash text,
    created_at timestamptz not null default now(),
    last_seen_at timestamptz not null default now(),
    expires_at timestamptz not null,
    absolute_expires_at timestamptz not null
  )`,
  `create index user_session_user on user_session (user_id)`,
  `create table oidc_identity (
    issuer text not null,
    subject text not null,
    user_id integer not null references user_account (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (issuer, subject)
  )`,
  `create index audit_event_at on audit_event (at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop index if exists audit_event_at').execute(db);
  for (const table of ['oidc_identity', 'user_session', 'user_council', 'user_account']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
