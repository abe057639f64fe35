/**
 * Hand-built timelines for the population, profile, placement, location and equality tests (test-only): a
 * child is a list of periods, a period a list of episodes; placements are formed as care forms them (a new
 * one at each S, P or T episode), with the distance, area and district given on the episode that starts them.
 */
import { isTemporaryPlacement, placementCategory } from '../care/index.ts';
import type { ChildTimeline, EpisodeSpan, PeriodOfCare, Placement } from '../care/timeline-types.ts';
import { type EpochDay, parseUkDate } from '../dates/index.ts';
import type { Sex } from '../ssda903/records.ts';

export function d(text: string): EpochDay {
  const value = parseUkDate(text);
  if (value === null) throw new RangeError(`bad fixture date ${text}`);
  return value;
}

export interface EpisodeFixture {
  rne?: string;
  ls?: string;
  cin?: string;
  place?: string;
  provider?: string | null;
  rec?: string | null;
  miles?: number | null;
  inArea?: boolean | null;
  district?: string | null;
}

export interface FixtureEpisode extends EpisodeSpan {
  locality: { miles: number | null; inArea: boolean | null; district: string | null };
}

/** An episode from `start` to `end` (dd/mm/yyyy), by default C2, N1, U4 with PR1, 3 miles away in area. */
export function ep(start: string, end: string | null, f: EpisodeFixture = {}): FixtureEpisode {
  return {
    start: d(start),
    end: end === null ? null : d(end),
    reasonNewEpisode: f.rne ?? 'S',
    legalStatus: f.ls ?? 'C2',
    categoryOfNeed: f.cin ?? 'N1',
    placementType: f.place ?? 'U4',
    provider: f.provider === undefined ? 'PR1' : f.provider,
    reasonEnded: f.rec === undefined ? (end === null ? null : 'X1') : f.rec,
    reasonPlaceChange: null,
    homePostcode: null,
    placementPostcode: null,
    urn: null,
    sourceYear: 2025,
    locality: {
      miles: f.miles === undefined ? 3 : f.miles,
      inArea: f.inArea === undefined ? true : f.inArea,
      district: f.district === undefined ? 'E06000001' : f.district,
    },
  };
}

function placementsOf(episodes: FixtureEpisode[]): Placement[] {
  const placements: Placement[] = [];
  for (const e of episodes) {
    const last = placements[placements.length - 1];
    if (last && !['S', 'P', 'T'].includes(e.reasonNewEpisode ?? 'S')) {
      last.end = e.end;
      last.episodes.push(e);
      continue;
    }
    placements.push({
      start: e.start,
      end: e.end,
      episodes: [e],
      placementType: e.placementType,
      provider: e.provider,
      category: isTemporaryPlacement(e.placementType)
        ? 'temporary'
        : placementCategory(e.placementType, e.provider),
      inHouse: e.provider === null ? null : e.provider === 'PR1',
      placementPostcode: null,
      homePostcode: null,
      urn: null,
      distanceMiles: e.locality.miles,
      inArea: e.locality.inArea,
      placementDistrict: e.locality.district,
      reasonForMove: null,
      temporarySpells: 0,
    });
  }
  return placements;
}

/** A period of care made of contiguous episodes; its end and reason are the last episode's. */
export function period(episodes: FixtureEpisode[], lostToFollowUp = false): PeriodOfCare {
  const last = episodes[episodes.length - 1] as FixtureEpisode;
  return {
    start: (episodes[0] as FixtureEpisode).start,
    end: last.end,
    reasonEnded: last.reasonEnded,
    lostToFollowUp,
    episodes,
    placements: placementsOf(episodes),
  };
}

export interface ChildFixture {
  dob?: string;
  sex?: Sex | null;
  ethnicity?: string | null;
  /** Date UASC status ceased (dd/mm/yyyy), null while UASC; absent = never UASC. */
  uascCeased?: string | null;
  observedUntil?: string;
}

/** A child: born 15/06/2010, female, White British, observed to 31/03/2025 unless told otherwise. */
export function child(childId: string, periods: PeriodOfCare[], f: ChildFixture = {}): ChildTimeline {
  return {
    childId,
    sex: f.sex === undefined ? 'F' : f.sex,
    dob: d(f.dob ?? '15/06/2010'),
    ethnicity: f.ethnicity === undefined ? 'WBRI' : f.ethnicity,
    uasc: f.uascCeased === undefined ? null : { ceased: f.uascCeased === null ? null : d(f.uascCeased) },
    periods,
    missing: [],
    observedUntil: d(f.observedUntil ?? '31/03/2025'),
    findings: [],
  };
}

/** The cell with exactly this key (throws in a test when missing). */
export function cell<C extends { key: Record<string, string> }>(
  cells: readonly C[],
  key: Record<string, string>,
): C {
  const want = JSON.stringify(Object.entries(key).sort());
  const found = cells.find((c) => JSON.stringify(Object.entries(c.key).sort()) === want);
  if (!found) throw new Error(`no cell ${want}`);
  return found;
}

/** key → value of every cell, keys written `dim=value,…` (`{}` is ''), for compact expectations. */
export function values(
  cells: readonly { key: Record<string, string>; value: number | null }[],
): Record<string, number | null> {
  return Object.fromEntries(
    cells.map((c) => [
      Object.entries(c.key)
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
      c.value,
    ]),
  );
}

/** The indicator with this id (throws in a test when missing). */
export function byId<I extends { id: string }>(indicators: readonly I[], id: string): I {
  const found = indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}
