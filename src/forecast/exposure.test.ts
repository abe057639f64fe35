import { describe, expect, it } from 'vitest';
import {
  buildTimelines,
  type ChildTimeline,
  type EpisodeSpan,
  isLookedAfterOn,
  type PeriodOfCare,
  type Placement,
  type PlacementCategory,
  placementOn,
  type ReturnData,
} from '../care/index.ts';
import { ageOn, censusDate, day, type EpochDay } from '../dates/index.ts';
import { generateCouncil } from '../synth/index.ts';
import { TEST_PLACES } from '../synth/test-places.ts';
import { MODEL_AGE_STEPS } from './age-steps.ts';
import { cellKey, exposureAndEvents, uascGroup } from './exposure.ts';

function episodeSpan(start: EpochDay, end: EpochDay | null, legalStatus = 'C2'): EpisodeSpan {
  return {
    start,
    end,
    reasonNewEpisode: 'P',
    legalStatus,
    categoryOfNeed: 'N1',
    placementType: null,
    provider: null,
    reasonEnded: null,
    reasonPlaceChange: null,
    homePostcode: null,
    placementPostcode: null,
    urn: null,
    sourceYear: 2024,
  };
}

/** A placement of one episode. */
function placement(
  category: PlacementCategory,
  start: EpochDay,
  end: EpochDay | null,
  legalStatus = 'C2',
): Placement {
  return {
    start,
    end,
    episodes: [episodeSpan(start, end, legalStatus)],
    placementType: null,
    provider: null,
    category,
    inHouse: null,
    placementPostcode: null,
    homePostcode: null,
    urn: null,
    distanceMiles: null,
    inArea: null,
    reasonForMove: null,
    temporarySpells: 0,
  };
}

function child(
  childId: string,
  dob: EpochDay,
  placements: Placement[],
  extra: Partial<PeriodOfCare> = {},
  uasc: ChildTimeline['uasc'] = null,
): ChildTimeline {
  const first = placements[0] as Placement;
  const last = placements[placements.length - 1] as Placement;
  const period: PeriodOfCare = {
    start: first.start,
    end: last.end,
    reasonEnded: last.end === null ? null : 'E11',
    lostToFollowUp: false,
    episodes: placements.flatMap((p) => p.episodes),
    placements,
    ...extra,
  };
  return {
    childId,
    sex: 'F',
    dob,
    ethnicity: null,
    uasc,
    periods: [period],
    missing: [],
    observedUntil: day(2024, 3, 31),
    findings: [],
  };
}

const FROM = day(2023, 4, 1);
const TO = day(2024, 4, 1);

// A, born 15/06/2010: in-house fostering 01/04/2023–01/07/2023, then external residential, still open.
const A = child('A', day(2010, 6, 15), [
  placement('fostering-in-house', day(2023, 4, 1), day(2023, 7, 1)),
  placement('residential-external', day(2023, 7, 1), null),
]);
// B, born 01/01/2007, UASC: supported from 01/01/2023 (before the window) until leaving care on 01/10/2023.
const B = child(
  'B',
  day(2007, 1, 1),
  [placement('supported', day(2023, 1, 1), day(2023, 10, 1))],
  {},
  { ceased: null },
);
// C: a series of short breaks (V3) in fostering, ending in the window: never at risk.
const C = child('C', day(2012, 2, 1), [
  placement('fostering-in-house', day(2023, 5, 1), day(2023, 5, 5), 'V3'),
]);

