import { describe, expect, it } from 'vitest';
import { findCell } from './all-indicators.ts';
import type { Indicator } from './indicator.ts';
import { specificNeedsIndicators } from './specific-needs.ts';
import { episode, timelinesFor } from './test-timelines.ts';

// 2024/25: 1 April 2024 – 31 March 2025. Episodes default to in-house fostering, HOME 1 → NEAR 1 (1.9 miles).
const PR4 = { provider: 'PR4' };
const timelines = timelinesFor(2025, {
  // pc1: a mother of 17 in a mother-and-baby unit (R3) from 01/01/2025: at 31 March and started.
  pc1: { dob: '01/01/2008', episodes: [episode('pc1', '01/01/2025', null, { placementType: 'R3', ...PR4 })] },
  // pc2: R3 from 01/05/2024, then foster care from 01/08/2024: started in the year, not there at 31 March.
  pc2: {
    dob: '01/01/2008',
    episodes: [
      episode('pc2', '01/05/2024', '01/08/2024', { placementType: 'R3', ...PR4 }),
      episode('pc2', '01/08/2024', null, { reasonNewEpisode: 'P' }),
    ],
  },
  // pw1: placed with parents since 2023: at 31 March only.
  pw1: {
    dob: '01/01/2015',
    episodes: [episode('pw1', '01/01/2023', null, { placementType: 'P1', provider: 'PR0' })],
  },
  // pw2: placed with parents from 01/02/2025, in hospital (T1) from 25/03/2025: still counted at home (P1).
  pw2: {
    dob: '01/01/2015',
    episodes: [
      episode('pw2', '01/02/2025', '25/03/2025', { placementType: 'P1', provider: 'PR0' }),
      episode('pw2', '25/03/2025', null, { reasonNewEpisode: 'P', placementType: 'T1', provider: null }),
    ],
  },
  // sa1: supported accommodation from 01/06/2024 at 15; 16th birthday 01/10/2024 inside the year → at
  // 31 March (16) but not a 16–17 start.
  sa1: { dob: '01/10/2008', episodes: [episode('sa1', '01/06/2024', null, { placementType: 'K3', ...PR4 })] },
  // sa2: supported accommodation from 01/07/2024 at 16: both.
  sa2: { dob: '01/06/2008', episodes: [episode('sa2', '01/07/2024', null, { placementType: 'K3', ...PR4 })] },
  // sb1: three short breaks (V3), the first ending on 1 April 2024 (covering the night of 31 March/1
  // April, so in this year). sb2: a V4 short break open at 31 March. sb3: one ended 31/03/2024 (last year).
  sb1: {
    dob: '01/01/2012',
    episodes: [
      episode('sb1', '30/03/2024', '01/04/2024', {
        legalStatus: 'V3',
        placementType: 'K2',
        reasonEnded: 'E8',
      }),
      episode('sb1', '01/05/2024', '03/05/2024', {
        legalStatus: 'V3',
        placementType: 'K2',
        reasonEnded: 'E8',
      }),
      episode('sb1', '01/07/2024', '04/07/2024', {
        legalStatus: 'V3',
        placementType: 'K2',
        reasonEnded: 'E8',
      }),
    ],
  },
  sb2: {
    dob: '01/01/2012',
    episodes: [episode('sb2', '01/03/2025', null, { legalStatus: 'V4', placementType: 'K2' })],
  },
  sb3: {
    dob: '01/01/2012',
    episodes: [
      episode('sb3', '29/03/2024', '31/03/2024', {
        legalStatus: 'V3',
        placementType: 'K2',
        reasonEnded: 'E8',
      }),
    ],
  },
  // mi1: in-house foster 1.9 miles from home; missing 01/06 and 01/07/2024 (and 15/03/2024, last year).
  mi1: {
    dob: '01/01/2010',
    episodes: [episode('mi1', '01/01/2023', null)],
    missing: [
      { start: '15/03/2024', end: '16/03/2024' },
      { start: '01/06/2024', end: '02/06/2024' },
      { start: '01/07/2024', end: null },
    ],
  },
  // mi2: external children's home at FAR 1 (31 miles); missing 01/10/2024.
  mi2: {
    dob: '01/01/2010',
    episodes: [
      episode('mi2', '01/01/2024', null, { placementType: 'K2', ...PR4, placementPostcode: 'FAR 1' }),
    ],
    missing: [{ start: '01/10/2024', end: '03/10/2024' }],
  },
  // mi3: IFA with no postcodes; missing 01/12/2024 → distance not known.
  mi3: {
    dob: '01/01/2010',
    episodes: [episode('mi3', '01/01/2024', null, { ...PR4, homePostcode: null, placementPostcode: null })],
    missing: [{ start: '01/12/2024', end: '01/12/2024' }],
  },
});

