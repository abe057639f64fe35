import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { createAccount, createSession, type NewSession } from '../../auth/index.ts';
import type { Role } from '../../auth/roles.ts';
import { buildServer } from '../build-server.ts';
import { COUNCIL_A, COUNCIL_B, importSmallReturn, multipart, SMALL_RETURN } from './test-app.ts';

// The data API inside the real server: the auth plugin's sessions, CSRF check and preHandlers.
let t: TestDatabase;
let app: FastifyInstance;
const sessions: Record<string, NewSession> = {};

async function user(username: string, role: Role, councils: string[]) {
  const created = await createAccount(t.db, {
    username,
    displayName: username,
    roles: [role],
    councils,
    passwordHash: 'not-used',
    mustChangePassword: false,
  });
  if (created.status !== 'created') throw new Error(`could not create ${username}`);
  sessions[username] = await createSession(t.db, created.account.id, 'password', null);
}

beforeAll(async () => {
  t = await createTestDatabase();
  await user('ana', 'analyst', [COUNCIL_A]);
  await user('vic', 'viewer', [COUNCIL_A]);
  await importSmallReturn(t.db, COUNCIL_A);
  app = await buildServer({ db: t.db });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const cookie = (name: string) => ({ cookie: `sid=${sessions[name]?.token}` });

describe('data API with the real auth plugin', () => {
  it('serves the overview to a signed-in viewer and 401 without a session', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/councils/${COUNCIL_A}/overview`,
      headers: cookie('vic'),
    });
    expect(res.json().latest).toMatchObject({ collectionYear: 2025, lookedAfterAtCensus: 2 });
    expect((await app.inject({ method: 'GET', url: `/api/councils/${COUNCIL_A}/overview` })).json().id).toBe(
      'not-signed-in',
    );
  });

  it('refuses a viewer the children (403) and an analyst another council (404)', async () => {
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/councils/${COUNCIL_A}/children`,
          headers: cookie('vic'),
        })
      ).json().id,
    ).toBe('forbidden');
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/councils/${COUNCIL_B}/children`,
          headers: cookie('ana'),
        })
      ).json().id,
    ).toBe('council-not-found');
  });

  it('refuses an upload without the CSRF token, and accepts it with the token', async () => {
    const body = multipart({ year: '2025' }, SMALL_RETURN);
    const without = await app.inject({
      method: 'POST',
      url: `/api/councils/${COUNCIL_A}/imports`,
      payload: body.payload,
      headers: { ...body.headers, ...cookie('ana') },
    });
    expect([without.statusCode, without.json().id]).toEqual([403, 'csrf-invalid']);
    const headers = { ...body.headers, ...cookie('ana'), 'x-csrf-token': sessions.ana?.csrfToken ?? '' };
    const withToken = await app.inject({
      method: 'POST',
      url: `/api/councils/${COUNCIL_A}/imports`,
      payload: body.payload,
      headers,
    });
    expect(withToken.statusCode).toBe(202);
    let job = { status: 'queued' };
    for (let i = 0; i < 400 && (job.status === 'queued' || job.status === 'running'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (
        await app.inject({
          method: 'GET',
          url: `/api/jobs/${withToken.json().jobId}`,
          headers: cookie('ana'),
        })
      ).json();
    }
    expect(job).toMatchObject({ status: 'succeeded', result: { status: 'imported' } });
  });
});