describe('exposureAndEvents on a two-child fixture (window 01/04/2023 to 31/03/2024)', () => {
  const counts = exposureAndEvents([A, B, C], { from: FROM, to: TO });
  const cell = (age: number, category: Parameters<typeof cellKey>[2]) =>
    counts.cells.get(cellKey('all', age, category));

  it('splits A’s fostering days at the 13th birthday and puts the move in the cell of the day before', () => {
    // 01/04–14/06/2023 aged 12: 30 + 31 + 14 = 75 days; 15/06–30/06 aged 13: 16 days (91 in all).
    expect(cell(12, 'fostering')).toMatchObject({ exposureDays: 75, exits: 0 });
    expect(cell(12, 'fostering')?.moves.residential).toBe(0);
    expect(cell(13, 'fostering')).toMatchObject({ exposureDays: 16, exits: 0 });
    // Move to residential on 01/07/2023; the day before, 30/06, A is 13.
    expect(cell(13, 'fostering')?.moves).toEqual({ fostering: 0, residential: 1, supported: 0, other: 0 });
  });

  it('censors A’s open residential placement at the end of the window', () => {
    // 01/07/2023–31/03/2024: 31+31+30+31+30+31+31+29+31 = 275 days (2024 is a leap year), no event.
    expect(cell(13, 'residential')).toMatchObject({ exposureDays: 275, exits: 0 });
    expect(cell(13, 'residential')?.moves).toEqual({ fostering: 0, residential: 0, supported: 0, other: 0 });
  });

  it('clips B’s placement to the window and counts the exit', () => {
    // 01/04–30/09/2023 aged 16: 30+31+30+31+31+30 = 183 days; care ends 01/10/2023.
    expect(cell(16, 'supported')).toMatchObject({ exposureDays: 183, exits: 1 });
  });

  it('leaves short breaks out entirely, and has no other cells', () => {
    expect([...counts.cells.keys()].sort()).toEqual(
      ['all|12|fostering|0', 'all|13|fostering|0', 'all|13|residential|0', 'all|16|supported|0'].sort(),
    );
  });

  it('strata by UASC', () => {
    const byUasc = exposureAndEvents([A, B], { from: FROM, to: TO, groupOf: uascGroup });
    expect(byUasc.cells.get(cellKey('uasc', 16, 'supported'))?.exits).toBe(1);
    expect(byUasc.cells.get(cellKey('not-uasc', 13, 'residential'))?.exposureDays).toBe(275);
  });

  it('stops at the 18th birthday: no exposure or exit after it', () => {
    // D, born 01/08/2005, turns 18 on 01/08/2023 and leaves on 01/09/2023: at risk 01/04–31/07/2023
    // aged 17 = 30+31+30+31 = 122 days; the exit the day after a month aged 18 is outside the model.
    const D = child('D', day(2005, 8, 1), [placement('supported', day(2022, 1, 1), day(2023, 9, 1))]);
    const d = exposureAndEvents([D], { from: FROM, to: TO });
    expect([...d.cells.values()]).toEqual([
      {
        group: 'all',
        ageStep: 17,
        age: 17,
        category: 'supported',
        duration: 0,
        exposureDays: 122,
        moves: { fostering: 0, residential: 0, supported: 0, other: 0 },
        exits: 0,
      },
    ]);
  });

  it('counts the last seen day of a period lost to follow-up as at risk, with no exit', () => {
    // E, born 01/01/2015: fostering 01/03/2024 to 10/03/2024, last seen that day: 10 days, censored.
    const E = child('E', day(2015, 1, 1), [placement('fostering-ifa', day(2024, 3, 1), day(2024, 3, 10))], {
      lostToFollowUp: true,
    });
    const e = exposureAndEvents([E], { from: FROM, to: TO });
    expect(e.cells.get(cellKey('all', 9, 'fostering'))).toMatchObject({ exposureDays: 10, exits: 0 });
  });
});

describe('exposureAndEvents on a synthetic council, against a day-by-day count', () => {
  it('matches the looked-after children counted day by day, and the exits seen day by day', () => {
    // Independent check: walk every day of the window with the care queries. Person-days = children
    // looked after (short breaks excluded) aged under 18 on each day; exits = such a child not in care
    // the next day, within the data, unless the next day is their 18th birthday (the model's own exit).
    const synthetic = generateCouncil(
      { councilCode: 'E06000016', children: 100, years: 3, lastYear: 2026, seed: 11 },
      TEST_PLACES,
    );
    const returns = synthetic.returns.map((r) => ({
      collectionYear: r.collectionYear,
      kind: 'return',
      observedUntil: censusDate(r.collectionYear),
      headers: r.tables.Header ?? [],
      episodes: r.tables.Episodes ?? [],
      uasc: r.tables.UASC ?? [],
      missing: r.tables.Missing ?? [],
    })) as unknown as ReturnData[];
    const timelines = buildTimelines(returns, {
      councilCode: 'E06000016',
      locate: () => null,
      inArea: () => false,
    });
    const from = day(2024, 4, 1);
    const to = day(2026, 4, 1);
    let days = 0;
    let exits = 0;
    for (const t of timelines) {
      for (let d = from; d < to; d++) {
        if (!isLookedAfterOn(t, d) || ageOn(t.dob, d) >= 18 || !placementOn(t, d)) continue;
        days += 1;
        const leftBefore18 =
          ageOn(t.dob, d + 1) < 18 && !isLookedAfterOn(t, d + 1, { excludeShortBreaks: false });
        if (d + 1 <= t.observedUntil && leftBefore18) exits += 1;
      }
    }
    const counts = exposureAndEvents(timelines, { from, to });
    const cells = [...counts.cells.values()];
    expect(days).toBeGreaterThan(10_000);
    expect(cells.reduce((sum, c) => sum + c.exposureDays, 0)).toBe(days);
    expect(cells.reduce((sum, c) => sum + c.exits, 0)).toBe(exits);
  });
});

