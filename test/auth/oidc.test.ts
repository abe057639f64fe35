import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIdentity } from '../../src/auth/oidc.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { browseProvider, CLIENT, type LocalProvider, startLocalProvider } from './local-oidc-provider.ts';
import { authTestApp, makeUser } from './support.ts';

let t: TestDatabase;
let provider: LocalProvider;
let app: FastifyInstance;
let autoLinking: FastifyInstance;

function settings(autoLink: 'email' | null) {
  return { issuer: new URL(provider.issuer), ...CLIENT, label: 'Sign in with Test Council', autoLink };
}

/** The whole round trip: app login → provider (sign in as `login`, consent) → app callback. */
async function signInWithProvider(target: FastifyInstance, login: string) {
  const start = await target.inject({ method: 'GET', url: '/api/auth/oidc/login' });
  expect(start.statusCode).toBe(302);
  const authorization = new URL(start.headers.location as string);
  const pending = start.cookies.find((c) => c.name === 'oidc_tx');
  const callback = await browseProvider(authorization.href, login);
  return target.inject({
    method: 'GET',
    url: `${callback.pathname}${callback.search}`,
    headers: { cookie: `oidc_tx=${pending?.value}` },
  });
}

beforeAll(async () => {
  t = await createTestDatabase();
  provider = await startLocalProvider();
  app = await authTestApp(t.db, () => {}, { oidc: settings(null) });
  autoLinking = await authTestApp(t.db, () => {}, { oidc: settings('email') });
  const olive = await makeUser(t.db, 'olive', ['analyst'], ['E06000016']);
  await linkIdentity(t.db, olive, provider.issuer, 'olive-at-idp');
  await makeUser(t.db, 'sam@council.example', ['viewer'], ['E06000016']);
});
afterAll(async () => {
  await app?.close();
  await autoLinking?.close();
  await provider?.close();
  await t?.close();
});

describe('OpenID Connect sign-in against a local provider', () => {
  it('says single sign-on is on in the auth config', async () => {
    const config = await app.inject({ method: 'GET', url: '/api/auth/config' });
    expect(config.json()).toEqual({ oidc: { enabled: true, label: 'Sign in with Test Council' } });
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce', async () => {
    const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    const url = new URL(start.headers.location as string);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('redirect_uri')).toBe(CLIENT.redirectUri);
  });

  it('signs a linked identity in: 302 to /, a session cookie, method oidc, audited', async () => {
    const done = await signInWithProvider(app, 'olive-at-idp');
    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe('/');
    const sid = done.cookies.find((c) => c.name === 'sid');
    expect(sid).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const session = await app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `sid=${sid?.value}` },
    });
    expect(session.json().user).toMatchObject({ username: 'olive', method: 'oidc' });
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['action', 'detail'])
      .where('actor', '=', 'olive')
      .execute();
    expect(audit).toEqual([
      { action: 'sign-in', detail: { method: 'oidc', userId: expect.any(Number), issuer: provider.issuer } },
    ]);
  });

  it('refuses an identity linked to no account with a page, and creates no account', async () => {
    const before = await t.db.selectFrom('user_account').select('id').execute();
    const done = await signInWithProvider(app, 'stranger');
    expect(done.statusCode).toBe(403);
    expect(done.headers['content-type']).toContain('text/html');
    expect(done.body).toContain('No account for this sign-in');
    expect(done.cookies.find((c) => c.name === 'sid')).toBeUndefined();
    expect(await t.db.selectFrom('user_account').select('id').execute()).toHaveLength(before.length);
  });

  it('with OIDC_AUTO_LINK=email links a verified email to the account of that username', async () => {
    const refused = await signInWithProvider(app, 'sam');
    expect(refused.statusCode).toBe(403);
    const done = await signInWithProvider(autoLinking, 'sam');
    expect(done.statusCode).toBe(302);
    const link = await t.db
      .selectFrom('oidc_identity')
      .select(['subject'])
      .where('subject', '=', 'sam')
      .execute();
    expect(link).toEqual([{ subject: 'sam' }]);
  });

  it('refuses a callback whose state does not match', async () => {
    const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    const pending = start.cookies.find((c) => c.name === 'oidc_tx');
    const callback = await browseProvider(start.headers.location as string, 'olive-at-idp');
    callback.searchParams.set('state', 'forged');
    const done = await app.inject({
      method: 'GET',
      url: `${callback.pathname}${callback.search}`,
      headers: { cookie: `oidc_tx=${pending?.value}` },
    });
    expect(done.statusCode).toBe(400);
    expect(done.body).toContain('Sign-in failed');
  });

  it('refuses a callback without the pending-login cookie', async () => {
    const done = await app.inject({ method: 'GET', url: '/api/auth/oidc/callback?code=x&state=y' });
    expect(done.statusCode).toBe(400);
    expect(done.body).toContain('Sign-in expired');
  });
});
