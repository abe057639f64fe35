import { describe, expect, it } from 'vitest';
import { findCell } from './all-indicators.ts';
import { firstEntries, firstPlacementIndicators } from './first-placement.ts';
import type { Indicator } from './indicator.ts';
import { d, episode, timelineOf, timelinesFor } from './test-timelines.ts';

// 2024/25 (1 April 2024 – 31 March 2025).
const timelines = timelinesFor(2025, {
  // r1: fostered since 2023 (not a first entry this year), first children's home 01/05/2024 at 13
  // (5,069 days = 13.88 years).
  r1: {
    dob: '15/06/2010',
    episodes: [
      episode('r1', '01/01/2023', '01/05/2024'),
      episode('r1', '01/05/2024', null, { reasonNewEpisode: 'P', placementType: 'K2', provider: 'PR4' }),
    ],
  },
  // r2: 16th birthday 01/07/2024 inside the year. Children's home 01/06/2024 at 15 (5,814 days = 15.92
  // years), supported accommodation 01/09/2024 at 16 (5,906 days = 16.17 years).
  r2: {
    dob: '01/07/2008',
    episodes: [
      episode('r2', '01/06/2024', '01/09/2024', { placementType: 'K2', provider: 'PR4' }),
      episode('r2', '01/09/2024', null, { reasonNewEpisode: 'P', placementType: 'K3', provider: 'PR4' }),
    ],
  },
  // r3: a children's home in 2020, home, then back to a children's home in October 2024: not a first entry.
  r3: {
    dob: '01/01/2012',
    episodes: [
      episode('r3', '01/01/2020', '01/01/2021', { placementType: 'K2', provider: 'PR1', reasonEnded: 'E4A' }),
      episode('r3', '01/10/2024', null, { placementType: 'K2', provider: 'PR1' }),
    ],
  },
  // r4: short breaks in a children's home only: not an entry.
  r4: {
    dob: '01/01/2012',
    episodes: [
      episode('r4', '01/05/2024', '03/05/2024', {
        legalStatus: 'V3',
        placementType: 'K2',
        reasonEnded: 'E8',
      }),
    ],
  },
  // f1: born 01/04/2024, fostered 10/04/2024 at 9 days (0.02 years).
  f1: { dob: '01/04/2024', episodes: [episode('f1', '10/04/2024', null)] },
  // f2: kinship foster 01/10/2024 at 5 (1,935 days = 5.30 years); a same-carer code change (B) later.
  f2: {
    dob: '15/06/2019',
    episodes: [
      episode('f2', '01/10/2024', '01/12/2024', { placementType: 'U3' }),
      episode('f2', '01/12/2024', null, { reasonNewEpisode: 'B', placementType: 'U1' }),
    ],
  },
});

const indicators = firstPlacementIndicators({ timelines, councilCode: 'E06000001', collectionYear: 2025 });
const byId = (id: string) => indicators.find((i) => i.id === id) as Indicator;

describe('age at first placement, 2024/25', () => {
  it('finds each child’s first day in each setting over all their history', () => {
    expect(Object.fromEntries(firstEntries(timelineOf(timelines, 'r3')))).toEqual({
      residential: d('01/01/2020'),
    });
    expect(Object.fromEntries(firstEntries(timelineOf(timelines, 'r4')))).toEqual({});
  });

  it('counts first entries in the year by setting and age band on the day', () => {
    const table = byId('first-placement.age-band');
    // Residential: r1 (13) and r2 (15) → 10-15: 2. Fostering: f1 (<1), f2 (5-9). Supported: r2 (16-17).
    expect(findCell(table, { setting: 'residential' })?.value).toBe(2);
    expect(findCell(table, { setting: 'residential', ageBand: '10-15' })?.childIds).toEqual(['r1', 'r2']);
    expect(findCell(table, { setting: 'residential', ageBand: '16-17' })?.value).toBe(0);
    expect(findCell(table, { setting: 'fostering' })?.value).toBe(2);
    expect(findCell(table, { setting: 'fostering', ageBand: '<1' })?.value).toBe(1);
    expect(findCell(table, { setting: 'fostering', ageBand: '5-9' })?.value).toBe(1);
    expect(findCell(table, { setting: 'supported', ageBand: '16-17' })?.childIds).toEqual(['r2']);
    // Settings overlap (r2 is in two), so there is no grand total.
    expect(findCell(table, {})).toBeUndefined();
  });

  it('gives the median exact age at first entry', () => {
    const ages = byId('first-placement.median-age');
    // Residential: (13.878 + 15.918) / 2 = 14.898 → 14.9. Fostering: (0.025 + 5.298) / 2 = 2.66 → 2.7.
    expect(findCell(ages, { setting: 'residential' })).toMatchObject({ value: 14.9, denominator: 2 });
    expect(findCell(ages, { setting: 'fostering' })?.value).toBe(2.7);
    expect(findCell(ages, { setting: 'supported' })?.value).toBe(16.2);
    // 2023/24: no first entries (r1's fostering began 01/01/2023, in 2022/23; r3's home in 2019/20).
    const earlier = firstPlacementIndicators({ timelines, councilCode: 'E06000001', collectionYear: 2024 });
    expect(findCell(earlier[1] as Indicator, { setting: 'supported' })).toMatchObject({
      value: null,
      unknownReason: 'no child first placed in this setting during the year',
    });
  });
});
