import { describe, expect, it } from 'vitest';
import type { ChildTimeline, EpisodeSpan } from '../care/timeline-types.ts';
import { day } from '../dates/index.ts';
import { yearSummary } from './year-summary.ts';

function episode(start: number, end: number | null, legalStatus = 'C2'): EpisodeSpan {
  return {
    start,
    end,
    legalStatus,
    reasonNewEpisode: 'S',
    categoryOfNeed: 'N1',
    placementType: 'U6',
    provider: 'PR1',
    reasonEnded: end === null ? null : 'E4A',
    reasonPlaceChange: null,
    homePostcode: null,
    placementPostcode: null,
    urn: null,
    sourceYear: 2025,
  };
}

function child(childId: string, episodes: EpisodeSpan[]): ChildTimeline {
  const last = episodes[episodes.length - 1];
  return {
    childId,
    sex: 'F',
    dob: day(2012, 5, 1),
    ethnicity: 'WBRI',
    uasc: null,
    missing: [],
    observedUntil: day(2025, 3, 31),
    findings: [],
    periods: [
      {
        start: episodes[0]?.start ?? 0,
        end: last?.end ?? null,
        reasonEnded: null,
        lostToFollowUp: false,
        episodes,
        placements: [],
      },
    ],
  };
}

describe('yearSummary (2024/25: 1 April 2024 – 31 March 2025)', () => {
  // a: in care all year, still open → during and at 31 March.
  // b: left care on 31 March 2025 → during, not at 31 March (an episode covers start ≤ day < end).
  // c: only short breaks (V3) in the year → neither.
  // d: left care on 1 April 2024 → during (it ceased in the year), not at 31 March 2025.
  // e: short break then a C2 episode open at 31 March → both.
  // f: entered 31 March 2025 → both.
  const timelines = [
    child('a', [episode(day(2023, 1, 1), null)]),
    child('b', [episode(day(2024, 6, 1), day(2025, 3, 31))]),
    child('c', [episode(day(2024, 7, 1), day(2024, 7, 3), 'V3'), episode(day(2025, 3, 30), null, 'V3')]),
    child('d', [episode(day(2023, 1, 1), day(2024, 4, 1))]),
    child('e', [episode(day(2024, 5, 1), day(2024, 5, 2), 'V4'), episode(day(2024, 9, 1), null, 'C2')]),
    child('f', [episode(day(2025, 3, 31), null)]),
  ];
  it('counts children looked after during the year and at 31 March, excluding short-break-only children', () => {
    expect(yearSummary(timelines, 2025)).toEqual({
      collectionYear: 2025,
      lookedAfterDuringYear: 5,
      lookedAfterAtCensus: 3,
    });
  });
  it('counts the year before from the same timelines', () => {
    // 2023/24: a (from 1 Jan 2023) and d (to 1 April 2024, so at 31 March 2024) only.
    expect(yearSummary(timelines, 2024)).toEqual({
      collectionYear: 2024,
      lookedAfterDuringYear: 2,
      lookedAfterAtCensus: 2,
    });
  });
});
