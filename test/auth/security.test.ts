import type { FastifyInstance } from 'fastify';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requirePermission } from '../../src/server/plugins/auth.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { asUser, authTestApp, makeUser, signInAs } from './support.ts';

// Leicester (A) and Nottingham (B): a user of A must not learn B exists.
const A = 'E06000016';
const B = 'E06000018';

let t: TestDatabase;
let app: FastifyInstance;
const ids: Record<string, number> = {};

async function auditActions(actor: string): Promise<string[]> {
  const rows = await t.db
    .selectFrom('audit_event')
    .select('action')
    .where('actor', '=', actor)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

beforeAll(async () => {
  t = await createTestDatabase();
  app = await authTestApp(
    t.db,
    (app) => {
      app.get(
        '/api/councils/:code/children',
        { preHandler: requirePermission('children:read') },
        async () => ({ children: [] }),
      );
      app.get(
        '/api/councils/:code/overview',
        { preHandler: requirePermission('figures:read') },
        async () => ({ ok: true }),
      );
    },
    { loginLimitPerMinute: 1000 },
  ); // every inject comes from 127.0.0.1; the limit has its own test below
  ids.admin = await makeUser(t.db, 'alice-admin', ['admin'], [A]);
  ids.analyst = await makeUser(t.db, 'ann-analyst', ['analyst'], [A]);
  ids.viewer = await makeUser(t.db, 'vic-viewer', ['viewer'], [A]);
  ids.locked = await makeUser(t.db, 'lou-locked', ['analyst'], [A]);
  ids.totp = await makeUser(t.db, 'tom-totp', ['analyst'], [A]);
  ids.expired = await makeUser(t.db, 'eve-expired', ['analyst'], [A]);
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

describe('signing in', () => {
  it('answers 401 invalid-credentials for a wrong password and audits sign-in-failed', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'ann-analyst', password: 'wrong' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().id).toBe('invalid-credentials');
    expect(response.cookies.find((c) => c.name === 'sid')).toBeUndefined();
    expect(await auditActions('ann-analyst')).toEqual(['sign-in-failed']);
    const detail = await t.db
      .selectFrom('audit_event')
      .select('detail')
      .where('actor', '=', 'ann-analyst')
      .executeTakeFirstOrThrow();
    expect(detail.detail).toEqual({ reason: 'wrong-password' });
  });

  it('gives an unknown username the same answer as a wrong password', async () => {
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'nobody', password: 'wrong' },
    });
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'vic-viewer', password: 'wrong' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
  });

  it('signs in with the right password: HttpOnly SameSite=Lax cookie, session with roles, councils and permissions', async () => {
    const session = await signInAs(app, 'ann-analyst');
    const sid = session.response.cookies.find((c) => c.name === 'sid');
    expect(sid).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const body = session.response.json();
    expect(body.user).toMatchObject({
      username: 'ann-analyst',
      roles: ['analyst'],
      councils: [{ code: A, name: 'Leicester' }],
      method: 'password',
      totpEnabled: false,
    });
    expect(body.user.permissions).toEqual([
      'children:read',
      'data:findings',
      'data:import',
      'figures:read',
      'forecast:costs',
      'forecast:run',
      'strategy:edit',
    ]);
    // Only the SHA-256 of the cookie token is stored.
    const stored = await t.db
      .selectFrom('user_session')
      .select('id')
      .where('user_id', '=', ids.analyst as number)
      .execute();
    expect(stored.map((s) => s.id)).not.toContain(sid?.value);
    expect(stored[0]?.id).toMatch(/^[0-9a-f]{64}$/);
    const again = await app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: session.cookie },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().csrfToken).toBe(session.csrfToken);
  });
});

describe('lockout', () => {
  it('locks after 5 failures (423 even with the right password) until an admin unlocks', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'lou-locked', password: `guess-${i}` },
      });
      statuses.push(r.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const right = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'lou-locked', password: 'lou-locked-password-2026' },
    });
    expect(right.statusCode).toBe(423);
    expect(right.json().id).toBe('account-locked');
    expect(right.json().message).toMatch(/Try again after \d\d:\d\d UK time \(in 15 minutes\)/);
    expect(await auditActions('lou-locked')).toEqual([
      ...Array(5).fill('sign-in-failed'),
      'account-locked',
      'sign-in-failed',
    ]);

    const admin = await signInAs(app, 'alice-admin');
    const listed = await app.inject({ method: 'GET', url: '/api/users', headers: asUser(admin) });
    expect(listed.json().users.find((u: { username: string }) => u.username === 'lou-locked').locked).toBe(
      true,
    );
    const unlock = await app.inject({
      method: 'POST',
      url: `/api/users/${ids.locked}/unlock`,
      headers: asUser(admin),
    });
    expect(unlock.statusCode).toBe(200);
    expect(unlock.json().user.locked).toBe(false);
    await signInAs(app, 'lou-locked');
    expect(await auditActions('alice-admin')).toContain('user.unlock');
  });
});

