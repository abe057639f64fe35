import { describe, expect, it } from 'vitest';
import { episode } from '../care/test-fixtures.ts';
import { timelinesFor } from '../indicators/test-timelines.ts';
import { gap, gapDifference, gapSetup, gapUnder } from './gap.ts';
import { forecastOf } from './test-forecast.ts';
import { cost, d, home, household, localData } from './test-local-data.ts';
import { unitCosts } from './unit-costs.ts';

const origin = d('31/03/2027');
// One mainstream household (2 places, no deregistrations: every risk 0, no recent approvals) and one
// 4-bed children's home.
const local = localData({
  fosterHouseholds: [household('A', '01/04/2020', { carerAgeAtApproval: 40 })],
  inHouseHomes: [home('H1', '01/01/2015')],
});

describe('the gap', () => {
  const forecast = forecastOf(origin, [
    {
      fostering: { p10: 8, p50: 10, p90: 14 },
      residential: { p10: 3, p50: 5, p90: 7 },
      supported: { p10: 0, p50: 1, p90: 2 },
      other: { p10: 2, p50: 3, p90: 4 },
    },
  ]);
  const table = gap(gapSetup(local, [], forecast));
  const row = (category: string) => table.rows.find((r) => r.category === category);

  it('sets need against in-house places × target occupancy', () => {
    // Fostering: 2 places × 0.9 = 1.8; need 8 / 10 / 14 → 6.2 / 8.2 / 12.2 external.
    expect(row('fostering')?.inHouseCapacity).toBeCloseTo(1.8, 10);
    expect(row('fostering')?.external.p50).toBeCloseTo(8.2, 10);
    // Residential: 4 beds × 0.85 = 3.4; P10 need 3 → 0 external (never below 0), P90 7 → 3.6.
    expect(row('residential')?.inHouseCapacity).toBeCloseTo(3.4, 10);
    expect(row('residential')?.external.p10).toBe(0);
    expect(row('residential')?.external.p90).toBeCloseTo(3.6, 10);
  });

  it('costs external places at 52.18 weeks × the weekly cost', () => {
    // 8.2 × 52.18 × £1,000 = £427,876; 1.6 × 52.18 × £6,000 = £500,928; 1 × 52.18 × £1,050 = £54,789.
    expect(row('fostering')?.cost.p50).toBeCloseTo(427_876, 6);
    expect(row('fostering')?.cost.p90).toBeCloseTo(636_596, 6);
    expect(row('residential')?.cost.p50).toBeCloseTo(500_928, 6);
    expect(row('supported')?.cost.p50).toBeCloseTo(54_789, 6);
    // Other: 3 × 52.18 × £150 = £23,481. Total £1,007,074.
    expect(row('other')?.cost.p50).toBeCloseTo(23_481, 6);
    expect(table.totals[0]?.cost.p50).toBeCloseTo(1_007_074, 6);
    expect(row('fostering')?.costSource).toBe('default');
  });
});

