import type { Principal } from '../../../auth/principal.ts';
import { permissionsOf } from '../../../auth/roles.ts';
import { findCouncil } from '../../../councils/index.ts';

/** The signed-in user as `GET /api/session` shows it, with the CSRF token the client sends back. */
export function presentSession(principal: Principal) {
  return {
    user: {
      id: principal.userId,
      username: principal.username,
      displayName: principal.displayName,
      roles: principal.roles,
      councils: principal.councils.map((code) => ({ code, name: findCouncil(code)?.name ?? code })),
      permissions: [...permissionsOf(principal.roles)].sort(),
      totpEnabled: principal.totpEnabled ?? false,
      method: principal.method,
      mustChangePassword: principal.mustChangePassword ?? false,
    },
    csrfToken: principal.csrfToken ?? '',
  };
}
