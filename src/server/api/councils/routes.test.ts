import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { as, buildTestApp, COUNCIL_A, COUNCIL_B, importSmallReturn } from '../test-app.ts';

let t: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildTestApp(t.db);
  await importSmallReturn(t.db, COUNCIL_A);
  await importSmallReturn(t.db, COUNCIL_B);
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const get = (url: string, user: string | null = 'vic') => as(app, user, { method: 'GET', url });

// The small 2024/25 return: C1 and C2 both start in the year (01/06/2024, 10/04/2024) and are still
// looked after at 31/03/2025: during 2, at census 2, started 2, ceased 0.
const YEAR_2025 = {
  collectionYear: 2025,
  label: '2024/25',
  lookedAfterDuringYear: 2,
  lookedAfterAtCensus: 2,
  startedInYear: 2,
  ceasedInYear: 0,
};

describe('councils and overview', () => {
  it("lists only the user's councils with their years", async () => {
    expect((await get('/api/councils')).json()).toEqual([
      { code: COUNCIL_A, name: 'Leicester', region: 'East Midlands', years: [2025] },
    ]);
  });

  it('gives a viewer the overview of their council, and 404 for another', async () => {
    const res = await get(`/api/councils/${COUNCIL_A}/overview`);
    expect(res.json()).toEqual({
      council: { code: COUNCIL_A, name: 'Leicester' },
      years: [YEAR_2025],
      latest: YEAR_2025,
    });
    // Asked twice: the cached answer is the same.
    expect((await get(`/api/councils/${COUNCIL_A}/overview`)).json().latest).toEqual(YEAR_2025);
    expect((await get(`/api/councils/${COUNCIL_B}/overview`)).json()).toEqual({
      id: 'council-not-found',
      message: `No council ${COUNCIL_B} among yours.`,
    });
  });

  it('sees a new import at once: the cache is keyed by the active batches', async () => {
    // Re-import the same return: a new batch id supersedes the old one, same counts.
    await importSmallReturn(t.db, COUNCIL_A);
    expect((await get(`/api/councils/${COUNCIL_A}/overview`)).json().years).toEqual([YEAR_2025]);
  });

  it("pools the user's councils in the regional overview", async () => {
    const res = (await get('/api/region/overview')).json();
    expect(res.councils).toEqual([{ code: COUNCIL_A, name: 'Leicester' }]);
    expect(res.years).toEqual([{ ...YEAR_2025, councilsWithData: 1 }]);
    expect(res.perCouncil[0].latest).toEqual(YEAR_2025);
  });

  it('asks for sign-in (401) and answers unknown API paths with 404 not-found', async () => {
    expect((await get('/api/councils', null)).json()).toEqual({
      id: 'not-signed-in',
      message: 'Sign in to continue.',
    });
    expect((await get('/api/nothing-here')).json()).toEqual({
      id: 'not-found',
      message: 'No API endpoint GET /api/nothing-here.',
    });
  });
});

describe('health and OpenAPI', () => {
  it('answers health without a session', async () => {
    expect((await get('/api/health', null)).json()).toEqual({ status: 'ok' });
  });

  it('serves the OpenAPI document with the data endpoints', async () => {
    const doc = (await get('/api/docs/json', null)).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/councils/{code}/overview',
      '/api/councils/{code}/imports',
      '/api/jobs/{id}',
      '/api/councils/{code}/findings',
      '/api/councils/{code}/children/{id}',
      '/api/councils/{code}/settings',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(
      doc.paths['/api/councils/{code}/findings'].get.parameters.map((p: { name: string }) => p.name),
    ).toEqual(expect.arrayContaining(['code', 'year', 'severity', 'q', 'page']));
    expect((await get('/api/docs', null)).statusCode).toBeLessThan(400);
  });
});
