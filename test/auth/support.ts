import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { createAccount } from '../../src/auth/accounts.ts';
import { hashPassword } from '../../src/auth/password.ts';
import type { Role } from '../../src/auth/roles.ts';
import { type AuthPluginOptions, authPlugin } from '../../src/server/plugins/auth.ts';
import { errorHandling } from '../../src/server/plugins/errors.ts';
import { openApi } from '../../src/server/plugins/openapi.ts';
import type { Database } from '../../src/store/index.ts';

/** A Fastify app with the error catalogue, zod compilers and the auth plugin; `routes` adds test-only routes. */
export async function authTestApp(
  db: Kysely<Database>,
  routes: (app: FastifyInstance) => void = () => {},
  options: Partial<AuthPluginOptions> = {},
): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await app.register(errorHandling);
  await app.register(openApi);
  await app.register(authPlugin, { db, demo: false, secureCookies: false, oidc: null, ...options });
  routes(app);
  await app.ready();
  return app;
}

/** Creates an account directly in the database (no must-change) and returns its id. */
export async function makeUser(
  db: Kysely<Database>,
  username: string,
  roles: Role[],
  councils: string[],
  password = `${username}-password-2026`,
): Promise<number> {
  const result = await createAccount(db, {
    username,
    displayName: `Test ${username}`,
    roles,
    councils,
    passwordHash: await hashPassword(password),
    mustChangePassword: false,
  });
  if (result.status !== 'created') throw new Error(`user ${username} exists`);
  return result.account.id;
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  response: LightMyRequestResponse;
}

/** Signs in through POST /api/session; throws unless it answered 200. */
export async function signInAs(
  app: FastifyInstance,
  username: string,
  password = `${username}-password-2026`,
  totp?: string,
): Promise<SignedIn> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { username, password, ...(totp ? { totp } : {}) },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in of ${username} answered ${response.statusCode}: ${response.body}`);
  const sid = response.cookies.find((c) => c.name === 'sid');
  if (!sid) throw new Error('no sid cookie');
  return { cookie: `sid=${sid.value}`, csrfToken: response.json().csrfToken, response };
}

/** Headers for a signed-in, state-changing request. */
export function asUser(session: SignedIn): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}
