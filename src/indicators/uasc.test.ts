import { describe, expect, it } from 'vitest';
import { findCell } from './all-indicators.ts';
import type { Indicator } from './indicator.ts';
import { episode, timelinesFor } from './test-timelines.ts';
import { uascIndicators } from './uasc.ts';

// 2024/25; 31 March 2025 is the census day. Episodes default to fostering, HOME 1 → NEAR 1.
const IFA = { provider: 'PR4' };
const timelines = timelinesFor(2025, {
  // u1: UASC, 17, supported accommodation from 01/06/2024 with no postcodes → distance unknown.
  u1: {
    dob: '01/01/2008',
    uascCeased: null,
    episodes: [
      episode('u1', '01/06/2024', null, {
        placementType: 'K3',
        ...IFA,
        homePostcode: null,
        placementPostcode: null,
      }),
    ],
  },
  // u2: UASC until 01/04/2025 (18th birthday) → still UASC on 31 March; with an IFA 19.9 miles away since
  // January 2024 (not a starter this year).
  u2: {
    dob: '01/04/2007',
    uascCeased: '01/04/2025',
    episodes: [episode('u2', '01/01/2024', null, { ...IFA, placementPostcode: 'MILES 19.9' })],
  },
  // u3: UASC status ceased on 31/03/2025 itself → not UASC that day.
  u3: { dob: '01/06/2008', uascCeased: '31/03/2025', episodes: [episode('u3', '01/01/2023', null, IFA)] },
  // u4: UASC, 14, with an IFA 20.1 miles away from 01/09/2024.
  u4: {
    dob: '01/09/2010',
    uascCeased: null,
    episodes: [episode('u4', '01/09/2024', null, { ...IFA, placementPostcode: 'MILES 20.1' })],
  },
  // u5: UASC, started 01/05/2024, left care 01/02/2025: a UASC starter, not there on 31 March.
  u5: {
    dob: '01/01/2008',
    uascCeased: null,
    episodes: [episode('u5', '01/05/2024', '01/02/2025', { ...IFA, reasonEnded: 'E8' })],
  },
  // n1: not UASC, started 01/05/2024. n3: not UASC, in care since 2022.
  n1: { dob: '01/01/2015', episodes: [episode('n1', '01/05/2024', null)] },
  n3: { dob: '01/01/2015', episodes: [episode('n3', '01/01/2022', null)] },
  // n2: on short breaks (V3) at 31 March and only short breaks: not looked after, not a starter.
  n2: { dob: '01/01/2015', episodes: [episode('n2', '01/03/2025', null, { legalStatus: 'V3' })] },
});

const indicators = uascIndicators({ timelines, councilCode: 'E06000001', collectionYear: 2025 });
const byId = (id: string) => indicators.find((i) => i.id === id) as Indicator;
const value = (id: string, key: Record<string, string> = {}) => findCell(byId(id), key)?.value;

describe('UASC, 2024/25', () => {
  it('counts UASC at 31 March (DUC blank or later) and their share', () => {
    // At 31 March: u1, u2, u3, u4, n1, n3 = 6 (u5 left, n2 short breaks). UASC: u1, u2, u4 (u3's DUC is
    // 31 March itself) → 3 of 6 = 50%.
    expect(value('uasc.looked-after-at-31-march')).toBe(6);
    expect(findCell(byId('uasc.looked-after-at-31-march'), { uasc: 'uasc' })?.childIds).toEqual([
      'u1',
      'u2',
      'u4',
    ]);
    expect(value('uasc.looked-after-at-31-march', { uasc: 'not-uasc' })).toBe(3);
    expect(findCell(byId('uasc.share-at-31-march'), {})).toMatchObject({
      value: 50,
      numerator: 3,
      denominator: 6,
    });
    // England 2025: 6,540 of 81,770 = 8.0%.
    expect(byId('uasc.share-at-31-march').england).toBe(8);
  });

  it('counts starters in the year by UASC status on the day they started', () => {
    // Starters: u1, u4, u5 (UASC), n1 (not). u2, u3, n3 started earlier; n2 only short breaks.
    expect(value('uasc.started')).toBe(4);
    expect(value('uasc.started', { uasc: 'uasc' })).toBe(3);
    expect(value('uasc.started', { uasc: 'not-uasc' })).toBe(1);
  });

  it('breaks UASC at 31 March down by age band and placement category', () => {
    // u1 17, u2 17 (18th birthday 1 April) → 16-17; u4 14 → 10-15.
    expect(value('uasc.age-at-31-march', { ageBand: '16-17' })).toBe(2);
    expect(value('uasc.age-at-31-march', { ageBand: '10-15' })).toBe(1);
    expect(value('uasc.age-at-31-march')).toBe(3);
    expect(value('uasc.placement-mix-at-31-march', { category: 'supported' })).toBe(1);
    expect(value('uasc.placement-mix-at-31-march', { category: 'fostering-ifa' })).toBe(2);
  });

  it('puts 19.9 miles within 20 and 20.1 beyond, and reports unknown distances as unknown', () => {
    const distance = byId('uasc.distance-at-31-march');
    expect(findCell(distance, { distance: 'up-to-20-miles' })?.childIds).toEqual(['u2']);
    expect(findCell(distance, { distance: 'over-20-miles' })?.childIds).toEqual(['u4']);
    expect(findCell(distance, { distance: 'not-known' })?.childIds).toEqual(['u1']);
    expect(findCell(distance, {})?.value).toBe(3);
    expect(distance.unknown?.count).toBe(1);
  });

  it('shows the bands as unknown, not zero, when no UASC child has a known distance', () => {
    // u1 alone: one UASC child at 31 March, with no postcodes.
    const onlyUnknown = uascIndicators({
      timelines: timelines.filter((t) => t.childId === 'u1'),
      councilCode: 'E06000001',
      collectionYear: 2025,
    }).find((i) => i.id === 'uasc.distance-at-31-march') as Indicator;
    expect(findCell(onlyUnknown, { distance: 'over-20-miles' })).toMatchObject({ value: null });
    expect(findCell(onlyUnknown, { distance: 'not-known' })?.value).toBe(1);
    expect(findCell(onlyUnknown, {})?.value).toBe(1);
    expect(onlyUnknown.unknown).toMatchObject({ count: 1 });
  });
});
