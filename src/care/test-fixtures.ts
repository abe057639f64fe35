/**
 * Small synthetic fixtures for the care tests: dates written as the 903 writes them, one-line episodes.
 * Not used outside tests.
 */
import { collectionYearBounds, type EpochDay, parseUkDate } from '../dates/index.ts';
import type { ChildHeader, Episode } from '../ssda903/records.ts';
import type { TimelineOptions } from './build-timelines.ts';
import type { LocatedPostcode } from './locality.ts';
import type { ReturnData } from './timeline-types.ts';

/** `dd/mm/yyyy` → epoch day (fixtures only: throws on a typo). */
export function d(text: string): EpochDay {
  const value = parseUkDate(text);
  if (value === null) throw new RangeError(`bad fixture date ${text}`);
  return value;
}

/** An episode: `start` and `end` as dd/mm/yyyy, the rest defaulting to an in-house foster placement. */
export function episode(
  childId: string,
  start: string,
  end: string | null,
  fields: Partial<Omit<Episode, 'childId' | 'start' | 'end'>> = {},
): Episode {
  return {
    childId,
    start: d(start),
    end: end === null ? null : d(end),
    reasonNewEpisode: 'S',
    legalStatus: 'C2',
    categoryOfNeed: 'N1',
    placementType: 'U4',
    provider: 'PR1',
    reasonEnded: end === null ? null : 'X1',
    reasonPlaceChange: null,
    homePostcode: 'HOME 1',
    placementPostcode: 'NEAR 1',
    urn: null,
    ...fields,
  };
}

export function header(childId: string, dob: string): ChildHeader {
  return {
    childId,
    sex: 'F',
    dob: d(dob),
    ethnicity: 'WBRI',
    upn: null,
    motherStatus: null,
    motherChildDob: null,
  };
}

/** A full return for a collection year (observed to 31 March); headers made for every child with episodes. */
export function fullReturn(year: number, episodes: Episode[], dob = '15/06/2010'): ReturnData {
  return batch(year, 'return', collectionYearBounds(year).end, episodes, dob);
}

/** An in-year extract observed up to `asAt`. */
export function inYearExtract(
  year: number,
  asAt: string,
  episodes: Episode[],
  dob = '15/06/2010',
): ReturnData {
  return batch(year, 'in-year', d(asAt), episodes, dob);
}

function batch(
  year: number,
  kind: ReturnData['kind'],
  observedUntil: EpochDay,
  episodes: Episode[],
  dob: string,
) {
  const children = [...new Set(episodes.map((e) => e.childId))];
  return {
    collectionYear: year,
    kind,
    observedUntil,
    headers: children.map((c) => header(c, dob)),
    episodes,
    uasc: [],
    missing: [],
  };
}

/**
 * A fake postcode directory: HOME 1 at (400000, 300000); NEAR 1 3 km east; FAR 1 50 km east (another
 * district); any other postcode unknown. The council's district is E06000001.
 */
export const GRID: Record<string, LocatedPostcode> = {
  'HOME 1': { easting: 400_000, northing: 300_000, district: 'E06000001' },
  'NEAR 1': { easting: 403_000, northing: 300_000, district: 'E06000001' },
  'FAR 1': { easting: 450_000, northing: 300_000, district: 'E06000002' },
};

export const OPTIONS: TimelineOptions = {
  councilCode: 'E06000001',
  locate: (postcode) => GRID[postcode] ?? null,
  inArea: (district) => district === 'E06000001',
};
