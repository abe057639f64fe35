import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { asUser, makeUser, signInAs } from './support.ts';

// The composed server (auth plugin + data API): a real session reaches the data routes, and the CSRF
// check refuses an upload before its body is read.
let t: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildServer({ db: t.db });
  await makeUser(t.db, 'ana', ['analyst'], ['E06000016']);
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

describe('auth in the composed server', () => {
  it('signs in, lists only the user’s councils, and needs the CSRF token to upload', async () => {
    const session = await signInAs(app, 'ana');
    const councils = await app.inject({
      method: 'GET',
      url: '/api/councils',
      headers: { cookie: session.cookie },
    });
    expect(councils.statusCode).toBe(200);
    expect(councils.json().map((c: { code: string }) => c.code)).toEqual(['E06000016']);
    const noToken = await app.inject({
      method: 'POST',
      url: '/api/councils/E06000016/imports',
      headers: { cookie: session.cookie, 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x--\r\n',
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().id).toBe('csrf-invalid');
    const out = await app.inject({ method: 'DELETE', url: '/api/session', headers: asUser(session) });
    expect(out.statusCode).toBe(204);
    expect(out.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('lists the session, users and audit endpoints in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/session',
        '/api/users',
        '/api/users/{id}',
        '/api/audit',
        '/api/auth/oidc/login',
      ]),
    );
  });
});
