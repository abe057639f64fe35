import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import { canSeeCouncil, hasPermission } from '../../auth/access.ts';
import { LoginThrottle } from '../../auth/login-throttle.ts';
import { type OidcSettings, oidcSettingsFromEnv } from '../../auth/oidc.ts';
import type { Principal } from '../../auth/principal.ts';
import type { Permission } from '../../auth/roles.ts';
import { sameSecret } from '../../auth/session-token.ts';
import { principalOfToken } from '../../auth/sessions.ts';
import type { Database } from '../../store/index.ts';
import { auditRoutes } from '../api/audit/routes.ts';
import { oidcRoutes } from '../api/session/oidc-routes.ts';
import { sessionRoutes } from '../api/session/routes.ts';
import { SESSION_COOKIE, sessionCookieOptions } from '../api/session/session-cookie.ts';
import { userRoutes } from '../api/users/routes.ts';
import { sendError } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. Set from the `sid` cookie before any handler runs. */
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** false on the one state-changing route that needs no CSRF token (signing in: there is no session yet). */
    csrf?: boolean;
  }
}

export interface AuthPluginOptions {
  db: Kysely<Database>;
  demo: boolean;
  secureCookies: boolean;
  /** Single sign-on; defaults to the OIDC_* environment variables (null: switched off). */
  oidc?: OidcSettings | null;
  /** Sign-in attempts per IP and per username per minute (default 10). */
  loginLimitPerMinute?: number;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Accounts and sessions: sets `request.principal` from the `sid` cookie (an expired or unknown session
 * clears the cookie), refuses a state-changing request of a signed-in user without the session's
 * `x-csrf-token` (403 `csrf-invalid`, checked before the body is read), and serves the session, single
 * sign-on, users and audit endpoints.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, options: AuthPluginOptions) => {
    if (!app.hasRequestDecorator('cookies')) await app.register(cookie);
    app.decorateRequest('principal', null);
    const cookieOptions = sessionCookieOptions(options.secureCookies);

    app.addHook('onRequest', async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (!token) return;
      request.principal = await principalOfToken(options.db, token);
      if (!request.principal) {
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
        return;
      }
      if (!STATE_CHANGING.has(request.method) || request.routeOptions.config.csrf === false) return;
      const sent = request.headers['x-csrf-token'];
      const expected = request.principal.csrfToken ?? '';
      if (typeof sent !== 'string' || !expected || !sameSecret(sent, expected)) {
        return sendError(
          reply,
          403,
          'csrf-invalid',
          'The request was refused: it did not carry this session’s security token. Reload the page and try again.',
        );
      }
    });

    const shared = {
      db: options.db,
      demo: options.demo,
      cookieOptions,
      oidc: options.oidc === undefined ? oidcSettingsFromEnv() : options.oidc,
      throttle: new LoginThrottle(options.loginLimitPerMinute ?? 10),
    };
    await app.register(sessionRoutes, shared);
    await app.register(oidcRoutes, shared);
    await app.register(userRoutes, shared);
    await app.register(auditRoutes, shared);
  },
  { name: 'auth', dependencies: ['error-handling'] },
);

/** preHandler: 401 `not-signed-in` without a session; 403 `password-change-required` until a one-time password is changed. */
export async function requireSignedIn(request: FastifyRequest, reply: FastifyReply) {
  if (!request.principal) return sendError(reply, 401, 'not-signed-in', 'Sign in to continue.');
  if (request.principal.mustChangePassword) {
    return sendError(reply, 403, 'password-change-required', 'Choose a new password before continuing.');
  }
}

/**
 * preHandler factory: signed in and holding the permission, else 401 / 403 `forbidden`. When the route
 * has a `:code` parameter, the council must be one of the user's, else 404 `council-not-found`.
 *
 * ### Example
 * ```ts
 * app.get('/api/councils/:code/children', { preHandler: requirePermission('children:read') }, handler);
 * ```
 */
export function requirePermission(permission: Permission) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const refused = await requireSignedIn(request, reply);
    if (refused) return refused;
    const principal = request.principal as Principal;
    const code = (request.params as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string' && !canSeeCouncil(principal, code)) return councilNotFound(reply, code);
    if (!hasPermission(principal, permission)) {
      return sendError(reply, 403, 'forbidden', 'Your role does not allow this.');
    }
  };
}

/** 404 `council-not-found`: the same answer whether the council exists or is only not the user's. */
export function councilNotFound(reply: FastifyReply, code: string) {
  return sendError(reply, 404, 'council-not-found', `No council ${code.slice(0, 20)} among yours.`);
}

export { canSeeCouncil, hasPermission, SESSION_COOKIE };
