import { describe, expect, it } from 'vitest';
import {
  buildTimelines,
  type ChildTimeline,
  isLookedAfterOn,
  type ReturnData,
  type TimelineOptions,
} from '../care/index.ts';
import { censusDate, collectionYearBounds, type EpochDay, parseUkDate } from '../dates/index.ts';
import type { Episode } from '../ssda903/index.ts';
import { generateCouncil, syntheticReturnData } from '../synth/index.ts';
import { TEST_PLACES } from '../synth/test-places.ts';
import { asKnownAt } from './as-known-at.ts';

const d = (text: string): EpochDay => parseUkDate(text) as EpochDay;

const options: TimelineOptions = { councilCode: 'E06000001', locate: () => null, inArea: () => true };

function episode(childId: string, start: string, end: string | null): Episode {
  return {
    childId,
    start: d(start),
    end: end === null ? null : d(end),
    reasonNewEpisode: 'S',
    legalStatus: 'C2',
    categoryOfNeed: 'N1',
    placementType: 'U4',
    provider: 'PR1',
    reasonEnded: end === null ? null : 'E11',
    reasonPlaceChange: null,
    homePostcode: null,
    placementPostcode: null,
    urn: null,
  };
}

function fullReturn(year: number, episodes: Episode[], extra: Partial<ReturnData> = {}): ReturnData {
  const children = [...new Set(episodes.map((e) => e.childId))];
  return {
    collectionYear: year,
    kind: 'return',
    observedUntil: collectionYearBounds(year).end,
    headers: children.map((childId) => ({
      childId,
      sex: 'F',
      dob: d('15/06/2010'),
      ethnicity: 'WBRI',
      upn: null,
      motherStatus: null,
      motherChildDob: null,
    })),
    episodes,
    uasc: [],
    missing: [],
    ...extra,
  };
}

// 2023/24: A in care from 01/06/2023, still there at 31/03/2024; B in care 01/05/2023–10/01/2024.
const r2024 = fullReturn(2024, [episode('A', '01/06/2023', null), episode('B', '01/05/2023', '10/01/2024')]);
// 2024/25: A leaves care on 15/12/2024; C (UASC until 01/03/2025) enters on 01/11/2024.
const r2025 = fullReturn(2025, [episode('A', '01/06/2023', '15/12/2024'), episode('C', '01/11/2024', null)], {
  uasc: [{ childId: 'C', sex: 'F', dob: d('15/06/2010'), uascCeased: d('01/03/2025') }],
  missing: [
    { childId: 'A', dob: d('15/06/2010'), kind: 'M', start: d('20/09/2024'), end: d('05/10/2024') },
    { childId: 'A', dob: d('15/06/2010'), kind: 'A', start: d('01/10/2024'), end: d('02/10/2024') },
  ],
});
const returns = [r2024, r2025];

describe('asKnownAt at the first 31 March', () => {
  const origin = censusDate(2024);
  const known = asKnownAt(returns, origin);

  it('drops the later return and keeps the earlier one as it was', () => {
    expect(known).toHaveLength(1);
    expect(known[0]).toBe(r2024);
  });

  it('rebuilds timelines as an analyst had them: A still in care, B left, C unknown', () => {
    const timelines = buildTimelines(known, options);
    // A's period is open (it ended 15/12/2024, after the origin); C started 01/11/2024, after it.
    const periods = timelines.map((t) => [t.childId, t.periods.map((p) => [p.start, p.end, p.reasonEnded])]);
    expect(periods).toEqual([
      ['A', [[d('01/06/2023'), null, null]]],
      ['B', [[d('01/05/2023'), d('10/01/2024'), 'E11']]],
    ]);
    expect(timelines.every((t) => t.observedUntil === origin)).toBe(true);
    // The same as building from the first return alone.
    expect(timelines).toEqual(buildTimelines([r2024], options));
  });

  it('differs from the full data, where A has left and C has arrived', () => {
    const full = buildTimelines(returns, options);
    expect(full.find((t) => t.childId === 'A')?.periods[0]?.end).toBe(d('15/12/2024'));
    expect(full.map((t) => t.childId)).toContain('C');
  });
});

