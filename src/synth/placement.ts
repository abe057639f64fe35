import { day, type EpochDay } from '../dates/index.ts';
import type { PlacementKind } from './calibration.ts';
import type { Rng } from './rng.ts';
import { type Area, areaFor, postcodeIn, type Setting, type SettingRoster } from './settings.ts';

/** Where a child is placed: the episode fields that belong to the home rather than to the child. */
export interface PlacementSlot {
  kind: PlacementKind;
  placementType: string;
  provider: string | null;
  postcode: string | null;
  urn: string | null;
  /** Whether this slot is > 20 miles away (drawn from the "far" list); for calibration checks. */
  area: Area;
}

/** K3 replaces H5/P2 for placements from 2024/25; Z1 splits into Z11–Z14 from 2025/26. */
export const K3_FROM = day(2024, 4, 1);
export const Z1_SPLIT = day(2025, 4, 1);

const OUTSIDE_ENGLAND_URN = 'XXXXXXX';

function fromPool(rng: Rng, pool: Record<'home' | 'near' | 'far', Setting[]>, kind: PlacementKind) {
  const area = areaFor(rng, kind);
  return rng.pick(pool[area]);
}

function slot(
  kind: PlacementKind,
  placementType: string,
  s: Omit<PlacementSlot, 'kind' | 'placementType'>,
): PlacementSlot {
  return { kind, placementType, ...s };
}

/** The "other" code on a date: Z1 until 2024/25, then one of Z11–Z14 (provider blank). */
export function otherCode(rng: Rng, on: EpochDay): string {
  return on < Z1_SPLIT ? 'Z1' : rng.pick(['Z11', 'Z12', 'Z13', 'Z14']);
}

/**
 * A new placement of a kind, started on a date, for a child of an age. The codes chosen are valid
 * on that date (K3 from 2024/25, Z11–Z14 from 2025/26); `homePostcode` is where a child placed
 * with parents lives.
 */
export function placeChild(
  rng: Rng,
  roster: SettingRoster,
  kind: PlacementKind,
  on: EpochDay,
  age: number,
  homePostcode: string | null,
): PlacementSlot {
  const places = roster.places;
  switch (kind) {
    case 'fosterInHouse':
    case 'kinship': {
      const area = areaFor(rng, kind);
      const code = kind === 'kinship' ? 'U3' : 'U6';
      return slot(kind, code, {
        provider: 'PR1',
        postcode: postcodeIn(rng, places, area),
        urn: roster.fosteringServiceUrn,
        area,
      });
    }
    case 'fosterIfa': {
      const area = areaFor(rng, kind);
      const agency = rng.pick(roster.ifas);
      return slot(kind, 'U6', {
        provider: agency.provider,
        postcode: postcodeIn(rng, places, area),
        urn: agency.urn,
        area,
      });
    }
    case 'homeInHouse': {
      const home = rng.pick(roster.homesInHouse);
      return slot(kind, 'K2', { provider: 'PR1', postcode: home.postcode, urn: home.urn, area: 'home' });
    }
    case 'homeExternal': {
      const home = fromPool(rng, roster.homesExternal, kind);
      if (home.area === 'far' && places.outsideEnglandPostcodes?.length && rng.chance(0.04)) {
        const postcode = postcodeIn(rng, places, 'outside');
        return slot(kind, 'K2', {
          provider: home.provider,
          postcode,
          urn: OUTSIDE_ENGLAND_URN,
          area: 'outside',
        });
      }
      return slot(kind, 'K2', {
        provider: home.provider,
        postcode: home.postcode,
        urn: home.urn,
        area: home.area,
      });
    }
    case 'secure': {
      const home = fromPool(rng, roster.secure, kind);
      return slot(kind, 'K1', {
        provider: home.provider,
        postcode: home.postcode,
        urn: home.urn,
        area: home.area,
      });
    }
    case 'supported': {
      const home = fromPool(rng, roster.supported, kind);
      if (on >= K3_FROM) {
        return slot(kind, 'K3', {
          provider: home.provider,
          postcode: home.postcode,
          urn: home.urn,
          area: home.area,
        });
      }
      // Before 2024/25: semi-independent (H5) or, for some 17-year-olds, independent living (P2); no URN.
      const code = age >= 17 && rng.chance(0.25) ? 'P2' : 'H5';
      const area = areaFor(rng, kind);
      return slot(kind, code, {
        provider: home.provider,
        postcode: postcodeIn(rng, places, area),
        urn: null,
        area,
      });
    }
    case 'parents': {
      const atHome = homePostcode !== null && rng.chance(0.9);
      const area: Area = atHome ? 'home' : areaFor(rng, kind);
      const postcode = atHome ? homePostcode : postcodeIn(rng, places, area);
      return slot(kind, 'P1', { provider: 'PR0', postcode, urn: null, area });
    }
    case 'adoption': {
      const area = areaFor(rng, kind);
      const provider = rng.chance(0.85) ? 'PR1' : 'PR5';
      return slot(kind, 'A6', {
        provider,
        postcode: postcodeIn(rng, places, area),
        urn: roster.adoptionAgencyUrn,
        area,
      });
    }
    case 'parentChild': {
      const unit = fromPool(rng, roster.parentChild, kind);
      return slot(kind, 'R3', {
        provider: unit.provider,
        postcode: unit.postcode,
        urn: unit.urn,
        area: unit.area,
      });
    }
    case 'residentialOther': {
      const school = fromPool(rng, roster.residentialOther, kind);
      if (rng.chance(0.75)) {
        return slot(kind, 'S1', {
          provider: school.provider,
          postcode: school.postcode,
          urn: school.urn,
          area: school.area,
        });
      }
      return slot(kind, 'R1', { provider: 'PR4', postcode: school.postcode, urn: null, area: school.area });
    }
    case 'other': {
      const area = areaFor(rng, kind);
      const postcode = postcodeIn(rng, places, area);
      const u = rng.float();
      if (age >= 10 && u < 0.2) return slot(kind, 'R2', { provider: 'PR3', postcode, urn: null, area });
      if (age >= 12 && u < 0.35) return slot(kind, 'R5', { provider: 'PR3', postcode, urn: null, area });
      // The last day of 2024/25 takes neither Z1 (gone next year) nor Z11–Z14 (not yet valid).
      if (on === Z1_SPLIT - 1) return slot(kind, 'R2', { provider: 'PR3', postcode, urn: null, area });
      const code = otherCode(rng, on);
      return slot(kind, code, { provider: code === 'Z1' ? 'PR4' : null, postcode, urn: null, area });
    }
  }
}

/** A temporary placement (T1 hospital, T3 while the foster carer is away, T4 other ≤ 7 days): no provider, no URN. */
export function temporarySlot(code: 'T1' | 'T3' | 'T4'): PlacementSlot {
  return { kind: 'other', placementType: code, provider: null, postcode: null, urn: null, area: 'home' };
}
