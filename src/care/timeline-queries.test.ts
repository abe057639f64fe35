import { describe, expect, it } from 'vitest';
import { buildTimelines } from './build-timelines.ts';
import { d, episode, fullReturn, OPTIONS } from './test-fixtures.ts';
import { episodeOn, isLookedAfterOn, periodOn, placementOn } from './timeline-queries.ts';
import type { ChildTimeline } from './timeline-types.ts';

// 2023/24 return: in-house foster home from 01/05/2023 → moves 01/09/2023 to an external children's home →
// leaves care 01/02/2024 (E4A) → short breaks (V3) in an in-house home from 01/03/2024, open at 31/03/2024.
const [timeline] = buildTimelines(
  [
    fullReturn(2024, [
      episode('C1', '01/05/2023', '01/09/2023'),
      episode('C1', '01/09/2023', '01/02/2024', {
        reasonNewEpisode: 'P',
        placementType: 'K2',
        provider: 'PR4',
        reasonEnded: 'E4A',
      }),
      episode('C1', '01/03/2024', null, { legalStatus: 'V3', placementType: 'K2', provider: 'PR1' }),
    ]),
  ],
  OPTIONS,
) as [ChildTimeline];

describe('a child on a date', () => {
  it('finds the placement, counting the start day in and the end day out', () => {
    expect(placementOn(timeline, d('30/04/2023'))).toBeNull();
    expect(placementOn(timeline, d('01/05/2023'))?.category).toBe('fostering-in-house');
    expect(placementOn(timeline, d('31/08/2023'))?.category).toBe('fostering-in-house');
    expect(placementOn(timeline, d('01/09/2023'))?.category).toBe('residential-external');
    expect(placementOn(timeline, d('01/02/2024'))).toBeNull();
    expect(periodOn(timeline, d('15/02/2024'))).toBeNull();
    expect(placementOn(timeline, d('31/03/2024'))?.category).toBe('residential-in-house');
  });

  it('answers nothing after the data stops', () => {
    expect(episodeOn(timeline, d('31/03/2024'))?.legalStatus).toBe('V3');
    expect(placementOn(timeline, d('01/04/2024'))).toBeNull();
    expect(isLookedAfterOn(timeline, d('01/04/2024'), { excludeShortBreaks: false })).toBe(false);
  });

  it('leaves short breaks out of looked-after unless asked', () => {
    expect(isLookedAfterOn(timeline, d('31/01/2024'))).toBe(true);
    expect(isLookedAfterOn(timeline, d('31/03/2024'), { excludeShortBreaks: true })).toBe(false);
    expect(isLookedAfterOn(timeline, d('31/03/2024'))).toBe(false);
    expect(isLookedAfterOn(timeline, d('31/03/2024'), { excludeShortBreaks: false })).toBe(true);
  });
});
