import { type Kysely, sql } from 'kysely';
import { allCouncils } from '../councils/index.ts';
import type { Database } from '../store/index.ts';
import { ALL_COUNCILS } from './access.ts';
import type { Principal } from './principal.ts';
import { ROLES, type Role } from './roles.ts';
import { newToken, sessionIdOf } from './session-token.ts';

/** Sessions end after 30 idle minutes, and in any case 12 hours after sign-in. */
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
// Sliding the idle expiry costs a write; once a minute per session is plenty.
const TOUCH_AFTER_MS = 60_000;

export interface NewSession {
  /** The cookie value (never stored). */
  token: string;
  sessionId: string;
  csrfToken: string;
}

/** Starts a session for a user. `clientHash` is a hash of IP and user agent, for the audit trail only. */
export async function createSession(
  db: Kysely<Database>,
  userId: number,
  method: Principal['method'],
  clientHash: string | null,
  now = new Date(),
): Promise<NewSession> {
  const token = newToken();
  const sessionId = sessionIdOf(token);
  const csrfToken = newToken();
  await db
    .insertInto('user_session')
    .values({
      id: sessionId,
      user_id: userId,
      csrf_token: csrfToken,
      method,
      client_hash: clientHash,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + SESSION_IDLE_MS),
      absolute_expires_at: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    })
    .execute();
  return { token, sessionId, csrfToken };
}

/**
 * The principal behind a cookie token, or null when the session is unknown, expired or its user disabled.
 * An expired session row is deleted; a live one has its idle expiry moved on.
 */
export async function principalOfToken(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<Principal | null> {
  const sessionId = sessionIdOf(token);
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('user_account as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.csrf_token',
      's.method',
      's.last_seen_at',
      's.expires_at',
      's.absolute_expires_at',
      'u.id as user_id',
      'u.username',
      'u.display_name',
      'u.roles',
      'u.disabled',
      'u.must_change_password',
      'u.totp_enabled',
      sql<
        string[]
      >`array(select c.council_code from user_council c where c.user_id = u.id order by c.council_code)`.as(
        'councils',
      ),
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) return null;
  if (row.disabled || row.expires_at <= now || row.absolute_expires_at <= now) {
    await deleteSession(db, sessionId);
    return null;
  }
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    const idle = now.getTime() + SESSION_IDLE_MS;
    await db
      .updateTable('user_session')
      .set({ last_seen_at: now, expires_at: new Date(Math.min(idle, row.absolute_expires_at.getTime())) })
      .where('id', '=', sessionId)
      .execute();
  }
  return {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    roles: knownRoles(row.roles),
    councils: expandCouncils(row.councils),
    allCouncils: row.councils.includes(ALL_COUNCILS),
    method: row.method,
    sessionId,
    mustChangePassword: row.must_change_password,
    totpEnabled: row.totp_enabled,
    csrfToken: row.csrf_token,
  };
}

/** Ends one session (sign-out). */
export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('user_session').where('id', '=', sessionId).execute();
}

/** Ends every session of a user, optionally keeping one (after a password change, reset or disable). */
export async function deleteUserSessions(db: Kysely<Database>, userId: number, keep?: string): Promise<void> {
  let query = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (keep) query = query.where('id', '!=', keep);
  await query.execute();
}

/** Role names as stored, keeping only those the code knows (a removed role grants nothing). */
export function knownRoles(roles: readonly string[]): Role[] {
  return roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role));
}

/** Council codes as stored; the wildcard becomes every council in the registry. */
export function expandCouncils(codes: readonly string[]): string[] {
  if (codes.includes(ALL_COUNCILS)) return allCouncils().map((council) => council.code);
  return [...codes];
}
