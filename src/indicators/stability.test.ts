import { describe, expect, it } from 'vitest';
import { findCell } from './all-indicators.ts';
import type { Indicator } from './indicator.ts';
import { movesInYear, placementsInYear, stabilityIndicators } from './stability.ts';
import { episode, timelineOf, timelinesFor } from './test-timelines.ts';

// Collection year 2024/25: 1 April 2024 – 31 March 2025. Unless said, dob 15/06/2010 (14 at 31 March).
const DOB = '15/06/2010';
const timelines = timelinesFor(2025, {
  // a: in care since Jan 2024 (placement open on 1 April counts), moves June (CREQB, to an external
  // children's home) and Sept (CARPL, to an IFA): 3 placements in the year.
  a: {
    dob: DOB,
    episodes: [
      episode('a', '01/01/2024', '01/06/2024'),
      episode('a', '01/06/2024', '01/09/2024', {
        reasonNewEpisode: 'P',
        placementType: 'K2',
        provider: 'PR4',
        reasonPlaceChange: 'CREQB',
      }),
      episode('a', '01/09/2024', null, {
        reasonNewEpisode: 'P',
        provider: 'PR4',
        reasonPlaceChange: 'CARPL',
      }),
    ],
  },
  // b: a temporary spell (T3, carer on holiday) and back to the same carer, then a legal-status change
  // (L): all one placement.
  b: {
    dob: DOB,
    episodes: [
      episode('b', '01/05/2024', '01/07/2024'),
      episode('b', '01/07/2024', '15/07/2024', {
        reasonNewEpisode: 'P',
        placementType: 'T3',
        provider: null,
      }),
      episode('b', '15/07/2024', '01/10/2024', { reasonNewEpisode: 'P' }),
      episode('b', '01/10/2024', null, { reasonNewEpisode: 'L', legalStatus: 'C1' }),
    ],
  },
  // c: re-entry. Period 1 April–June (returned home), period 2 from August: a children's home, then a
  // move (ALLEG) in November. 3 placements in the year over two periods; 1 move (the first placement of a
  // period is not a move).
  c: {
    dob: DOB,
    episodes: [
      episode('c', '01/04/2024', '01/06/2024', { placementType: 'U6', reasonEnded: 'E4A' }),
      episode('c', '01/08/2024', '01/11/2024', { placementType: 'K2', provider: 'PR4' }),
      episode('c', '01/11/2024', null, {
        reasonNewEpisode: 'P',
        provider: 'PR4',
        reasonPlaceChange: 'ALLEG',
      }),
    ],
  },
  // d: a short break (V3) in May, then in care from September: the short break is not a placement → 1.
  d: {
    dob: DOB,
    episodes: [
      episode('d', '01/05/2024', '03/05/2024', { legalStatus: 'V3', placementType: 'K2', reasonEnded: 'E8' }),
      episode('d', '01/09/2024', null),
    ],
  },
  // e: moved in June at the child's request (CHILD), went home in February: not looked after at 31 March,
  // but the move counts among moves in the year.
  e: {
    dob: DOB,
    episodes: [
      episode('e', '01/01/2024', '01/06/2024'),
      episode('e', '01/06/2024', '01/02/2025', {
        reasonNewEpisode: 'P',
        reasonPlaceChange: 'CHILD',
        reasonEnded: 'E4A',
      }),
    ],
  },
  // Long-term stability (31 March 2025: 2½ years back is 30/09/2022, 2 years back 31/03/2023).
  // g: same placement since 01/09/2022 → in the base, stable.
  g: { dob: DOB, episodes: [episode('g', '01/09/2022', null)] },
  // h: in care since 2022, moved 01/06/2023 (no reason recorded) → in the base, not stable.
  h: {
    dob: DOB,
    episodes: [
      episode('h', '01/01/2022', '01/06/2023'),
      episode('h', '01/06/2023', null, { reasonNewEpisode: 'P', provider: 'PR4' }),
    ],
  },
  // i: aged 5, fostered since 2022, placed for adoption (A4, a new carer) on 01/01/2025 with no reason
  // recorded: the adoptive + previous placement last since 01/01/2022 → stable. The A4 move counts.
  i: {
    dob: '01/01/2020',
    episodes: [
      episode('i', '01/01/2022', '01/01/2025'),
      episode('i', '01/01/2025', null, { reasonNewEpisode: 'P', placementType: 'A4', legalStatus: 'E1' }),
    ],
  },
  // j: 16th birthday on 01/03/2025, inside the year → 16 at 31 March, outside the long-term base.
  j: { dob: '01/03/2009', episodes: [episode('j', '01/01/2020', null)] },
  // k: in care from 01/10/2022, one day short of 2½ years → outside the long-term base.
  k: { dob: DOB, episodes: [episode('k', '01/10/2022', null)] },
  // m: fostered, then placed for adoption with the same carer (A3) by a P episode: not a new placement.
  m: {
    dob: '01/01/2021',
    episodes: [
      episode('m', '01/01/2024', '01/12/2024'),
      episode('m', '01/12/2024', null, {
        reasonNewEpisode: 'P',
        placementType: 'A3',
        reasonPlaceChange: 'PLACE',
      }),
    ],
  },
});

