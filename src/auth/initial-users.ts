import type { Kysely } from 'kysely';
import { type Database, recordAuditEvent } from '../store/index.ts';
import { ALL_COUNCILS } from './access.ts';
import { createAccount, findAccountByUsername, setPasswordHash } from './accounts.ts';
import { generateOneTimePassword, hashPassword } from './password.ts';
import { ROLES, type Role } from './roles.ts';

/**
 * On first start (no accounts at all) creates `admin` with every council (the '*' wildcard), a random
 * one-time password it must change at first sign-in, and returns the password to print once.
 * Returns null when any account exists.
 */
export async function ensureInitialAdmin(
  db: Kysely<Database>,
): Promise<{ username: string; oneTimePassword: string } | null> {
  const any = await db.selectFrom('user_account').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  const oneTimePassword = generateOneTimePassword();
  const result = await createAccount(db, {
    username: 'admin',
    displayName: 'Administrator',
    roles: ['admin'],
    councils: [ALL_COUNCILS],
    passwordHash: await hashPassword(oneTimePassword),
    mustChangePassword: true,
  });
  // Two processes starting at once: the other one created it.
  if (result.status !== 'created') return null;
  await recordAuditEvent(db, {
    actor: 'system',
    action: 'user.create',
    detail: { userId: result.account.id, username: 'admin', roles: ['admin'] },
  });
  return { username: 'admin', oneTimePassword };
}

/** The demo users named on the sign-in page of `serve --demo`: synthetic data only, so known passwords. */
export function demoUsers(): { username: string; password: string; role: Role }[] {
  return ROLES.map((role) => ({ username: `demo-${role}`, password: `demo-${role}-2026`, role }));
}

/**
 * Creates (or resets to the known password) one user per role in the demo council. Only `serve --demo`
 * calls this: never on a database with real data.
 */
export async function ensureDemoUsers(db: Kysely<Database>, councilCode: string): Promise<void> {
  for (const demo of demoUsers()) {
    const passwordHash = await hashPassword(demo.password);
    const existing = await findAccountByUsername(db, demo.username);
    if (existing) {
      await setPasswordHash(db, existing.id, passwordHash, false);
      continue;
    }
    await createAccount(db, {
      username: demo.username,
      displayName: `Demo ${demo.role}`,
      roles: [demo.role],
      councils: [councilCode],
      passwordHash,
      mustChangePassword: false,
    });
  }
}
