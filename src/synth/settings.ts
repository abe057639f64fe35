import { LOCATION, type PlacementKind } from './calibration.ts';
import type { Rng } from './rng.ts';
import type { SynthPlaces } from './types.ts';

export type Area = 'home' | 'near' | 'far' | 'outside';

/** A registered setting (children's home, supported accommodation, school …): one URN at one address. */
export interface Setting {
  urn: string;
  postcode: string | null;
  provider: string;
  area: Area;
}

type Pools = Record<Exclude<Area, 'outside'>, Setting[]>;

/**
 * The council's market: its own fostering service and homes, the agencies and homes it buys from,
 * each with a fixed URN and postcode, so a child placed in the same home twice gets the same URN
 * and postcode (as DfE rules 219/221 expect).
 */
export interface SettingRoster {
  places: SynthPlaces;
  fosteringServiceUrn: string;
  adoptionAgencyUrn: string;
  ifas: { urn: string; provider: string }[];
  homesInHouse: Setting[];
  homesExternal: Pools;
  supported: Pools;
  secure: Pools;
  residentialOther: Pools;
  parentChild: Pools;
}

/** Ofsted URNs: older registrations `SC` + 6 digits, newer ones 7 digits (supported accommodation 2xxxxxx). */
function urnMaker(rng: Rng): (style: 'old' | 'new' | 'supported') => string {
  const used = new Set<string>();
  return (style) => {
    for (;;) {
      const urn =
        style === 'old'
          ? `SC${String(rng.between(30_000, 499_999)).padStart(6, '0')}`
          : `${style === 'supported' ? 2 : rng.pick([1, 2])}${String(rng.int(1_000_000)).padStart(6, '0')}`;
      if (!used.has(urn)) {
        used.add(urn);
        return urn;
      }
    }
  };
}

/** A postcode in an area, falling back to a nearer list when the caller gave none. */
export function postcodeIn(rng: Rng, places: SynthPlaces, area: Area): string | null {
  const order: Record<Area, (string[] | undefined)[]> = {
    home: [places.homePostcodes, places.nearPostcodes, places.farPostcodes],
    near: [places.nearPostcodes, places.homePostcodes, places.farPostcodes],
    far: [places.farPostcodes, places.nearPostcodes, places.homePostcodes],
    outside: [places.outsideEnglandPostcodes, places.farPostcodes],
  };
  for (const list of order[area]) if (list && list.length > 0) return rng.pick(list);
  return null;
}

/** Where a placement of this kind is, by the calibrated shares (LOCATION). */
export function areaFor(rng: Rng, kind: PlacementKind): Exclude<Area, 'outside'> {
  const { far, near } = LOCATION[kind];
  const u = rng.float();
  return u < far ? 'far' : u < far + near ? 'near' : 'home';
}

function pools(
  rng: Rng,
  places: SynthPlaces,
  sizes: [number, number, number],
  make: (area: Area) => { urn: string; provider: string },
): Pools {
  const build = (area: Exclude<Area, 'outside'>, n: number): Setting[] =>
    Array.from({ length: Math.max(1, n) }, () => ({
      ...make(area),
      postcode: postcodeIn(rng, places, area),
      area,
    }));
  return { home: build('home', sizes[0]), near: build('near', sizes[1]), far: build('far', sizes[2]) };
}

/** Builds a council's market sized to its looked-after population. */
export function buildRoster(rng: Rng, places: SynthPlaces, children: number): SettingRoster {
  const urn = urnMaker(rng);
  const scale = Math.max(1, children / 100);
  const independent = (): string => (rng.chance(0.85) ? 'PR4' : 'PR5');
  const homeUrn = () => (rng.chance(0.65) ? urn('old') : urn('new'));
  return {
    places,
    fosteringServiceUrn: urn('old'),
    adoptionAgencyUrn: urn('old'),
    ifas: Array.from({ length: 14 }, () => ({ urn: urn('old'), provider: rng.chance(0.8) ? 'PR4' : 'PR5' })),
    homesInHouse: Array.from({ length: Math.max(2, Math.round(scale * 0.5)) }, () => ({
      urn: homeUrn(),
      postcode: postcodeIn(rng, places, 'home'),
      provider: 'PR1',
      area: 'home' as const,
    })),
    homesExternal: pools(
      rng,
      places,
      [Math.ceil(scale), Math.ceil(scale * 1.5), Math.ceil(scale * 4)],
      () => ({
        urn: homeUrn(),
        provider: rng.chance(0.05) ? 'PR2' : independent(),
      }),
    ),
    supported: pools(rng, places, [Math.ceil(scale), Math.ceil(scale), Math.ceil(scale)], () => ({
      urn: urn('supported'),
      provider: rng.chance(0.1) ? 'PR1' : independent(),
    })),
    secure: pools(rng, places, [1, 1, 4], () => ({ urn: urn('old'), provider: 'PR2' })),
    residentialOther: pools(rng, places, [1, 2, 4], () => ({ urn: urn('old'), provider: independent() })),
    parentChild: pools(rng, places, [1, 1, 2], () => ({ urn: urn('old'), provider: independent() })),
  };
}
