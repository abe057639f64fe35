import { ALL_COUNCILS } from '../../../auth/access.ts';
import type { Account } from '../../../auth/accounts.ts';
import { findCouncil } from '../../../councils/index.ts';

/** An account for the users screen: no hash, no secret; lockout as a flag and a time. */
export function presentAccount(account: Account, now = new Date()) {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: account.roles,
    allCouncils: account.councils.includes(ALL_COUNCILS),
    councils: account.councils
      .filter((code) => code !== ALL_COUNCILS)
      .map((code) => ({ code, name: findCouncil(code)?.name ?? code })),
    disabled: account.disabled,
    locked: account.lockedUntil !== null && account.lockedUntil > now,
    lockedUntil: account.lockedUntil && account.lockedUntil > now ? account.lockedUntil.toISOString() : null,
    totpEnabled: account.totpEnabled,
    mustChangePassword: account.mustChangePassword,
    createdAt: account.createdAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
  };
}