const indicators = specificNeedsIndicators({ timelines, councilCode: 'E06000001', collectionYear: 2025 });
const byId = (id: string) => indicators.find((i) => i.id === id) as Indicator;
const ids = (id: string, key: Record<string, string> = {}) => findCell(byId(id), key)?.childIds?.sort();
const value = (id: string, key: Record<string, string> = {}) => findCell(byId(id), key)?.value;

describe('specific needs, 2024/25', () => {
  it('counts parent-and-child (R3) and placed-with-parents (P1) at 31 March and started', () => {
    expect(ids('specific-needs.parent-and-child-at-31-march')).toEqual(['pc1']);
    expect(ids('specific-needs.parent-and-child-started')).toEqual(['pc1', 'pc2']);
    expect(value('specific-needs.parent-and-child-started', { placementType: 'R3' })).toBe(2);
    // pw2 is in hospital (T1) on 31 March: counted at home, P1.
    expect(ids('specific-needs.placed-with-parents-at-31-march')).toEqual(['pw1', 'pw2']);
    expect(ids('specific-needs.placed-with-parents-started')).toEqual(['pw2']);
  });

  it('counts 16–17s in supported accommodation by age on the day', () => {
    // sa1 was 15 when placed (not a 16–17 start) and 16 at 31 March; sa2 16 at both.
    expect(ids('specific-needs.supported-16-17-at-31-march')).toEqual(['sa1', 'sa2']);
    expect(value('specific-needs.supported-16-17-at-31-march', { placementType: 'K3' })).toBe(2);
    expect(value('specific-needs.supported-16-17-at-31-march', { placementType: 'H5' })).toBe(0);
    expect(ids('specific-needs.supported-16-17-started')).toEqual(['sa2']);
  });

  it('counts short-break children and episodes in the year', () => {
    // sb1: 3 episodes (one ending 1 April 2024), sb2: 1; sb3 ended 31 March 2024 → 2 children, 4 episodes.
    expect(ids('specific-needs.short-break-children')).toEqual(['sb1', 'sb2']);
    expect(value('specific-needs.short-break-episodes')).toBe(4);
  });

  it('counts missing spells by placement category and distance band', () => {
    // Spells starting in the year: mi1 ×2 (in-house, ≤ 20), mi2 (external home, > 20), mi3 (IFA, not known).
    expect(ids('specific-needs.missing-children')).toEqual(['mi1', 'mi2', 'mi3']);
    const spells = 'specific-needs.missing-spells';
    expect(value(spells)).toBe(4);
    expect(value(spells, { category: 'fostering-in-house', distance: 'up-to-20-miles' })).toBe(2);
    expect(value(spells, { category: 'fostering-in-house' })).toBe(2);
    expect(value(spells, { category: 'residential-external', distance: 'over-20-miles' })).toBe(1);
    expect(value(spells, { distance: 'over-20-miles' })).toBe(1);
    expect(value(spells, { category: 'fostering-ifa', distance: 'not-known' })).toBe(1);
    expect(byId(spells).unknown).toEqual({ count: 1, reason: 'distance not known (no postcode)' });
  });
});
