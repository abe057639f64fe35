import { describe, expect, it } from 'vitest';
import { buildTimelines } from '../care/index.ts';
import { episode, fullReturn, OPTIONS } from '../care/test-fixtures.ts';
import { childRecord } from './child-record.ts';
import { childrenList } from './children-list.ts';
import { overviewYears, poolYears } from './council-overview.ts';

// One 2024/25 return (1 April 2024 – 31 March 2025), every child born 15/06/2010:
// A: in care since 2023, U4 PR1, moves on 01/09/2024 to K2 PR4 (RNE P, reason CARPL); still in care.
// B: starts 01/05/2024, leaves 01/02/2025 (E4A, returned home).
// C: a series of short breaks (V3) from 01/06/2024, still open.
// D: starts 31/03/2025 in U1 (kinship).
const timelines = buildTimelines(
  [
    fullReturn(2025, [
      episode('A', '01/01/2023', '01/09/2024'),
      episode('A', '01/09/2024', null, {
        reasonNewEpisode: 'P',
        placementType: 'K2',
        provider: 'PR4',
        reasonPlaceChange: 'CARPL',
        placementPostcode: 'FAR 1',
      }),
      episode('B', '01/05/2024', '01/02/2025', { reasonEnded: 'E4A' }),
      episode('C', '01/06/2024', null, { legalStatus: 'V3' }),
      episode('D', '31/03/2025', null, { placementType: 'U1', provider: null }),
    ]),
  ],
  OPTIONS,
);

describe('overviewYears', () => {
  it('counts during the year, at 31 March, started and ceased by hand', () => {
    // During: A, B, D (C only short breaks) = 3. At 31 March: A, D = 2 (B left, C short breaks).
    // Started: B and D (A started in 2023; C's period starts with V3) = 2. Ceased: B = 1.
    expect(overviewYears(timelines, [2025])).toEqual([
      {
        collectionYear: 2025,
        label: '2024/25',
        lookedAfterDuringYear: 3,
        lookedAfterAtCensus: 2,
        startedInYear: 2,
        ceasedInYear: 1,
      },
    ]);
  });

  it('pools councils year by year and says how many councils each year covers', () => {
    const a = overviewYears(timelines, [2025]);
    const pooled = poolYears([a, a.map((y) => ({ ...y, lookedAfterAtCensus: 10 })), []]);
    expect(pooled).toEqual([
      {
        ...a[0],
        lookedAfterDuringYear: 6,
        lookedAfterAtCensus: 12,
        startedInYear: 4,
        ceasedInYear: 2,
        councilsWithData: 2,
      },
    ]);
  });
});

describe('childrenList', () => {
  it('describes each child at the data date (31/03/2025) and filters by status and id', () => {
    const all = childrenList(timelines);
    expect(all.total).toBe(4);
    expect(all.asOf).toBe('2025-03-31');
    expect(all.children[0]).toEqual({
      id: 'A',
      sex: 'F',
      ageNow: 14, // born 15/06/2010: 14 on 31/03/2025
      ageBand: '10-15',
      inCareNow: true,
      currentCategory: 'residential-external',
      currentCategoryLabel: "Residential – external children's home",
      periods: 1,
      placements: 2,
      firstStart: '2023-01-01',
      lastEnd: null,
    });
    // In care on 31/03/2025: A, C (short breaks still count as in care here), D. Left: B.
    expect(childrenList(timelines, { status: 'in-care' }).children.map((c) => c.id)).toEqual(['A', 'C', 'D']);
    expect(childrenList(timelines, { status: 'left' }).children.map((c) => [c.id, c.lastEnd])).toEqual([
      ['B', '2025-02-01'],
    ]);
    expect(childrenList(timelines, { q: 'd' }).children.map((c) => c.id)).toEqual(['D']);
    expect(childrenList(timelines, { pageSize: 3, page: 2 }).children.map((c) => c.id)).toEqual(['D']);
  });
});

describe('childRecord', () => {
  it('gives ISO dates and labels for codes', () => {
    const a = timelines.find((t) => t.childId === 'A');
    if (!a) throw new Error('fixture child A missing');
    const record = childRecord(a);
    expect(record.child).toMatchObject({
      id: 'A',
      dob: '2010-06-15',
      ethnicity: 'WBRI',
      uasc: false,
      observedUntil: '2025-03-31',
    });
    const [first, second] = record.periods[0]?.placements ?? [];
    expect(first).toMatchObject({
      start: '2023-01-01',
      end: '2024-09-01',
      category: 'fostering-in-house',
      distanceMiles: 1.9,
      inArea: true,
    });
    // FAR 1 is 50 km east of HOME 1: 31.07 miles → 31.1; another district → out of area.
    expect(second).toMatchObject({
      placementType: 'K2',
      category: 'residential-external',
      reasonForMove: 'CARPL',
      distanceMiles: 31.1,
      inArea: false,
    });
    expect(second?.placementTypeLabel).toBeTruthy();
    expect(second?.reasonForMoveLabel).toBeTruthy();
  });
});
