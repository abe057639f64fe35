import { type Kysely, sql } from 'kysely';
import type { Database } from '../store/index.ts';
import type { Role } from './roles.ts';
import { knownRoles } from './sessions.ts';

/** A user account as administrators see it: never the password hash or TOTP secret. */
export interface Account {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  /** Council codes as stored ('*' = every council). */
  councils: string[];
  disabled: boolean;
  failedAttempts: number;
  lockedUntil: Date | null;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewAccount {
  username: string;
  displayName: string;
  roles: Role[];
  councils: string[];
  /** argon2id hash; null for a single-sign-on-only account. */
  passwordHash: string | null;
  mustChangePassword: boolean;
}

export type CreateAccountResult = { status: 'created'; account: Account } | { status: 'username-taken' };

const accountColumns = [
  'u.id',
  'u.username',
  'u.display_name',
  'u.roles',
  'u.disabled',
  'u.failed_attempts',
  'u.locked_until',
  'u.totp_enabled',
  'u.must_change_password',
  'u.created_at',
  'u.updated_at',
  sql<
    string[]
  >`array(select c.council_code from user_council c where c.user_id = u.id order by c.council_code)`.as(
    'councils',
  ),
] as const;

function baseQuery(db: Kysely<Database>) {
  return db.selectFrom('user_account as u').select(accountColumns);
}

type AccountRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: knownRoles(row.roles),
    councils: row.councils,
    disabled: row.disabled,
    failedAttempts: row.failed_attempts,
    lockedUntil: row.locked_until,
    totpEnabled: row.totp_enabled,
    mustChangePassword: row.must_change_password,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every account, by username. */
export async function listAccounts(db: Kysely<Database>): Promise<Account[]> {
  const rows = await baseQuery(db).orderBy(sql`lower(u.username)`).execute();
  return rows.map(toAccount);
}

/** One account by id, or null. */
export async function findAccount(db: Kysely<Database>, id: number): Promise<Account | null> {
  const row = await baseQuery(db).where('u.id', '=', id).executeTakeFirst();
  return row ? toAccount(row) : null;
}

/** One account by username (case-insensitive), or null. */
export async function findAccountByUsername(db: Kysely<Database>, username: string): Promise<Account | null> {
  const row = await baseQuery(db)
    .where(sql`lower(u.username)`, '=', username.toLowerCase())
    .executeTakeFirst();
  return row ? toAccount(row) : null;
}

/** Creates an account with its councils in one transaction. Usernames are unique ignoring case. */
export async function createAccount(db: Kysely<Database>, input: NewAccount): Promise<CreateAccountResult> {
  return db.transaction().execute(async (tx) => {
    const taken = await tx
      .selectFrom('user_account')
      .select('id')
      .where(sql`lower(username)`, '=', input.username.toLowerCase())
      .executeTakeFirst();
    if (taken) return { status: 'username-taken' as const };
    const { id } = await tx
      .insertInto('user_account')
      .values({
        username: input.username,
        display_name: input.displayName,
        password_hash: input.passwordHash,
        roles: input.roles,
        must_change_password: input.mustChangePassword,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceCouncils(tx, id, input.councils);
    const account = await findAccount(tx, id);
    if (!account) throw new Error(`account ${id} vanished inside its own transaction`);
    return { status: 'created' as const, account };
  });
}

export interface AccountChange {
  displayName?: string;
  roles?: Role[];
  councils?: string[];
  disabled?: boolean;
}

/** Changes an account's name, roles, councils or disabled flag. Returns the account after, or null if unknown. */
export async function updateAccount(
  db: Kysely<Database>,
  id: number,
  change: AccountChange,
): Promise<Account | null> {
  return db.transaction().execute(async (tx) => {
    const set: { display_name?: string; roles?: string[]; disabled?: boolean } = {};
    if (change.displayName !== undefined) set.display_name = change.displayName;
    if (change.roles !== undefined) set.roles = change.roles;
    if (change.disabled !== undefined) set.disabled = change.disabled;
    const updated = await tx
      .updateTable('user_account')
      .set({ ...set, updated_at: new Date() })
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!updated) return null;
    if (change.councils !== undefined) await replaceCouncils(tx, id, change.councils);
    return findAccount(tx, id);
  });
}

/** Stores a new password hash; `mustChange` forces a change at next sign-in. Clears any lockout. */
export async function setPasswordHash(
  db: Kysely<Database>,
  id: number,
  passwordHash: string,
  mustChange: boolean,
): Promise<void> {
  await db
    .updateTable('user_account')
    .set({
      password_hash: passwordHash,
      must_change_password: mustChange,
      failed_attempts: 0,
      locked_until: null,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/** Lifts a lockout and forgets the failed attempts. Returns false for an unknown account. */
export async function unlockAccount(db: Kysely<Database>, id: number): Promise<boolean> {
  const row = await db
    .updateTable('user_account')
    .set({ failed_attempts: 0, locked_until: null, updated_at: new Date() })
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

async function replaceCouncils(
  db: Kysely<Database>,
  userId: number,
  councils: readonly string[],
): Promise<void> {
  await db.deleteFrom('user_council').where('user_id', '=', userId).execute();
  const unique = [...new Set(councils)];
  if (unique.length > 0) {
    await db
      .insertInto('user_council')
      .values(unique.map((code) => ({ user_id: userId, council_code: code })))
      .execute();
  }
}