describe('capacity scenarios', () => {
  const forecast = forecastOf(origin, [
    { fostering: 50, residential: 20 },
    { fostering: 50, residential: 20 },
  ]);
  const setup = gapSetup(local, [], forecast);
  const base = gap(setup);

  it('a 6-bed home opening on 1 October 2027 cuts external residential cost by its part-year beds', () => {
    const scenario = gapUnder(setup, {
      name: 'Oak House',
      changes: [
        { kind: 'open-home', name: 'Oak House', type: 'childrens-home', beds: 6, opens: d('01/10/2027') },
      ],
    });
    const diff = gapDifference(base, scenario);
    const residential = (year: number) =>
      diff.rows.find((r) => r.year === year && r.category === 'residential');
    // 2027/28: open 183 of 366 days → 3 beds × 0.85 = 2.55 places × 52.18 × £6,000 = £798,354.
    expect(residential(1)?.external.p50).toBeCloseTo(-2.55, 10);
    expect(residential(1)?.cost.p50).toBeCloseTo(-798_354, 6);
    // 2028/29: all year → 6 × 0.85 = 5.1 places → £1,596,708.
    expect(residential(2)?.cost.p50).toBeCloseTo(-1_596_708, 6);
    expect(diff.cost.p50).toBeCloseTo(-(798_354 + 1_596_708), 6);
    expect(scenario.scenario?.changes).toEqual(["Open Oak House: a 6-bed children's home on 01/10/2027"]);
  });

  it('recruiting 10 enhanced carers a year cuts external fostering cost', () => {
    const scenario = gapUnder(setup, {
      name: '+10 enhanced',
      changes: [{ kind: 'recruit-carers', approvalType: 'enhanced', householdsPerYear: 10 }],
    });
    const fostering = gapDifference(base, scenario).rows.filter((r) => r.category === 'fostering');
    // 1 place each (no recent enhanced approvals), no deregistrations. Year 1: (0 + 10) / 2 = 5 places
    // × 0.9 × 52.18 × £1,000 = £234,810; year 2: (10 + 20) / 2 × 0.9 = 13.5 → £704,430.
    expect(fostering.map((r) => r.cost.p50)).toEqual([
      expect.closeTo(-234_810, 6),
      expect.closeTo(-704_430, 6),
    ]);
  });

  it('closing a home adds its beds to what must be bought', () => {
    const scenario = gapUnder(setup, {
      name: 'close H1',
      changes: [{ kind: 'close-home', homeId: 'H1', closes: d('01/04/2028') }],
    });
    const diff = gapDifference(base, scenario);
    // H1 closes on the first day of year 2: 4 × 0.85 = 3.4 more places bought (£1,064,472).
    expect(diff.totals.map((t) => t.cost.p50)).toEqual([0, expect.closeTo(1_064_472, 6)]);
  });
});

describe('unit costs', () => {
  it('takes the median weekly cost of current external placements by category', () => {
    const k2 = { placementType: 'K2', provider: 'PR4' };
    const timelines = timelinesFor(2027, {
      R1: { dob: '01/01/2011', episodes: [episode('R1', '01/05/2026', null, k2)] },
      R2: { dob: '01/01/2011', episodes: [episode('R2', '01/06/2026', null, k2)] },
      R3: { dob: '01/01/2011', episodes: [episode('R3', '01/07/2026', null, k2)] },
      F1: { dob: '01/01/2015', episodes: [episode('F1', '01/07/2026', null)] },
      O1: { dob: '01/01/2015', episodes: [episode('O1', '01/07/2026', null, { placementType: 'P1' })] },
      O2: {
        dob: '01/01/2005',
        episodes: [episode('O2', '01/07/2026', null, { placementType: 'R3', provider: 'PR4' })],
      },
    });
    const costs = [
      cost('R1', '01/05/2026', 5000, { providerId: 'P1' }),
      cost('R2', '01/06/2026', 9000, { providerId: 'P2' }),
      cost('R3', '01/07/2026', 7000, { providerId: 'P1' }),
      cost('R3', '01/01/2026', 99_000, { providerId: 'P1', end: '01/07/2026' }), // ended: not current
      cost('F1', '01/07/2026', 600),
      cost('NOBODY', '01/07/2026', 1), // joins no placement
      cost('O2', '01/07/2026', 3000, { providerId: 'P9' }), // parent and child: "other"
    ];
    const costs2 = unitCosts(costs, timelines, origin, { external: { supported: 1200 } });
    expect(costs2.external.weekly.residential).toBe(7000);
    expect(costs2.external.source.residential).toBe('local');
    expect(costs2.external.placements.residential).toBe(3);
    expect(costs2.inHouse.weekly.fostering).toBe(600);
    expect(costs2.external.weekly.fostering).toBe(1000);
    expect(costs2.external.source.supported).toBe('input');
    expect(costs2.external.weekly.supported).toBe(1200);
    // "Other": £3,000 a week of external spend shared over the 2 children in it (O1 placed with parents).
    expect(costs2.external.weekly.other).toBe(1500);
  });
});
