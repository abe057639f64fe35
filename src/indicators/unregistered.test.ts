import { describe, expect, it } from 'vitest';
import { findCell } from './all-indicators.ts';
import type { Indicator } from './indicator.ts';
import { episode, timelinesFor } from './test-timelines.ts';
import { isValidUrn, unregisteredIndicators } from './unregistered.ts';

// 2025/26 (1 April 2025 – 31 March 2026), the first year of Z11–Z14 and without H5.
// Postcodes: NEAR 1 in E06000001, FAR 1 in E06000002 (England), CARDIFF 1 in W06000015 (Wales).
const home = (code: string, fields: Parameters<typeof episode>[3] = {}) => ({
  placementType: code,
  provider: 'PR4',
  ...fields,
});
const timelines = timelinesFor(2026, {
  // z1: Z12 from 01/06/2025, open: at 31 March and in the year.
  z1: {
    dob: '01/01/2010',
    episodes: [episode('z1', '01/06/2025', null, { placementType: 'Z12', provider: null })],
  },
  // z2: Z14 May–July 2025, then foster care: in the year only.
  z2: {
    dob: '01/01/2010',
    episodes: [
      episode('z2', '01/05/2025', '01/07/2025', { placementType: 'Z14', provider: null }),
      episode('z2', '01/07/2025', null, { reasonNewEpisode: 'P' }),
    ],
  },
  // r1: children's home in England (FAR 1) with no URN → counted.
  r1: {
    dob: '01/01/2010',
    episodes: [episode('r1', '01/06/2025', null, home('K2', { placementPostcode: 'FAR 1' }))],
  },
  // r2: children's home in England with a valid URN → not counted.
  r2: {
    dob: '01/01/2010',
    episodes: [
      episode('r2', '01/06/2025', null, home('K2', { placementPostcode: 'FAR 1', urn: 'SC123456' })),
    ],
  },
  // r3: children's home in Wales, URN XXXXXXX → legitimate, never counted.
  r3: {
    dob: '01/01/2010',
    episodes: [
      episode('r3', '01/06/2025', null, home('K2', { placementPostcode: 'CARDIFF 1', urn: 'XXXXXXX' })),
    ],
  },
  // r4: supported accommodation with no placement postcode and no URN → cannot tell: unknown.
  r4: {
    dob: '01/01/2009',
    episodes: [episode('r4', '01/06/2025', null, home('K3', { placementPostcode: null }))],
  },
  // r5: H5 since 01/01/2025, no URN, in England: unregistered once H5 is gone (2025/26), not in 2024/25.
  r5: { dob: '01/01/2009', episodes: [episode('r5', '01/01/2025', null, home('H5'))] },
  // r6: secure home with a 7-digit URN → registered.
  r6: { dob: '01/01/2010', episodes: [episode('r6', '01/06/2025', null, home('K1', { urn: '1234567' }))] },
  // r7: children's home with a malformed URN until 01/12/2025, then home: in the year only.
  r7: {
    dob: '01/01/2010',
    episodes: [episode('r7', '01/06/2025', '01/12/2025', home('K2', { urn: 'SC12', reasonEnded: 'E4A' }))],
  },
});

const indicators = unregisteredIndicators({ timelines, councilCode: 'E06000001', collectionYear: 2026 });
const byId = (id: string) => indicators.find((i) => i.id === id) as Indicator;
const ids = (id: string, key: Record<string, string> = {}) => findCell(byId(id), key)?.childIds?.sort();

describe('unregistered placements, 2025/26', () => {
  it('checks the shape of URNs', () => {
    expect(['SC123456', '1234567', 'XXXXXXX', 'SC12', null].map(isValidUrn)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('counts children in the Z11–Z14 codes at 31 March and during the year', () => {
    expect(ids('unregistered.other-codes-at-31-march')).toEqual(['z1']);
    expect(findCell(byId('unregistered.other-codes-at-31-march'), { placementType: 'Z12' })?.value).toBe(1);
    expect(ids('unregistered.other-codes-in-year')).toEqual(['z1', 'z2']);
    expect(findCell(byId('unregistered.other-codes-in-year'), { placementType: 'Z14' })?.value).toBe(1);
  });

  it('counts registrable placements in England without a valid URN, never those outside England', () => {
    // At 31 March: r1 (K2, no URN), r5 (H5 after its removal). Not r2/r6 (valid URN), r3 (Wales), r7 (left).
    // r4 has no postcode: unknown, not counted.
    const census = byId('unregistered.no-valid-urn-at-31-march');
    expect(ids('unregistered.no-valid-urn-at-31-march')).toEqual(['r1', 'r5']);
    expect(findCell(census, { placementType: 'H5' })?.value).toBe(1);
    expect(census.unknown).toEqual({ count: 1, reason: 'placement postcode missing or not found' });
    // In the year, r7 too.
    expect(ids('unregistered.no-valid-urn-in-year')).toEqual(['r1', 'r5', 'r7']);
  });

  it('does not count H5 before 2025/26', () => {
    // 31 March 2025: r5 in H5, a code still in use → not counted; H5 is not a column that year.
    const earlier = unregisteredIndicators({ timelines, councilCode: 'E06000001', collectionYear: 2025 });
    const census = earlier.find((i) => i.id === 'unregistered.no-valid-urn-at-31-march') as Indicator;
    expect(findCell(census, {})?.value).toBe(0);
    expect(findCell(census, { placementType: 'H5' })).toBeUndefined();
  });
});
