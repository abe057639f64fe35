import { describe, expect, it } from 'vitest';
import { buildTimelines, episodeOn, placementOn } from '../care/index.ts';
import type { ReturnData } from '../care/timeline-types.ts';
import { censusDate, collectionYearBounds } from '../dates/index.ts';
import { generateCouncil, syntheticReturnData } from '../synth/index.ts';
import { TEST_PLACES } from '../synth/test-places.ts';
import { computeIndicators, INDICATOR_FAMILIES, type IndicatorFamily } from './all-indicators.ts';
import { firstStartIn } from './care-events.ts';
import { characteristicsOn, isUascOn } from './characteristics.ts';
import { isLookedAfterOn } from './looked-after.ts';
import { isShortBreakPlacement } from './placement-facts.ts';
import { placementsStartedIn } from './placement-mix.ts';
import { placementsInYear } from './placements-in-year.ts';
import { d, episode, timelinesFor } from './test-timelines.ts';
import { yearFacts, yearFactsOf } from './year-facts.ts';

/**
 * A synthetic council of 200 children over 3 years, with every postcode placed on a made-up grid (a
 * hash of the postcode) so distances, districts and "in area" are known for most placements.
 */
const COUNCIL = 'E06000016';
const DISTRICTS = ['E06000016', 'E06000016', 'E06000017', 'E08000025', 'W06000015'];
const synthetic = generateCouncil(
  { councilCode: COUNCIL, children: 200, years: 3, lastYear: 2026, seed: 5 },
  TEST_PLACES,
);
const returns: ReturnData[] = synthetic.returns.map(syntheticReturnData);
const hash = (text: string) => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
const timelines = buildTimelines(returns, {
  councilCode: COUNCIL,
  // One postcode in nine is "not found", so unknown locations are exercised too.
  locate: (postcode) => {
    const h = hash(postcode);
    if (h % 9 === 0) return null;
    return {
      easting: 400_000 + (h % 60_000),
      northing: 300_000 + ((h >>> 8) % 60_000),
      district: DISTRICTS[h % DISTRICTS.length] as string,
    };
  },
  inArea: (district) => district === COUNCIL,
});
const disability = new Map(timelines.filter((_, i) => i % 4 === 0).map((t, i) => [t.childId, i % 2 === 0]));

/** Every family called on its own, on all the timelines, with no shared facts: each works them out. */
const plainFamilies: IndicatorFamily[] = INDICATOR_FAMILIES.map(
  (family): IndicatorFamily =>
    ({ facts: _, ...input }) =>
      family({ ...input, timelines }),
);

describe('yearFacts', () => {
  it('gives every family the same figures as the plain path, year by year', () => {
    for (const collectionYear of [2024, 2025, 2026]) {
      const input = {
        timelines,
        councilCode: COUNCIL,
        collectionYear,
        population0to17: 40_000,
        localDisability: disability,
      };
      const shared = computeIndicators(input);
      const plain = computeIndicators(input, plainFamilies);
      expect(shared).toEqual(plain);
      // Not vacuous: the council has children at 31 March, with placements located and not.
      const headline = shared.find((i) => i.id === 'population.looked-after-at-31-march');
      expect(headline?.cells[0]?.value).toBeGreaterThan(50);
      const area = shared.find((i) => i.id === 'location.area-at-31-march');
      expect(area?.cells.find((c) => c.key.area === 'outside')?.value).toBeGreaterThan(0);
      expect(area?.unknown?.count).toBeGreaterThan(0);
    }
  });

  it('holds, for every child, what the timeline queries answer one by one', () => {
    for (const year of [2024, 2025, 2026]) {
      const census = censusDate(year);
      const { start, end } = collectionYearBounds(year);
      const facts = yearFacts(timelines, year);
      const expected = timelines.filter((t) => isLookedAfterOn(t, census)).map((t) => t.childId);
      expect(facts.atCensus.map((c) => c.timeline.childId)).toEqual(expected);
      expect(facts.children.map((c) => c.timeline)).toEqual(timelines);
      for (const { timeline, census: at, firstStart, placementsStarted } of facts.children) {
        expect(firstStart).toEqual(firstStartIn(timeline, start, end));
        const started = placementsStartedIn(timeline, start, end);
        expect(placementsStarted.map((p) => p.placement).filter((p) => !isShortBreakPlacement(p))).toEqual(
          started,
        );
        if (!at) continue;
        expect(at.episode).toBe(episodeOn(timeline, census));
        expect(at.placement).toBe(placementOn(timeline, census));
        expect(at.characteristics).toEqual(characteristicsOn(timeline, census, at.episode.categoryOfNeed));
        expect(at.uasc).toBe(isUascOn(timeline, census));
        expect(at.placementsInYear).toBe(placementsInYear(timeline, year).length);
      }
    }
  });

  it('works out one child’s year by hand', () => {
    // Born 1 June 2012; in care from 10 May 2024 (U4 foster), moved 1 Dec 2024 (RNE P) to a K2 home.
    // 2024/25: first start 10 May 2024; placements started: both; at 31 March 2025 aged 12 (10-15), in K2.
    const child = timelinesFor(2025, {
      A: {
        dob: '01/06/2012',
        episodes: [
          episode('A', '10/05/2024', '01/12/2024', { reasonEnded: 'X1' }),
          episode('A', '01/12/2024', null, {
            reasonNewEpisode: 'P',
            placementType: 'K2',
            provider: 'PR4',
            reasonPlaceChange: 'CARPL',
            placementPostcode: 'FAR 1',
            urn: 'SC123456',
          }),
        ],
      },
    });
    const [a] = yearFacts(child, 2025).children;
    expect(a?.firstStart?.start).toBe(d('10/05/2024'));
    expect(a?.placementsStarted.map((p) => p.placement.start)).toEqual([d('10/05/2024'), d('01/12/2024')]);
    expect(a?.census?.age).toBe(12);
    expect(a?.census?.ageBand).toBe('10-15');
    expect(a?.census?.placement?.placementType).toBe('K2');
    expect(a?.census?.placementsInYear).toBe(2);
    // The facts the caller passes are used as given; without them the same ones are worked out once.
    const input = { timelines: child, councilCode: COUNCIL, collectionYear: 2025 };
    expect(yearFactsOf(input)).toBe(yearFactsOf(input));
  });
});
