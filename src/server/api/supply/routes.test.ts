import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { day } from '../../../dates/index.ts';
import type { LocalData, LocalDataKind } from '../../../local/index.ts';
import { storeLocalRecords } from '../../../store/index.ts';
import { as, buildTestApp, COUNCIL_A, COUNCIL_B, importSmallReturn } from '../test-app.ts';

let t: TestDatabase;
let app: FastifyInstance;

// Leicester's local data: one 2-place mainstream carer since 2020 and a 4-bed children's home since 2015;
// C2's placement (ZZ: the model's "other") costs £7,000 a week from provider P1 in LE4.
const LOCAL: Partial<LocalData> = {
  fosterHouseholds: [
    {
      householdId: 'A',
      approvalType: 'mainstream',
      approvedPlaces: 2,
      usablePlaces: null,
      ageFrom: 0,
      ageTo: 17,
      sexApproved: 'any',
      siblingGroups: false,
      carerAgeAtApproval: 40,
      approved: day(2020, 4, 1),
      deregistered: null,
      postcodeDistrict: 'LE4',
      skills: null,
    },
  ],
  inHouseHomes: [
    {
      homeId: 'H1',
      name: 'Elm House',
      urn: null,
      type: 'childrens-home',
      beds: 4,
      opens: day(2015, 1, 1),
      closes: null,
      ofstedGrade: 'good',
      postcodeDistrict: 'LE2',
    },
  ],
  providers: [
    {
      providerId: 'P1',
      name: 'Provider One',
      urn: 'SC000001',
      type: 'childrens-home',
      places: 3,
      postcodeDistrict: 'LE4',
      ofstedGrade: 'good',
      basis: 'spot',
      weeklyPriceFrom: null,
      weeklyPriceTo: null,
    },
  ],
  placementCosts: [
    {
      childId: 'C2',
      placementStart: day(2024, 4, 10),
      placementEnd: null,
      providerId: 'P1',
      weeklyCost: 7000,
      socialCareShare: 1,
      healthShare: 0,
      educationShare: 0,
    },
  ],
};

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildTestApp(t.db);
  await importSmallReturn(t.db, COUNCIL_A);
  for (const [kind, records] of Object.entries(LOCAL) as [LocalDataKind, never[]][])
    await storeLocalRecords(t.db, {
      council: COUNCIL_A,
      kind,
      records,
      file: { name: `${kind}.csv`, bytes: new Uint8Array([1]) },
      user: 'ana',
    });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const base = `/api/councils/${COUNCIL_A}/supply`;
const get = (url: string, user: string | null = 'vic') => as(app, user, { method: 'GET', url });
const post = (url: string, payload: object, user = 'cora') => as(app, user, { method: 'POST', url, payload });

