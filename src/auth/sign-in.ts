import { type Kysely, sql } from 'kysely';
import { type Database, recordAuditEvent } from '../store/index.ts';
import { verifyPassword } from './password.ts';
import { openSecret } from './secret-box.ts';
import { totpStep } from './totp.ts';

/** Five consecutive failures lock an account for fifteen minutes. */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MS = 15 * 60_000;

export interface Credentials {
  username: string;
  password: string;
  totp?: string;
}

export type SignInResult =
  | { status: 'signed-in'; userId: number; username: string }
  /** Unknown user, wrong password, wrong code or disabled account: one answer, so none is revealed. */
  | { status: 'invalid-credentials' }
  /** Password right, account has two-factor on, no code given (not counted as a failure). */
  | { status: 'totp-required' }
  | { status: 'locked'; until: Date };

/**
 * Checks a local sign-in and keeps the lockout count. Every attempt is audited (`sign-in` or
 * `sign-in-failed`, and `account-locked` when this failure locks it); the password never is.
 * An unknown username costs the same argon2 work as a known one.
 */
export async function signIn(
  db: Kysely<Database>,
  credentials: Credentials,
  now = new Date(),
): Promise<SignInResult> {
  const username = credentials.username.trim().slice(0, 100);
  const user = await db
    .selectFrom('user_account')
    .select(['id', 'username', 'password_hash', 'totp_enabled', 'totp_secret', 'locked_until', 'disabled'])
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
  if (!user) {
    await verifyPassword(null, credentials.password);
    await recordAuditEvent(db, {
      actor: username,
      action: 'sign-in-failed',
      detail: { reason: 'unknown-user' },
    });
    return { status: 'invalid-credentials' };
  }
  if (user.locked_until && user.locked_until > now) {
    await recordAuditEvent(db, {
      actor: user.username,
      action: 'sign-in-failed',
      detail: { reason: 'locked' },
    });
    return { status: 'locked', until: user.locked_until };
  }
  const passwordOk = await verifyPassword(user.password_hash, credentials.password);
  if (passwordOk && !user.disabled && user.totp_enabled && !credentials.totp)
    return { status: 'totp-required' };
  const step =
    user.totp_enabled && user.totp_secret !== null
      ? await totpStep(openSecret(user.totp_secret), credentials.totp ?? '', now.getTime())
      : null;
  // A code counts once: only a step later than the last one used signs in (checked and kept in one update).
  const totpOk =
    !user.totp_enabled ||
    (step !== null && passwordOk && !user.disabled && (await claimTotpStep(db, user.id, step)));
  if (!passwordOk || !totpOk || user.disabled) {
    const reason = user.disabled ? 'disabled' : passwordOk ? 'wrong-totp' : 'wrong-password';
    return recordFailure(db, user.id, user.username, reason, now);
  }
  await db
    .updateTable('user_account')
    .set({ failed_attempts: 0, locked_until: null })
    .where('id', '=', user.id)
    .execute();
  return { status: 'signed-in', userId: user.id, username: user.username };
}

async function claimTotpStep(db: Kysely<Database>, userId: number, step: number): Promise<boolean> {
  const claimed = await db
    .updateTable('user_account')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

async function recordFailure(
  db: Kysely<Database>,
  userId: number,
  username: string,
  reason: string,
  now: Date,
): Promise<SignInResult> {
  const lockUntil = new Date(now.getTime() + LOCKOUT_MS);
  // One statement, so concurrent failures cannot both read 4 and skip the lock. Locking restarts the count.
  const row = await db
    .updateTable('user_account')
    .set({
      failed_attempts: sql`case when failed_attempts + 1 >= ${MAX_FAILED_ATTEMPTS} then 0 else failed_attempts + 1 end`,
      locked_until: sql`case when failed_attempts + 1 >= ${MAX_FAILED_ATTEMPTS} then ${lockUntil}::timestamptz else locked_until end`,
    })
    .where('id', '=', userId)
    .returning(['locked_until'])
    .executeTakeFirstOrThrow();
  await recordAuditEvent(db, { actor: username, action: 'sign-in-failed', detail: { reason } });
  if (row.locked_until && row.locked_until.getTime() === lockUntil.getTime()) {
    await recordAuditEvent(db, {
      actor: username,
      action: 'account-locked',
      detail: { until: lockUntil.toISOString() },
    });
    return { status: 'locked', until: lockUntil };
  }
  return { status: 'invalid-credentials' };
}
