import { describe, expect, it } from 'vitest';
import { findCell } from './all-indicators.ts';
import { durationsIndicators } from './durations.ts';
import type { Indicator } from './indicator.ts';
import { episode, timelinesFor } from './test-timelines.ts';

// 2024/25, data to 31/03/2025. Open spells are censored at 01/04/2025 (the day after the last observed).
const DOB = '15/06/2012';
const timelines = timelinesFor(2025, {
  // A: in-house foster 01/04–01/05/2024 (30 days, ended by a move), then in-house foster open from
  // 01/05/2024 → censored at 335 days. Period open from 01/04/2024 → censored at 365.
  A: {
    dob: DOB,
    episodes: [
      episode('A', '01/04/2024', '01/05/2024'),
      episode('A', '01/05/2024', null, { reasonNewEpisode: 'P' }),
    ],
  },
  // B: in-house foster 01/06–01/08/2024, returned home: 61 days, placement and period ended.
  B: { dob: DOB, episodes: [episode('B', '01/06/2024', '01/08/2024', { reasonEnded: 'E4A' })] },
  // C: in-house foster from 01/10/2024, open: 182 days censored (placement and period).
  C: { dob: DOB, episodes: [episode('C', '01/10/2024', null)] },
  // D: external children's home from 01/07/2024, open: 274 days censored.
  D: { dob: DOB, episodes: [episode('D', '01/07/2024', null, { placementType: 'K2', provider: 'PR4' })] },
  // G: in-house foster 01/04–11/04/2024, home: 10 days ended.
  G: { dob: DOB, episodes: [episode('G', '01/04/2024', '11/04/2024', { reasonEnded: 'E4A' })] },
  // H: kinship foster 01/05–31/05/2024, home: 30 days ended.
  H: {
    dob: DOB,
    episodes: [episode('H', '01/05/2024', '31/05/2024', { placementType: 'U1', reasonEnded: 'E4A' })],
  },
  // E: started before the year: in neither cohort.
  E: { dob: DOB, episodes: [episode('E', '01/01/2024', null)] },
  // F: a short break (V3) in the year: in neither cohort.
  F: {
    dob: DOB,
    episodes: [
      episode('F', '01/06/2024', '03/06/2024', { legalStatus: 'V3', placementType: 'K2', reasonEnded: 'E8' }),
    ],
  },
});

const indicators = durationsIndicators({ timelines, councilCode: 'E06000001', collectionYear: 2025 });
function cell(id: string, key: Record<string, string> = {}) {
  const indicator = indicators.find((i) => i.id === id) as Indicator;
  return findCell(indicator, key);
}

describe('durations, 2024/25', () => {
  it('gives Kaplan–Meier medians of placement length by category', () => {
    // All 7 placements: 10, 30 (A), 30 (H), 61 ended; 182, 274, 335 open.
    // S(10) = 6/7; S(30) = 6/7 · 4/6 = 4/7 (6 at risk, 2 end); S(61) = 4/7 · 3/4 = 3/7 ≤ ½ → 61.
    expect(cell('durations.placement-length')).toMatchObject({ value: 61, numerator: 4, denominator: 7 });
    // In-house fostering: 10, 30, 61 ended; 182, 335 open. S(10) = 4/5, S(30) = 3/5, S(61) = 2/5 → 61.
    expect(cell('durations.placement-length', { category: 'fostering-in-house' })).toMatchObject({
      value: 61,
      numerator: 3,
      denominator: 5,
    });
    // Kinship: one spell of 30, ended → S(30) = 0 → 30.
    expect(cell('durations.placement-length', { category: 'fostering-kinship' })?.value).toBe(30);
    // External children's home: D still there → unknown, not zero.
    expect(cell('durations.placement-length', { category: 'residential-external' })).toMatchObject({
      value: null,
      unknownReason: 'no spell has ended yet',
      denominator: 1,
    });
    expect(cell('durations.placement-length', { category: 'secure' })).toMatchObject({
      value: null,
      unknownReason: 'no spells',
    });
  });

  it('gives the plain median of completed placements for comparison', () => {
    // Ended: 10, 30, 30, 61 → (30 + 30) / 2 = 30. In-house: 10, 30, 61 → 30.
    expect(cell('durations.placement-length-completed')).toMatchObject({ value: 30, denominator: 4 });
    expect(cell('durations.placement-length-completed', { category: 'fostering-in-house' })?.value).toBe(30);
    expect(
      cell('durations.placement-length-completed', { category: 'residential-external' })?.value,
    ).toBeNull();
  });

  it('gives the median length of periods of care that began in the year', () => {
    // Periods: G 10, H 30, B 61 ended; C 182, D 274, A 365 open (E before the year, F short breaks).
    // S(10) = 5/6, S(30) = 4/6, S(61) = 4/6 · 3/4 = ½ → 61. Completed: 10, 30, 61 → 30.
    expect(cell('durations.period-of-care-length')).toMatchObject({
      value: 61,
      numerator: 3,
      denominator: 6,
    });
    expect(cell('durations.period-of-care-length')?.childIds?.sort()).toEqual(['A', 'B', 'C', 'D', 'G', 'H']);
    expect(cell('durations.period-of-care-length-completed')).toMatchObject({ value: 30, denominator: 3 });
  });

  it('cannot know a median for a year whose spells have mostly not ended', () => {
    // 2023/24: only E began (01/01/2024), still open → unknown.
    const [placement] = durationsIndicators({ timelines, councilCode: 'E06000001', collectionYear: 2024 });
    expect(placement?.cells[0]).toMatchObject({ value: null, unknownReason: 'no spell has ended yet' });
  });
});
