import type { SynthPlaces } from '../types.ts';
import type { PlacementFact } from './placement-facts.ts';

/**
 * The postcode district (outward code) of a postcode: "LE4 5AB" → "LE4". The local data holds districts
 * only, never a full postcode, so no carer's address is kept. null for a blank or too-short postcode.
 */
export function postcodeDistrict(postcode: string | null): string | null {
  if (postcode === null) return null;
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return compact.length >= 5 ? compact.slice(0, -3) : null;
}

/** Distinct districts of some postcodes, in first-seen order (so the draws from them are seeded, not sorted). */
function districtsOf(postcodes: readonly (string | null)[]): string[] {
  const out = new Set<string>();
  for (const p of postcodes) {
    const d = postcodeDistrict(p);
    if (d !== null) out.add(d);
  }
  return [...out];
}

/** Postcode districts of the council's own area and of the area around it. */
export interface CouncilDistricts {
  home: string[];
  near: string[];
}

/**
 * The council's districts: from the places the 903 was generated with when given (its own ONS districts'
 * postcodes, and those within ~20 miles: `placesForCouncil`), else from where its in-house carers and
 * homes are in the 903 (PR1 placement postcodes). Never empty: a council with neither gets a placeholder.
 */
export function councilDistricts(
  places: SynthPlaces | undefined,
  placements: readonly PlacementFact[],
): CouncilDistricts {
  const home = places
    ? districtsOf(places.homePostcodes)
    : districtsOf(placements.filter((p) => p.provider === 'PR1').map((p) => p.placementPostcode));
  const near = places ? districtsOf(places.nearPostcodes) : [];
  const own = home.length > 0 ? home : ['ZZ1'];
  return { home: own, near: near.length > 0 ? near : own };
}