const indicators = stabilityIndicators({ timelines, councilCode: 'E06000001', collectionYear: 2025 });
function indicator(id: string): Indicator {
  const found = indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}
const value = (id: string, key: Record<string, string> = {}) => findCell(indicator(id), key)?.value;

describe('stability, 2024/25', () => {
  it('counts placements in the year as DfE does', () => {
    const count = (id: string) => placementsInYear(timelineOf(timelines, id), 2025).length;
    expect([count('a'), count('b'), count('c'), count('d'), count('e'), count('m')]).toEqual([
      3, 1, 3, 1, 2, 1,
    ]);
  });

  it('tabulates children at 31 March by placements, and the share with 3 or more', () => {
    // At 31 March: a, b, c, d, g, h, i, j, k, m (e went home) = 10. h moved in 2023, so has 1 placement
    // in the year; i has 2 (foster carer until January, then adoption).
    // 1: b, d, g, h, j, k, m = 7; 2: i = 1; 3+: a, c = 2.
    const table = indicator('stability.placements-in-year');
    expect(table.cells.map((c) => [c.key.placements ?? 'total', c.value])).toEqual([
      ['total', 10],
      ['1', 7],
      ['2', 1],
      ['3+', 2],
    ]);
    expect(findCell(table, { placements: '3+' })?.childIds?.sort()).toEqual(['a', 'c']);
    // 2 of 10 = 20%.
    expect(findCell(indicator('stability.three-or-more-placements'), {})).toMatchObject({
      value: 20,
      numerator: 2,
      denominator: 10,
    });
  });

  it('measures long-term stability of under-16s in care 2½ years', () => {
    // Base: g, h, i (j is 16; k one day short; a–e, m too recent). Stable: g, i → 2/3 = 66.7%.
    expect(findCell(indicator('stability.long-term'), {})).toMatchObject({
      value: 66.7,
      numerator: 2,
      denominator: 3,
    });
    expect(findCell(indicator('stability.long-term'), {})?.childIds?.sort()).toEqual(['g', 'i']);
  });

  it('lists moves in the year by reason, and the unplanned endings among them', () => {
    // Moves starting 1 April 2024 – 31 March 2025: a CREQB, a CARPL, c ALLEG, e CHILD, i (none recorded).
    // Not moves: b's return from T3, c's re-entry, m's A3 with the same carer, h's 2023 move.
    expect(movesInYear(timelines, 2025).map((m) => [m.childId, m.reason])).toEqual([
      ['a', 'CREQB'],
      ['a', 'CARPL'],
      ['c', 'ALLEG'],
      ['e', 'CHILD'],
      ['i', null],
    ]);
    expect(value('stability.moves-by-reason')).toBe(5);
    expect(value('stability.moves-by-reason', { reason: 'CREQB' })).toBe(1);
    expect(value('stability.moves-by-reason', { reason: 'LAREQ' })).toBe(0);
    expect(value('stability.moves-by-reason', { reason: 'not-recorded' })).toBe(1);
    expect(indicator('stability.moves-by-reason').unknown).toEqual({
      count: 1,
      reason: 'no reason for the move recorded',
    });
    expect(indicator('stability.moves-by-reason').labels?.reason?.CREQB).toMatch(/behaviour/);
    // Unplanned: CREQB, ALLEG, CHILD = 3; of the 4 moves with a reason → 75%.
    expect(value('stability.unplanned-endings')).toBe(3);
    expect(value('stability.unplanned-endings', { reason: 'ALLEG' })).toBe(1);
    expect(findCell(indicator('stability.unplanned-endings-share'), {})).toMatchObject({
      value: 75,
      numerator: 3,
      denominator: 4,
    });
  });
});