describe('asKnownAt inside a return year (the cutting rules)', () => {
  // 30/09/2024 falls in 2024/25: that return is cut, not dropped.
  const origin = d('30/09/2024');
  const [first, cut] = asKnownAt(returns, origin);

  it('re-opens what ended later, drops what started later, caps observedUntil', () => {
    expect(first).toBe(r2024);
    expect(cut?.observedUntil).toBe(origin);
    // A's episode ended 15/12/2024 > origin: re-opened, reason blanked. C's started 01/11/2024: gone.
    expect(cut?.episodes).toEqual([{ ...episode('A', '01/06/2023', null), reasonEnded: null }]);
    // C goes from every table; A's header stays.
    expect(cut?.headers.map((h) => h.childId)).toEqual(['A']);
    expect(cut?.uasc).toEqual([]);
    // Missing 20/09–05/10 re-opened; missing from 01/10 not begun yet.
    expect(cut?.missing).toEqual([
      { childId: 'A', dob: d('15/06/2010'), kind: 'M', start: d('20/09/2024'), end: null },
    ]);
  });

  it('keeps UASC status current when it ceased after the origin', () => {
    const [, c] = asKnownAt(returns, d('15/11/2024'));
    expect(c?.uasc).toEqual([{ childId: 'C', sex: 'F', dob: d('15/06/2010'), uascCeased: null }]);
  });

  it('rebuilds A as still in care at the origin', () => {
    const a = buildTimelines(asKnownAt(returns, origin), options).find((t) => t.childId === 'A');
    expect(a?.periods.map((p) => [p.start, p.end])).toEqual([[d('01/06/2023'), null]]);
    expect(a?.observedUntil).toBe(origin);
  });

  it('does not change its input', () => {
    expect(r2025.episodes[0]?.end).toBe(d('15/12/2024'));
    expect(r2025.episodes).toHaveLength(2);
  });
});

describe('asKnownAt on a synthetic council (150 children, 2022/23–2025/26 returns, 2026/27 truth)', () => {
  const council = generateCouncil(
    { councilCode: 'E06000016', children: 150, years: 4, lastYear: 2026, seed: 11, futureYears: 1 },
    TEST_PLACES,
  );
  // The generator's tables carry domain field names, so its rows are the domain records.
  const all: ReturnData[] = [...council.returns, ...council.truth].map(syntheticReturnData);
  const full = buildTimelines(all, options);
  const inCareOn = (timelines: ChildTimeline[], on: EpochDay) =>
    timelines.filter((t) => isLookedAfterOn(t, on)).map((t) => t.childId);

  it('at 31 March 2024 matches the timelines built from the 2023 and 2024 returns alone', () => {
    const known = buildTimelines(asKnownAt(all, censusDate(2024)), options);
    expect(known).toEqual(buildTimelines(all.slice(0, 2), options));
  });

  const origins: [string, EpochDay][] = [
    ['31/03/2024', censusDate(2024)],
    ['30/09/2024 (a return cut mid-year)', d('30/09/2024')],
    ['31/03/2026', censusDate(2026)],
  ];
  for (const [label, origin] of origins) {
    it(`at ${label} knows who was in care that day, and nothing after it`, () => {
      const known = buildTimelines(asKnownAt(all, origin), options);
      // Everything up to the origin is known, so the same children are looked after on it.
      expect(inCareOn(known, origin)).toEqual(inCareOn(full, origin));
      expect(inCareOn(known, origin).length).toBeGreaterThan(100);
      const dates = known.flatMap((t) => t.periods.flatMap((p) => [p.start, p.end ?? 0]));
      expect(Math.max(...dates)).toBeLessThanOrEqual(origin);
      expect(known.every((t) => t.observedUntil === origin)).toBe(true);
    });
  }
});
