import { censusDate, collectionYearOf, type EpochDay } from '../../dates/index.ts';
import type { HomeType, InHouseHome } from '../../local/records.ts';
import type { Rng } from '../rng.ts';
import { freshUrn, ofstedGrade } from './ofsted-grade.ts';
import { type CouncilFacts, overlaps, type PlacementFact } from './placement-facts.ts';
import { type CouncilDistricts, postcodeDistrict } from './postcode-district.ts';

/** Share of beds filled on a 31 March the council plans its homes for. */
export const HOME_OCCUPANCY = 0.85;

/** The council's own homes in the 903: children's homes (K2 with PR1) and supported accommodation (K3 with PR1). */
export function inHouseHomeType(p: PlacementFact): HomeType | null {
  if (p.provider !== 'PR1' || p.urn === null) return null;
  if (p.category === 'residential-in-house') return 'childrens-home';
  if (p.category === 'supported') return 'supported';
  return null;
}

/** Children in a home on a day (placements cover start ≤ day < end). */
export function childrenIn(placements: readonly PlacementFact[], on: EpochDay): number {
  return placements.filter((p) => p.start <= on && (p.end === null || p.end > on)).length;
}

/** The 31 March census dates from the local data's first year to the as-at date. */
export function censusDates(facts: CouncilFacts): EpochDay[] {
  const out: EpochDay[] = [];
  for (let y = collectionYearOf(facts.windowStart); censusDate(y) <= facts.asAt; y++) out.push(censusDate(y));
  return out;
}

function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const v of values) {
    if (v === null) continue;
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > (best === null ? 0 : (counts.get(best) ?? 0))) best = v;
  }
  return best;
}

/**
 * The council's homes: one for each in-house URN in the 903, with beds enough for every 31 March and about
 * 85% full on average; one or two in the pipeline (opening after the as-at date, no URN yet) and one that
 * closed before the local data starts.
 */
export function inHouseHomes(
  rng: Rng,
  facts: CouncilFacts,
  districts: CouncilDistricts,
  name: (suffix: string) => string,
): InHouseHome[] {
  const byUrn = new Map<string, { type: HomeType; placements: PlacementFact[] }>();
  for (const p of facts.placements) {
    const type = inHouseHomeType(p);
    if (type === null || p.urn === null) continue;
    const entry = byUrn.get(p.urn) ?? { type, placements: [] };
    entry.placements.push(p);
    byUrn.set(p.urn, entry);
  }
  const census = censusDates(facts);
  const urns = new Set(byUrn.keys());
  const homes: InHouseHome[] = [];
  for (const [urn, { type, placements }] of byUrn) {
    if (!placements.some((p) => overlaps(p, facts.windowStart, facts.asAt))) continue;
    const counts = census.map((d) => childrenIn(placements, d));
    const mean = counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length);
    const beds = Math.max(type === 'supported' ? 3 : 2, ...counts, Math.round(mean / HOME_OCCUPANCY));
    const earliest = Math.min(...placements.map((p) => p.start));
    homes.push({
      homeId: '',
      name: name(type === 'supported' ? 'Supported Living' : 'House'),
      urn,
      type,
      beds,
      opens: Math.min(earliest, facts.windowStart) - rng.between(180, 3650),
      closes: null,
      ofstedGrade: ofstedGrade(rng, type === 'supported'),
      postcodeDistrict:
        postcodeDistrict(mostCommon(placements.map((p) => p.placementPostcode))) ?? rng.pick(districts.home),
    });
  }
  const pipeline = rng.chance(0.5) ? 2 : 1;
  for (let i = 0; i < pipeline; i++) {
    homes.push({
      homeId: '',
      name: name('House'),
      urn: null,
      type: 'childrens-home',
      beds: rng.pick([2, 3, 4, 4, 6]),
      opens: facts.asAt + rng.between(60, 540),
      closes: null,
      ofstedGrade: null,
      postcodeDistrict: rng.pick(districts.home),
    });
  }
  homes.push({
    homeId: '',
    name: name('House'),
    urn: freshUrn(rng, urns),
    type: 'childrens-home',
    beds: rng.between(3, 5),
    opens: facts.windowStart - rng.between(8 * 365, 15 * 365),
    closes: facts.windowStart - rng.between(30, 400),
    ofstedGrade: rng.pick(['requires-improvement', 'inadequate', 'good'] as const),
    postcodeDistrict: rng.pick(districts.home),
  });
  homes.sort((a, b) => a.opens - b.opens || a.name.localeCompare(b.name));
  homes.forEach((h, i) => {
    h.homeId = `H${String(i + 1).padStart(2, '0')}`;
  });
  return homes;
}