describe('exposureAndEvents with duration in care', () => {
  const bands = [91, 365];
  // F, born 01/01/2010, enters care (RNE S) on 01/03/2023 in fostering and leaves on 01/08/2023.
  // Window 01/04/2023–31/03/2024. Days in care: 01/03 is day 0, so band 1 (≥ 91 days) starts 31/05/2023.
  const enters = (start: EpochDay, end: EpochDay, rne: string) => {
    const p = placement('fostering-in-house', start, end);
    (p.episodes[0] as EpisodeSpan).reasonNewEpisode = rne;
    return p;
  };
  it('splits exposure where a new duration band starts and counts the exit in the band of the day before', () => {
    const F = child('F', day(2010, 1, 1), [enters(day(2023, 3, 1), day(2023, 8, 1), 'S')]);
    const counts = exposureAndEvents([F], { from: FROM, to: TO, durationBands: bands });
    // Band 0: 01/04–30/05/2023 = 30 + 30 = 60 days. Band 1: 31/05–31/07/2023 = 1 + 30 + 31 = 62 days.
    expect(counts.cells.get(cellKey('all', 13, 'fostering', 0))).toMatchObject({
      exposureDays: 60,
      exits: 0,
    });
    expect(counts.cells.get(cellKey('all', 13, 'fostering', 1))).toMatchObject({
      exposureDays: 62,
      exits: 1,
    });
  });

  it('leaves out the days whose band is unknown when the entry is before the data (no RNE S seen)', () => {
    // Same stay, but its first episode seen is a placement change (P): the true entry is earlier, so only
    // days from 01/03/2023 + 365 = 29/02/2024 can be banded (last band, ≥ 1 year) — after the exit: nothing.
    const G = child('G', day(2010, 1, 1), [enters(day(2023, 3, 1), day(2023, 8, 1), 'P')]);
    const counts = exposureAndEvents([G], { from: FROM, to: TO, durationBands: bands });
    expect([...counts.cells.values()]).toEqual([]);
    // Without duration bands every day counts as before: 01/04–31/07/2023 = 122 days and the exit.
    const plain = exposureAndEvents([G], { from: FROM, to: TO });
    expect(plain.cells.get(cellKey('all', 13, 'fostering'))).toMatchObject({ exposureDays: 122, exits: 1 });
  });

  it('does not count leaving on the 18th birthday as an exit (the model removes everyone then)', () => {
    // H, born 01/06/2005, leaves care on 01/06/2023, her 18th birthday: 61 days at risk aged 17, no exit.
    const H = child('H', day(2005, 6, 1), [placement('supported', day(2022, 1, 1), day(2023, 6, 1))]);
    const counts = exposureAndEvents([H], { from: FROM, to: TO });
    expect(counts.cells.get(cellKey('all', 17, 'supported'))).toMatchObject({ exposureDays: 61, exits: 0 });
  });
});

describe('exposureAndEvents with half-year age steps at 16–17', () => {
  it('splits exposure at half birthdays and counts a move in the step of the day before', () => {
    // J, born 31/08/2006: fostering from 01/01/2023, supported from 01/11/2023, still there at the window's end.
    // Steps: 16½ from 28/02/2023 (step 17), 17 from 31/08/2023 (step 18), 17½ from 29/02/2024 (step 19).
    const J = child('J', day(2006, 8, 31), [
      placement('fostering-in-house', day(2023, 1, 1), day(2023, 11, 1)),
      placement('supported', day(2023, 11, 1), null),
    ]);
    const counts = exposureAndEvents([J], { from: FROM, to: TO, ageSteps: MODEL_AGE_STEPS });
    // Fostering aged 16½: 01/04–30/08/2023 = 30 + 31 + 30 + 31 + 30 = 152 days.
    expect(counts.cells.get(cellKey('all', 17, 'fostering'))).toMatchObject({ age: 16, exposureDays: 152 });
    // Fostering aged 17: 31/08–31/10/2023 = 1 + 30 + 31 = 62 days, and the move to supported the day after.
    const at17 = counts.cells.get(cellKey('all', 18, 'fostering'));
    expect(at17).toMatchObject({ age: 17, exposureDays: 62 });
    expect(at17?.moves.supported).toBe(1);
    // Supported aged 17: 01/11/2023–28/02/2024 = 30 + 31 + 31 + 28 = 120 days; aged 17½: 29/02–31/03 = 32 days.
    expect(counts.cells.get(cellKey('all', 18, 'supported'))).toMatchObject({ exposureDays: 120, exits: 0 });
    expect(counts.cells.get(cellKey('all', 19, 'supported'))).toMatchObject({ age: 17, exposureDays: 32 });
    expect(counts.cells.size).toBe(4);
    expect(counts.ageSteps).toBe(MODEL_AGE_STEPS);
  });
});
