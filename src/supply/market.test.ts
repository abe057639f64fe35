import { describe, expect, it } from 'vitest';
import { placementPrices } from './placement-prices.ts';
import { placementRequests } from './placement-requests.ts';
import { distanceBand, providerMarket } from './provider-market.ts';
import { providerSpendShare } from './provider-spend.ts';
import { cost, d, provider, request } from './test-local-data.ts';
import { topCostPlacements } from './top-cost-placements.ts';

const MILE = 1609.344;

describe('providers by type, distance and grade', () => {
  it('bands straight-line miles from the council centre to the provider’s postcode district', () => {
    const centre = { easting: 0, northing: 0 };
    const at: Record<string, { easting: number; northing: number }> = {
      NEAR: { easting: 20 * MILE, northing: 0 }, // exactly 20 miles: 0–20
      MID: { easting: 0, northing: 30 * MILE },
      FAR: { easting: 60 * MILE, northing: 0 },
    };
    const providers = [
      provider('A', { postcodeDistrict: 'NEAR', places: 3 }),
      provider('B', { postcodeDistrict: 'NEAR', places: null }),
      provider('C', { postcodeDistrict: 'MID', ofstedGrade: 'outstanding' }),
      provider('D', { postcodeDistrict: 'FAR', type: 'ifa' }),
      provider('E', { postcodeDistrict: 'NOWHERE', ofstedGrade: null }),
    ];
    expect(providerMarket(providers, (p) => at[p] ?? null, centre)).toEqual([
      { type: 'childrens-home', band: '0-20', grade: 'good', providers: 2, places: 3 },
      { type: 'childrens-home', band: '20-50', grade: 'outstanding', providers: 1, places: 4 },
      { type: 'childrens-home', band: 'unknown', grade: 'unknown', providers: 1, places: 4 },
      { type: 'ifa', band: '50+', grade: 'good', providers: 1, places: 4 },
    ]);
    expect(distanceBand(50)).toBe('20-50');
    expect(distanceBand(50.01)).toBe('50+');
  });
});

describe('prices, top costs and spend', () => {
  const providers = [provider('P1', { urn: 'SC1' }), provider('P2', { type: 'ifa' }), provider('P3')];
  const costs = [
    cost('C1', '01/05/2024', 4000, { providerId: 'P1' }),
    cost('C2', '01/05/2025', 6000, { providerId: 'SC1' }), // the URN finds P1
    cost('C3', '01/06/2025', 8000, { providerId: 'P3' }),
    cost('C4', '01/06/2025', 12000, { providerId: 'P3', end: '01/01/2026' }),
    cost('C5', '01/06/2025', 900, { providerId: 'P2' }),
    cost('C6', '01/06/2025', 500), // in-house: no provider
  ];

  it('gives quartiles by provider type and the median by the year placements began', () => {
    const prices = placementPrices(costs, providers);
    // Children's homes: 4000, 6000, 8000, 12000 → h = 3p: q1 = 5,500, median 7,000, q3 = 9,000.
    expect(prices.distribution[0]).toEqual({
      type: 'childrens-home',
      n: 4,
      min: 4000,
      q1: 5500,
      median: 7000,
      q3: 9000,
      max: 12000,
    });
    expect(prices.trend.filter((t) => t.type === 'childrens-home')).toEqual([
      { type: 'childrens-home', financialYear: 2024, n: 1, median: 4000 },
      { type: 'childrens-home', financialYear: 2025, n: 3, median: 8000 },
    ]);
  });

  it('lists the costliest current placements and counts above thresholds', () => {
    const top = topCostPlacements(costs, providers, d('31/03/2026'), 2);
    // Current on 31 March 2026: C1 4,000, C2 6,000, C3 8,000, C5 900 (C4 ended, C6 in-house).
    expect(top.placements.map((p) => [p.childId, p.weeklyCost, p.providerName])).toEqual([
      ['C3', 8000, 'Provider P3'],
      ['C2', 6000, 'Provider P1'],
    ]);
    expect(top.current).toEqual({ count: 4, weeklyTotal: 18_900 });
    expect(top.thresholds[0]).toEqual({ weeklyCost: 5000, count: 2, weeklyTotal: 14_000 });
    expect(top.thresholds[1]).toEqual({ weeklyCost: 10_000, count: 0, weeklyTotal: 0 });
  });

  it('shares spend out among providers over a window', () => {
    // 1–14 June 2025 (14 days = 2 weeks): P1 (4,000 + 6,000) × 2 = 20,000; P3 (8,000 + 12,000) × 2 = 40,000;
    // P2 900 × 2 = 1,800 → total 61,800.
    const share = providerSpendShare(costs, providers, d('01/06/2025'), d('14/06/2025'));
    expect(share.total).toBeCloseTo(61_800, 8);
    expect(share.providers).toBe(3);
    expect(share.largest.map((l) => [l.providerId, Math.round(l.spend)])).toEqual([
      ['P3', 40_000],
      ['P1', 20_000],
      ['P2', 1_800],
    ]);
    expect(share.top5Share).toBe(1);
  });
});

describe('placement requests', () => {
  const requests = [
    request('R1', '01/05/2025', {
      requestedType: 'residential',
      ageAtRequest: 14,
      outcome: 'not-found',
      daysToPlace: null,
    }),
    request('R2', '01/06/2025', {
      requestedType: 'residential',
      ageAtRequest: 15,
      outcome: 'external-spot',
      daysToPlace: 30,
    }),
    request('R3', '01/06/2025', { ageAtRequest: 8, outcome: 'in-house', daysToPlace: 2 }),
    request('R4', '01/07/2025', { ageAtRequest: 9, outcome: 'in-house', daysToPlace: 4 }),
    request('R5', '01/07/2025', { ageAtRequest: 9, outcome: 'in-house', daysToPlace: 12 }),
    request('R6', '01/07/2024', { outcome: 'not-found' }), // before the window
  ];
  const summary = placementRequests(requests, d('01/04/2025'), d('31/03/2026'));

  it('counts requests not met by requested type and age band', () => {
    expect(summary.requests).toBe(5);
    expect(summary.notFound).toBe(1);
    expect(summary.cells.map((c) => [c.requestedType, c.ageBand, c.requests, c.notFound])).toEqual([
      ['fostering', '5-9', 3, 0],
      ['residential', '10-15', 2, 1],
    ]);
  });

  it('gives median and P90 days to place by outcome', () => {
    // In-house: 2, 4, 12 → median 4; P90 h = 2 × 0.9 = 1.8 → 4 + 0.8 × 8 = 10.4.
    const inHouse = summary.daysToPlace.find((x) => x.outcome === 'in-house');
    expect(inHouse?.median).toBe(4);
    expect(inHouse?.p90).toBeCloseTo(10.4, 10);
    expect(summary.daysToPlace.find((x) => x.outcome === 'not-found')).toEqual({
      outcome: 'not-found',
      n: 0,
      median: null,
      p90: null,
    });
  });
});
