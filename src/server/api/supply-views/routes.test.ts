import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { day } from '../../../dates/index.ts';
import type { FosterHousehold, InHouseHome, LocalData, LocalDataKind } from '../../../local/index.ts';
import { storeLocalRecords } from '../../../store/index.ts';
import { as, buildTestApp, COUNCIL_A, COUNCIL_B, importSmallReturn } from '../test-app.ts';

let t: TestDatabase;
let app: FastifyInstance;

const carer = (over: Partial<FosterHousehold>): FosterHousehold => ({
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
  ...over,
});

const home = (over: Partial<InHouseHome>): InHouseHome => ({
  homeId: 'H1',
  name: 'Elm House',
  urn: 'SC100001',
  type: 'childrens-home',
  beds: 4,
  opens: day(2015, 1, 1),
  closes: null,
  ofstedGrade: 'good',
  postcodeDistrict: 'LE2',
  ...over,
});

// The small return's origin is 31 March 2025. Carers: A (mainstream, 2 places, 40 at approval in April 2020),
// B (enhanced, 3 approved but 1 usable, approved 1 June 2022, deregistered 1 Jan 2025, 58 at approval),
// C (short breaks, 1 place, since 2019, age unknown). Homes: Elm (4 beds, open), Oak (6 beds, opens
// 1 Oct 2025: the pipeline), Ash (3 supported beds, closed 1 Jan 2023).
const LOCAL: Partial<LocalData> = {
  fosterHouseholds: [
    carer({}),
    carer({
      householdId: 'B',
      approvalType: 'enhanced',
      approvedPlaces: 3,
      usablePlaces: 1,
      carerAgeAtApproval: 58,
      approved: day(2022, 6, 1),
      deregistered: day(2025, 1, 1),
    }),
    carer({
      householdId: 'C',
      approvalType: 'short-breaks',
      approvedPlaces: 1,
      carerAgeAtApproval: null,
      approved: day(2019, 1, 1),
    }),
  ],
  inHouseHomes: [
    home({}),
    home({ homeId: 'H2', name: 'Oak House', urn: null, beds: 6, opens: day(2025, 10, 1), ofstedGrade: null }),
    home({
      homeId: 'H3',
      name: 'Ash Lodge',
      type: 'supported',
      beds: 3,
      opens: day(2018, 1, 1),
      closes: day(2023, 1, 1),
    }),
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

const url = `/api/councils/${COUNCIL_A}/supply/in-house`;

describe('GET /api/councils/:code/supply/in-house', () => {
  it('gives places on each 31 March, short-break carers out of the totals but in the breakdown', async () => {
    const res = await as(app, 'vic', { method: 'GET', url });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.origin).toBe('2025-03-31');
    expect(body.fostering.map((f: { date: string }) => f.date)).toEqual([
      '2020-03-31',
      '2021-03-31',
      '2022-03-31',
      '2023-03-31',
      '2024-03-31',
      '2025-03-31',
    ]);
    // 31/03/2020: A not yet approved (1 April), C is short breaks → no places counted toward need.
    expect(body.fostering[0]).toMatchObject({ households: 0, approved: 0, usable: 0 });
    // 31/03/2023 and 2024: A (2 approved, 2 usable) + B (3 approved, 1 usable).
    expect(body.fostering[3]).toMatchObject({ households: 2, approved: 5, usable: 3 });
    expect(body.fostering[3].byApprovalType['short-breaks']).toEqual({
      households: 1,
      approved: 1,
      usable: 1,
    });
    // 31/03/2025: B left on 1 January.
    expect(body.fostering[5]).toMatchObject({ households: 1, approved: 2, usable: 2 });
  });

  it('gives carers by age band on the origin', async () => {
    const { carerAges } = (await as(app, 'vic', { method: 'GET', url })).json();
    // A: 40 + 4 anniversaries (April 2021–2024) = 44; C's age unknown.
    expect(carerAges).toEqual([
      { band: 'under-40', households: 0, usable: 0 },
      { band: '40-49', households: 1, usable: 2 },
      { band: '50-59', households: 0, usable: 0 },
      { band: '60-69', households: 0, usable: 0 },
      { band: '70+', households: 0, usable: 0 },
      { band: 'unknown', households: 1, usable: 1 },
    ]);
  });

  it('lists the homes with their status and counts beds with the pipeline by its opening date', async () => {
    const { homes, beds } = (await as(app, 'vic', { method: 'GET', url })).json();
    expect(homes.map((h: { name: string; status: string }) => [h.name, h.status])).toEqual([
      ['Elm House', 'open'],
      ['Ash Lodge', 'closed'],
      ['Oak House', 'pipeline'],
    ]);
    expect(beds).toHaveLength(11);
    const on = (date: string) => beds.find((b: { date: string }) => b.date === date).byType;
    expect(on('2022-03-31')).toEqual({ 'childrens-home': 4, 'short-breaks': 0, supported: 3 });
    expect(on('2025-03-31')).toEqual({ 'childrens-home': 4, 'short-breaks': 0, supported: 0 });
    expect(on('2026-03-31')).toEqual({ 'childrens-home': 10, 'short-breaks': 0, supported: 0 });
  });

  it('answers 404 for another council and 409 without a return', async () => {
    expect(
      (await as(app, 'ana', { method: 'GET', url: `/api/councils/${COUNCIL_B}/supply/in-house` })).statusCode,
    ).toBe(404);
    const none = await as(app, 'bob', { method: 'GET', url: `/api/councils/${COUNCIL_B}/supply/in-house` });
    expect(none.statusCode).toBe(409);
    expect(none.json().id).toBe('no-returns');
  });
});
