import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { as, buildTestApp, COUNCIL_A, importSmallReturn } from '../test-app.ts';

let t: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildTestApp(t.db);
  await importSmallReturn(t.db, COUNCIL_A);
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const get = (url: string, user = 'ana') => as(app, user, { method: 'GET', url });
const auditOf = (action: string) =>
  t.db
    .selectFrom('audit_event')
    .select(['actor', 'action', 'council_code', 'detail'])
    .where('action', '=', action)
    .execute();

// The small 2024/25 return: C1 (born 01/05/2012) fostered in-house from 01/06/2024, moved to an in-house
// children's home (K2, PR1) on 01/09/2024; C2 (born 31/01/2009) placed 10/04/2024 with code ZZ (unknown).
describe('GET /api/councils/:code/children', () => {
  it('lists both children at the data date 31/03/2025 and audits the view', async () => {
    const res = await get(`/api/councils/${COUNCIL_A}/children`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      asOf: '2025-03-31',
      total: 2,
      children: [
        {
          id: 'C1',
          sex: 'M',
          ageNow: 12,
          ageBand: '10-15',
          inCareNow: true,
          currentCategory: 'residential-in-house',
          currentCategoryLabel: "Residential – in-house children's home",
          periods: 1,
          placements: 2,
          firstStart: '2024-06-01',
          lastEnd: null,
        },
        {
          id: 'C2',
          sex: 'F',
          ageNow: 16,
          ageBand: '16-17',
          inCareNow: true,
          currentCategory: 'unknown',
          currentCategoryLabel: 'Unknown',
          periods: 1,
          placements: 1,
          firstStart: '2024-04-10',
          lastEnd: null,
        },
      ],
    });
    expect(await auditOf('children.list')).toEqual([
      {
        actor: 'ana',
        action: 'children.list',
        council_code: COUNCIL_A,
        detail: { q: null, status: 'all', page: 1, shown: 2, total: 2 },
      },
    ]);
    expect((await get(`/api/councils/${COUNCIL_A}/children?status=left`)).json().total).toBe(0);
    expect(
      (await get(`/api/councils/${COUNCIL_A}/children?q=c2`))
        .json()
        .children.map((c: { id: string }) => c.id),
    ).toEqual(['C2']);
  });

  it('gives a viewer 403 and a user of another council 404', async () => {
    expect((await get(`/api/councils/${COUNCIL_A}/children`, 'vic')).json()).toMatchObject({
      id: 'forbidden',
    });
    expect((await get(`/api/councils/${COUNCIL_A}/children/C1`, 'vic')).statusCode).toBe(403);
    const other = await get(`/api/councils/${COUNCIL_A}/children/C1`, 'bob');
    expect(other.statusCode).toBe(404);
    expect(other.json().id).toBe('council-not-found');
    expect((await get(`/api/councils/${COUNCIL_A}/children/C1`, null as unknown as string)).statusCode).toBe(
      401,
    );
  });
});

describe('GET /api/councils/:code/children/:id', () => {
  it("returns the child's record with ISO dates and labels, and audits child.view with the id", async () => {
    const res = await get(`/api/councils/${COUNCIL_A}/children/C1`, 'cora');
    expect(res.statusCode).toBe(200);
    const record = res.json();
    expect(record.child).toMatchObject({
      id: 'C1',
      sex: 'M',
      dob: '2012-05-01',
      observedUntil: '2025-03-31',
      uasc: false,
    });
    expect(record.periods).toHaveLength(1);
    expect(
      record.periods[0].placements.map((p: Record<string, unknown>) => [
        p.start,
        p.end,
        p.placementType,
        p.category,
        p.reasonForMove,
      ]),
    ).toEqual([
      ['2024-06-01', '2024-09-01', 'U4', 'fostering-in-house', null],
      ['2024-09-01', null, 'K2', 'residential-in-house', 'CARPL'],
    ]);
    expect(await auditOf('child.view')).toEqual([
      { actor: 'cora', action: 'child.view', council_code: COUNCIL_A, detail: { childId: 'C1' } },
    ]);
  });

  it('answers an unknown child with 404 child-not-found', async () => {
    expect((await get(`/api/councils/${COUNCIL_A}/children/NOPE`)).json()).toMatchObject({
      id: 'child-not-found',
    });
  });
});

describe('GET /api/councils/:code/children/export', () => {
  it('downloads the list as CSV and audits it', async () => {
    const res = await get(`/api/councils/${COUNCIL_A}/children/export?format=csv&q=C1`);
    expect(res.body.split('\r\n')).toEqual([
      '\uFEFFChild,Sex,Age,Age band,In care,Current placement,Periods of care,Placements,First started,Last left care',
      "C1,M,12,10-15,true,Residential – in-house children's home,1,2,2024-06-01,",
      '',
    ]);
    expect((await auditOf('children.export'))[0]?.detail).toEqual({
      q: 'C1',
      status: 'all',
      format: 'csv',
      rows: 1,
    });
  });
});
