import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectionYearBounds } from '../dates/index.ts';
import type { Episode } from '../ssda903/records.ts';
import { buildTimelines } from './build-timelines.ts';
import { episode, fullReturn, OPTIONS } from './test-fixtures.ts';

/**
 * One true history, cut into yearly returns the way the 903 does (each return holds the episodes open at
 * some point in its year, with ends after 31 March blanked), must reconcile back to itself with no
 * findings: the same episodes, ends and reasons.
 */
const history = fc.array(
  fc.record({
    gapBefore: fc.integer({ min: 0, max: 400 }),
    length: fc.integer({ min: 1, max: 500 }),
    move: fc.boolean(),
  }),
  { minLength: 1, maxLength: 8 },
);

/** Episodes from steps: a gap over 200 days (or the first step) starts a new period (RNE S). */
function truth(steps: { gapBefore: number; length: number; move: boolean }[]): Episode[] {
  let prevEnd: number | null = null;
  return steps.map((s, i) => {
    const newPeriod = prevEnd === null || s.gapBefore > 200;
    const start: number = newPeriod
      ? (prevEnd ?? collectionYearBounds(2020).start) + s.gapBefore
      : (prevEnd as number);
    const end = start + s.length;
    const leaves = i === steps.length - 1 || (steps[i + 1]?.gapBefore ?? 0) > 200;
    prevEnd = end;
    return {
      ...episode('C1', '01/04/2019', null),
      start,
      end,
      reasonNewEpisode: newPeriod ? 'S' : s.move ? 'P' : 'L',
      reasonEnded: leaves ? 'E4A' : 'X1',
    };
  });
}

function cut(episodes: Episode[], years: number[]) {
  return years.map((y) => {
    const b = collectionYearBounds(y);
    const held = episodes
      .filter((e) => e.start <= b.end && (e.end === null || e.end >= b.start))
      .map((e) => (e.end !== null && e.end > b.end ? { ...e, end: null, reasonEnded: null } : e));
    return fullReturn(y, held);
  });
}

describe('reconciling consistent returns', () => {
  it('gives back the history it was cut from', () => {
    fc.assert(
      fc.property(history, (steps) => {
        const episodes = truth(steps);
        const years = [2020, 2021, 2022, 2023, 2024, 2025, 2026];
        const dataEnd = collectionYearBounds(2026).end;
        const [timeline] = buildTimelines(cut(episodes, years), OPTIONS);
        const expected = episodes
          .filter((e) => e.start <= dataEnd)
          .map((e) =>
            e.end !== null && e.end > dataEnd ? [e.start, null, null] : [e.start, e.end, e.reasonEnded],
          );
        expect(timeline?.findings).toEqual([]);
        const got = timeline?.periods.flatMap((p) => p.episodes.map((e) => [e.start, e.end, e.reasonEnded]));
        expect(got).toEqual(expected);
        const periods = episodes.filter((e) => e.reasonNewEpisode === 'S' && e.start <= dataEnd).length;
        expect(timeline?.periods).toHaveLength(periods);
      }),
      { numRuns: 300, seed: 903 },
    );
  });
});
