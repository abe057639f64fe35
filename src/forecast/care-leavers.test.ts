import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import {
  type CareLeaver,
  type LeaverSpell,
  projectSupportedLeavers,
  supportedLeaversNow,
  supportedShareAfter18,
} from './care-leavers.ts';
import { monthEndsAfter } from './month-ends.ts';
import type { PathStock, Projection } from './projection.ts';

// A turned 18 on 15/06/2025 and B on 10/01/2026; the local data starts with C's spell on 01/01/2025.
const A: CareLeaver = { childId: 'A', eighteenth: day(2025, 6, 15) };
const B: CareLeaver = { childId: 'B', eighteenth: day(2026, 1, 10) };
const SPELLS: LeaverSpell[] = [
  { childId: 'A', supported: true, start: day(2025, 6, 15), end: day(2025, 9, 15) },
  { childId: 'A', supported: false, start: day(2025, 9, 15), end: null },
  { childId: 'B', supported: true, start: day(2026, 1, 10), end: null },
  { childId: 'C', supported: false, start: day(2025, 1, 1), end: null },
  // Known only after the origin: ignored.
  { childId: 'A', supported: true, start: day(2026, 5, 1), end: null },
];
const ORIGIN = day(2026, 3, 31);

describe('supportedShareAfter18', () => {
  it('counts, month by month after the 18th birthday, the care leavers in supported accommodation that day', () => {
    const s = supportedShareAfter18([A, B], SPELLS, ORIGIN);
    // Months 0–2: A (15/06–15/08/2025) and B (10/01–10/03/2026) both in supported: 2 of 2. Month 3: A's spell
    // ended 15/09 (that day he is elsewhere), B's 10/04/2026 is after the origin: 0 of 1. Months 4–9: A only,
    // elsewhere. Month 10 on: nobody seen, the last share (0) carries.
    expect(s?.observed.slice(0, 11)).toEqual([2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(s?.share.slice(0, 5)).toEqual([1, 1, 1, 0, 0]);
    expect(s?.share[35]).toBe(0);
    expect(s?.from).toBe(day(2025, 1, 1));
  });

  it('is null without any spell known at the origin', () => {
    expect(supportedShareAfter18([A], [], ORIGIN)).toBeNull();
    expect(
      supportedShareAfter18([A], [{ ...(SPELLS[0] as LeaverSpell), start: day(2026, 6, 1) }], ORIGIN),
    ).toBeNull();
  });
});

describe('projectSupportedLeavers', () => {
  it('adds every cohort turning 18, seen and projected, times the share that many months on', () => {
    // Share 0.5 for months 0–35. Path 1 has 2 children turning 18 in April 2026 (month 0), path 2 none.
    // 31/03/2027 (month 11): path 1 = 2 × 0.5 + A (21 months on) 0.5 + B (14 months) 0.5 = 2; path 2 = 1.
    // 31/03/2028 (month 23): the same, A at 33 and B at 26 months: 2 and 1. 31/03/2029 (month 35): A and B are
    // past 36 months; path 1's cohort is at 35: 1 and 0.
    const months = 36;
    const path = (aprilCohort: number): PathStock => ({
      byCategory: { fostering: [], residential: [], supported: [], other: [] },
      byBand: {} as PathStock['byBand'],
      turned18: Array.from({ length: months }, (_, m) => (m === 0 ? aprilCohort : 0)),
    });
    const projection: Projection = {
      origin: ORIGIN,
      monthEnds: monthEndsAfter(ORIGIN, months),
      paths: [path(2), path(0)],
    };
    const years = projectSupportedLeavers(projection, [A, B], new Array<number>(36).fill(0.5), 3);
    expect(years.map((y) => y.mean)).toEqual([1.5, 1.5, 0.5]);
    expect(years.map((y) => y.date)).toEqual([day(2027, 3, 31), day(2028, 3, 31), day(2029, 3, 31)]);
    expect(years[0]?.p95).toBeLessThanOrEqual(2);
    expect(years[0]?.p5).toBeGreaterThanOrEqual(1);
  });
});

describe('supportedLeaversNow', () => {
  it('models the origin from the seen cohorts: A 9 months and B 2 months after 18, share 0.5 each → 1', () => {
    expect(supportedLeaversNow(ORIGIN, [A, B], new Array<number>(36).fill(0.5))).toBe(1);
    // A cohort 36 months or more before the origin is past 20 and left out.
    expect(supportedLeaversNow(day(2028, 6, 30), [A, B], new Array<number>(36).fill(0.5))).toBe(0.5);
  });
});
