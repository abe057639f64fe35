import type { Kysely } from 'kysely';
import type { LoginThrottle } from '../../../auth/login-throttle.ts';
import type { OidcSettings } from '../../../auth/oidc.ts';
import type { Database } from '../../../store/index.ts';

/** The session cookie. */
export const SESSION_COOKIE = 'sid';

/** Cookie attributes for the session cookie (HttpOnly, SameSite=Lax, Path=/, Secure when configured). */
export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
}

/** What the session, single sign-on, users and audit routes share (built by the auth plugin). */
export interface AuthRouteOptions {
  db: Kysely<Database>;
  demo: boolean;
  cookieOptions: ReturnType<typeof sessionCookieOptions>;
  oidc: OidcSettings | null;
  throttle: LoginThrottle;
}
