import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccountByUsername } from '../../src/auth/accounts.ts';
import { ensureDemoUsers, ensureInitialAdmin } from '../../src/auth/initial-users.ts';
import { allCouncils } from '../../src/councils/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { authTestApp, signInAs } from './support.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

describe('first start and the demo users', () => {
  it('creates admin once, with every council and a password to change', async () => {
    const first = await ensureInitialAdmin(t.db);
    expect(first?.username).toBe('admin');
    expect(first?.oneTimePassword).toHaveLength(20);
    expect(await ensureInitialAdmin(t.db)).toBeNull();
    const admin = await findAccountByUsername(t.db, 'ADMIN');
    expect(admin).toMatchObject({ roles: ['admin'], councils: ['*'], mustChangePassword: true });

    const app = await authTestApp(t.db);
    try {
      const session = await signInAs(app, 'admin', first?.oneTimePassword);
      const user = session.response.json().user;
      expect(user.mustChangePassword).toBe(true);
      expect(user.councils).toHaveLength(allCouncils().length);
    } finally {
      await app.close();
    }
  });

  it('creates one demo user per role with the known passwords, named by the auth config only in demo', async () => {
    await ensureDemoUsers(t.db, 'E06000016');
    await ensureDemoUsers(t.db, 'E06000016'); // twice: still one each
    const rows = await t.db
      .selectFrom('user_account')
      .select(['username', 'roles'])
      .where('username', 'like', 'demo-%')
      .orderBy('username')
      .execute();
    expect(rows).toEqual([
      { username: 'demo-admin', roles: ['admin'] },
      { username: 'demo-analyst', roles: ['analyst'] },
      { username: 'demo-commissioner', roles: ['commissioner'] },
      { username: 'demo-viewer', roles: ['viewer'] },
    ]);
    const demo = await authTestApp(t.db, () => {}, { demo: true });
    const plain = await authTestApp(t.db);
    try {
      const config = (await demo.inject({ method: 'GET', url: '/api/auth/config' })).json();
      expect(config.demoUsers).toContainEqual({
        username: 'demo-viewer',
        password: 'demo-viewer-2026',
        role: 'viewer',
      });
      expect((await plain.inject({ method: 'GET', url: '/api/auth/config' })).json()).toEqual({
        oidc: { enabled: false, label: '' },
      });
      const viewer = await signInAs(demo, 'demo-viewer', 'demo-viewer-2026');
      expect(viewer.response.json().user.councils).toEqual([{ code: 'E06000016', name: 'Leicester' }]);
    } finally {
      await demo.close();
      await plain.close();
    }
  });
});