describe('supply API', () => {
  it('gives in-house capacity on the latest 31 March', async () => {
    const res = await get(`${base}/capacity`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.origin).toBe('2025-03-31');
    expect(body.fostering.onOrigin).toMatchObject({ households: 1, approved: 2, usable: 2 });
    // C1 moved from in-house fostering to a children's home on 1 Sep 2024: nobody with the carer on 31 March.
    expect(body.fostering.occupancy).toMatchObject({ children: 0, usablePlaces: 2, ofUsable: 0 });
    expect(body.homes.bedsOnOrigin['childrens-home']).toBe(4);
    expect(body.fostering.projection).toHaveLength(6);
  });

  it('gives the gap: 5 years × 4 categories, capacity at target occupancy, local costs where known', async () => {
    const res = await get(`${base}/gap`);
    expect(res.statusCode).toBe(200);
    const { gap, forecast } = res.json();
    expect(forecast).toMatchObject({ years: 5, paths: 1000, seed: 1 });
    expect(gap.rows).toHaveLength(20);
    const residential = gap.rows.find(
      (r: { year: number; category: string }) => r.year === 1 && r.category === 'residential',
    );
    expect(residential.inHouseCapacity).toBeCloseTo(3.4, 10); // 4 beds × 0.85
    const fostering = gap.rows.find(
      (r: { year: number; category: string }) => r.year === 1 && r.category === 'fostering',
    );
    expect(fostering.inHouseCapacity).toBeCloseTo(1.8, 10); // 2 places × 0.9, no recruitment since 2020
    expect(gap.unitCosts.external.weekly.other).toBe(7000);
    expect(gap.unitCosts.external.source.other).toBe('local');
  });

  it('applies a scenario and gives the difference', async () => {
    const res = await post(
      `${base}/gap/scenario`,
      {
        name: 'Oak House',
        changes: [
          { kind: 'open-home', name: 'Oak House', type: 'childrens-home', beds: 6, opens: '2025-10-01' },
        ],
      },
      'vic',
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const row = body.difference.rows.find(
      (r: { year: number; category: string }) => r.year === 1 && r.category === 'residential',
    );
    // Open 1 Oct 2025 – 31 Mar 2026: 182 of 365 days × 6 beds × 0.85.
    expect(row.inHouseCapacity).toBeCloseTo((6 * 182 * 0.85) / 365, 10);
    expect(row.cost.p50).toBeLessThanOrEqual(0);
    expect(body.scenario.scenario.changes).toEqual(["Open Oak House: a 6-bed children's home on 01/10/2025"]);
  });

  it('refuses a scenario closing a home the council does not have', async () => {
    const res = await post(`${base}/gap/scenario`, {
      name: 'x',
      changes: [{ kind: 'close-home', homeId: 'NOPE', closes: '2026-01-01' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().id).toBe('invalid-scenario');
    expect(res.json().fields['changes[0]']).toContain('no home "NOPE"');
  });

  it('shows top-cost placements child by child only to roles that see children', async () => {
    const viewer = (await get(`${base}/market`)).json();
    expect(viewer.topCost.placements).toBeNull();
    expect(viewer.topCost.thresholds[0]).toEqual({ weeklyCost: 5000, count: 1, weeklyTotal: 7000 });
    expect(viewer.providers).toEqual([
      { type: 'childrens-home', band: '0-20', grade: 'good', providers: 1, places: 3 },
    ]);
    const commissioner = (await get(`${base}/market`, 'cora')).json();
    expect(commissioner.topCost.placements).toEqual([
      expect.objectContaining({ childId: 'C2', weeklyCost: 7000, providerName: 'Provider One' }),
    ]);
  });

  it('saves plan versions for plan editors only, lists them and shows what changed', async () => {
    expect((await post(`${base}/plans`, { note: 'x' }, 'vic')).statusCode).toBe(403);
    const v1 = await post(`${base}/plans`, { note: 'first' });
    expect(v1.statusCode).toBe(201);
    expect(v1.json()).toMatchObject({ version: 1, note: 'first', createdBy: 'cora', origin: '2025-03-31' });
    expect(v1.json().plan.rows.length).toBeGreaterThanOrEqual(20);
    const v2 = await post(`${base}/plans`, {
      note: 'dearer homes',
      weeklyCosts: { external: { residential: 9000 } },
    });
    expect(v2.json().version).toBe(2);
    expect(v2.json().inputs.weeklyCosts.external.residential).toBe(9000);
    const list = (await get(`${base}/plans`)).json();
    expect(list.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const diff = (await get(`${base}/plans/diff?from=1&to=2`)).json();
    // Only residential costs can change with the residential price.
    expect(diff.changes.every((c: { category: string }) => c.category === 'residential')).toBe(true);
    expect((await get(`${base}/plans/1`)).json().note).toBe('first');
    expect((await get(`${base}/plans/9`)).statusCode).toBe(404);
  });

  it('answers 404 for another council’s supply and 409 without a return', async () => {
    expect((await get(`/api/councils/${COUNCIL_B}/supply/gap`, 'ana')).statusCode).toBe(404);
    const none = await get(`/api/councils/${COUNCIL_B}/supply/plan`, 'bob');
    expect(none.statusCode).toBe(409);
    expect(none.json().id).toBe('no-returns');
  });
});