describe('CSRF and expiry', () => {
  it('refuses DELETE /api/session without the x-csrf-token header (403 csrf-invalid), accepts it with', async () => {
    const session = await signInAs(app, 'vic-viewer');
    const missing = await app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: session.cookie },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().id).toBe('csrf-invalid');
    const wrong = await app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: session.cookie, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.statusCode).toBe(403);
    const still = await app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: session.cookie },
    });
    expect(still.statusCode).toBe(200);
    const out = await app.inject({ method: 'DELETE', url: '/api/session', headers: asUser(session) });
    expect(out.statusCode).toBe(204);
    const after = await app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: session.cookie },
    });
    expect(after.statusCode).toBe(401);
    expect(after.json().id).toBe('not-signed-in');
    expect(await auditActions('vic-viewer')).toContain('sign-out');
  });

  it('treats a session whose expiry has passed as signed out and clears the cookie', async () => {
    const session = await signInAs(app, 'eve-expired');
    await t.db
      .updateTable('user_session')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where('user_id', '=', ids.expired as number)
      .execute();
    const response = await app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().id).toBe('not-signed-in');
    const cleared = response.cookies.find((c) => c.name === 'sid');
    expect(cleared?.value).toBe('');
    const rows = await t.db
      .selectFrom('user_session')
      .select('id')
      .where('user_id', '=', ids.expired as number)
      .execute();
    expect(rows).toEqual([]);
  });

  it('treats a session past its absolute 12-hour limit as signed out', async () => {
    const session = await signInAs(app, 'eve-expired');
    await t.db
      .updateTable('user_session')
      .set({ absolute_expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', ids.expired as number)
      .execute();
    const response = await app.inject({
      method: 'GET',
      url: '/api/councils/E06000016/overview',
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('roles and councils', () => {
  it('gives a viewer 403 forbidden on a child-level route and an analyst 200', async () => {
    const viewer = await signInAs(app, 'vic-viewer');
    const refused = await app.inject({
      method: 'GET',
      url: `/api/councils/${A}/children`,
      headers: { cookie: viewer.cookie },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().id).toBe('forbidden');
    const figures = await app.inject({
      method: 'GET',
      url: `/api/councils/${A}/overview`,
      headers: { cookie: viewer.cookie },
    });
    expect(figures.statusCode).toBe(200);
    const analyst = await signInAs(app, 'ann-analyst');
    const allowed = await app.inject({
      method: 'GET',
      url: `/api/councils/${A}/children`,
      headers: { cookie: analyst.cookie },
    });
    expect(allowed.statusCode).toBe(200);
  });

  it('answers a user of council A asking for council B exactly as for a council that does not exist', async () => {
    const analyst = await signInAs(app, 'ann-analyst');
    const other = await app.inject({
      method: 'GET',
      url: `/api/councils/${B}/children`,
      headers: { cookie: analyst.cookie },
    });
    const none = await app.inject({
      method: 'GET',
      url: '/api/councils/E06000099/children',
      headers: { cookie: analyst.cookie },
    });
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual({ id: 'council-not-found', message: `No council ${B} among yours.` });
    expect(none.statusCode).toBe(404);
    expect(none.json().id).toBe('council-not-found');
  });

  it('answers 401 not-signed-in with no cookie', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/councils/${A}/overview` });
    expect(response.statusCode).toBe(401);
    expect(response.json().id).toBe('not-signed-in');
  });
});

describe('two-factor sign-in', () => {
  it('requires a TOTP code once enabled and accepts the right one', async () => {
    const session = await signInAs(app, 'tom-totp');
    const setup = await app.inject({
      method: 'POST',
      url: '/api/session/totp/setup',
      headers: asUser(session),
    });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl } = setup.json();
    expect(otpauthUrl).toContain(`secret=${secret}`);
    const wrongCode = await app.inject({
      method: 'POST',
      url: '/api/session/totp/enable',
      headers: asUser(session),
      payload: { code: '000000' },
    });
    // A random secret could give 000000 now; one in a million.
    expect([400, 204]).toContain(wrongCode.statusCode);
    const enable = await app.inject({
      method: 'POST',
      url: '/api/session/totp/enable',
      headers: asUser(session),
      payload: { code: await generate({ secret }) },
    });
    expect(enable.statusCode).toBe(204);

    const noCode = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'tom-totp', password: 'tom-totp-password-2026' },
    });
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().id).toBe('totp-required');
    const code = await generate({ secret });
    const badCode = String((Number(code) + 500_000) % 1_000_000).padStart(6, '0');
    const bad = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'tom-totp', password: 'tom-totp-password-2026', totp: badCode },
    });
    expect(bad.json().id).toBe('invalid-credentials');
    const used = await generate({ secret });
    const good = await signInAs(app, 'tom-totp', 'tom-totp-password-2026', used);
    expect(good.response.json().user.totpEnabled).toBe(true);
    // The same code a second time (a replay) is refused.
    const replay = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'tom-totp', password: 'tom-totp-password-2026', totp: used },
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().id).toBe('invalid-credentials');
    // The key is sealed in the database, not stored as it is.
    const stored = await t.db
      .selectFrom('user_account')
      .select('totp_secret')
      .where('username', '=', 'tom-totp')
      .executeTakeFirstOrThrow();
    expect(stored.totp_secret?.startsWith('v1:')).toBe(true);
    expect(stored.totp_secret).not.toContain(secret);
    expect(await auditActions('tom-totp')).toContain('totp.enable');
    // The secret never comes back.
    expect(good.response.body).not.toContain(secret);
  });
});

describe('users and audit (admin)', () => {
  it('creates a user with a one-time password that must be changed before anything else', async () => {
    const admin = await signInAs(app, 'alice-admin');
    const created = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: asUser(admin),
      payload: {
        username: 'new.analyst@example.org',
        displayName: 'New Analyst',
        roles: ['analyst'],
        councils: [A],
      },
    });
    expect(created.statusCode).toBe(201);
    const { user, oneTimePassword } = created.json();
    expect(user).toMatchObject({
      username: 'new.analyst@example.org',
      roles: ['analyst'],
      councils: [{ code: A, name: 'Leicester' }],
      mustChangePassword: true,
    });
    expect(oneTimePassword).toMatch(/^[A-Za-z2-9]{20}$/);

    const taken = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: asUser(admin),
      payload: { username: 'NEW.analyst@example.org', displayName: 'x', roles: ['viewer'], councils: [A] },
    });
    expect(taken.statusCode).toBe(409);
    const foreign = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: asUser(admin),
      payload: { username: 'b-user', displayName: 'x', roles: ['viewer'], councils: [B] },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().fields.councils).toContain(B);

    const first = await signInAs(app, 'new.analyst@example.org', oneTimePassword);
    expect(first.response.json().user.mustChangePassword).toBe(true);
    const blocked = await app.inject({
      method: 'GET',
      url: `/api/councils/${A}/children`,
      headers: { cookie: first.cookie },
    });
    expect(blocked.json().id).toBe('password-change-required');
    const change = await app.inject({
      method: 'POST',
      url: '/api/session/password',
      headers: asUser(first),
      payload: { current: oneTimePassword, next: 'a long new passphrase' },
    });
    expect(change.statusCode).toBe(204);
    const open = await app.inject({
      method: 'GET',
      url: `/api/councils/${A}/children`,
      headers: { cookie: first.cookie },
    });
    expect(open.statusCode).toBe(200);
  });

  it('forbids the users and audit endpoints to non-admins', async () => {
    const analyst = await signInAs(app, 'ann-analyst');
    for (const url of ['/api/users', '/api/audit']) {
      const response = await app.inject({ method: 'GET', url, headers: { cookie: analyst.cookie } });
      expect(response.statusCode).toBe(403);
    }
  });

  it('searches and exports the audit log', async () => {
    const admin = await signInAs(app, 'alice-admin');
    const search = await app.inject({
      method: 'GET',
      url: '/api/audit?action=account-locked',
      headers: { cookie: admin.cookie },
    });
    expect(search.statusCode).toBe(200);
    expect(search.json().total).toBe(1);
    expect(search.json().events[0]).toMatchObject({
      actor: 'lou-locked',
      action: 'account-locked',
      councilCode: null,
    });
    const byText = await app.inject({
      method: 'GET',
      url: '/api/audit?q=LOU-LOCK&action=sign-in-failed',
      headers: { cookie: admin.cookie },
    });
    // 5 wrong passwords + 1 refused while locked (lockout test above).
    expect(byText.json().total).toBe(6);
    const csv = await app.inject({
      method: 'GET',
      url: '/api/audit/export?format=csv&action=account-locked',
      headers: { cookie: admin.cookie },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="audit-log.csv"');
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('Event,When (UTC),Who,Action,Council,Detail');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',lou-locked,account-locked,,');
    const xlsx = await app.inject({
      method: 'GET',
      url: '/api/audit/export?format=xlsx',
      headers: { cookie: admin.cookie },
    });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // No audit row carries a password.
    const all = await t.db.selectFrom('audit_event').select('detail').execute();
    expect(JSON.stringify(all)).not.toContain('password-2026');
  });
});

describe('login rate limit', () => {
  it('answers 429 after 10 attempts a minute from one address', async () => {
    const limited = await authTestApp(t.db);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const r = await limited.inject({
          method: 'POST',
          url: '/api/session',
          payload: { username: `someone-${i}`, password: 'x' },
        });
        statuses.push(r.statusCode);
      }
      expect(statuses).toEqual([...Array(10).fill(401), 429]);
    } finally {
      await limited.close();
    }
  });
});
