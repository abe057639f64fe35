import type { ContractBasis, Provider, ProviderType } from '../../local/records.ts';
import type { Rng, Weights } from '../rng.ts';
import { freshUrn, ofstedGrade } from './ofsted-grade.ts';
import { type CouncilFacts, overlaps, type PlacementFact } from './placement-facts.ts';
import { type CouncilDistricts, postcodeDistrict } from './postcode-district.ts';
import { PROVIDER_PRICES } from './unit-costs.ts';

const EXTERNAL = new Set(['PR2', 'PR3', 'PR4', 'PR5']);
const OUTSIDE_ENGLAND_URN = 'XXXXXXX';

/** The market and who each external placement was bought from. */
export interface Market {
  providers: Provider[];
  providerOf: Map<PlacementFact, Provider>;
}

/** Whether a placement is bought from a provider: external (PR2–PR5), or "other" provision with no provider code. */
export function isBought(p: PlacementFact): boolean {
  if (p.shortBreak || p.category === 'adoption' || p.category === 'placed-with-parents') return false;
  if (p.category === 'temporary' || p.category === 'unknown') return false;
  return (p.provider !== null && EXTERNAL.has(p.provider)) || (p.provider === null && p.category === 'other');
}

/** The kind of provider a placement code is bought from. */
export function providerTypeOf(p: PlacementFact): ProviderType {
  switch (p.category) {
    case 'fostering-ifa':
    case 'fostering-other-council':
      return 'ifa';
    case 'residential-external':
    case 'residential-in-house':
      return 'childrens-home';
    case 'secure':
      return 'secure';
    case 'residential-other':
      return p.placementType === 'S1' ? 'residential-school' : 'other';
    case 'supported':
      return 'supported-accommodation';
    case 'parent-and-child':
      return 'parent-and-child';
    default:
      return 'other';
  }
}

const BASIS: Record<ProviderType, Weights<ContractBasis>> = {
  ifa: [
    ['framework', 70],
    ['spot', 30],
  ],
  'childrens-home': [
    ['framework', 45],
    ['block', 10],
    ['spot', 45],
  ],
  'supported-accommodation': [
    ['framework', 50],
    ['block', 20],
    ['spot', 30],
  ],
  secure: [['spot', 1]],
  'residential-school': [
    ['framework', 40],
    ['spot', 60],
  ],
  'parent-and-child': [
    ['framework', 50],
    ['spot', 50],
  ],
  other: [['spot', 1]],
};

const PLACES: Record<ProviderType, [number, number] | null> = {
  ifa: [30, 250],
  'childrens-home': [2, 6],
  'supported-accommodation': [4, 24],
  secure: [8, 24],
  'residential-school': [20, 80],
  'parent-and-child': [3, 8],
  other: null,
};

const SUFFIX: Record<ProviderType, string> = {
  ifa: 'Fostering',
  'childrens-home': 'House',
  'supported-accommodation': 'Supported Living',
  secure: "Secure Children's Home",
  'residential-school': 'School',
  'parent-and-child': 'Family Assessment Centre',
  other: 'Care',
};

const round10 = (n: number) => Math.round(n / 10) * 10;

/** Where a placement without an Ofsted URN was bought: a few unregistered or public providers, by kind. */
function unregisteredKey(rng: Rng, p: PlacementFact): string {
  if (p.urn === OUTSIDE_ENGLAND_URN) return `outside:${postcodeDistrict(p.placementPostcode) ?? '?'}`;
  switch (p.placementType) {
    case 'R2':
      return 'nhs';
    case 'R5':
      return 'custody';
    case 'R1':
      return `care-home:${rng.int(2)}`;
    case 'H5':
    case 'P2':
      return `semi-independent:${rng.int(4)}`;
    default:
      return `unregistered:${rng.int(2)}`;
  }
}

interface Draft {
  type: ProviderType;
  urn: string | null;
  placements: PlacementFact[];
}

function providerOfDraft(
  rng: Rng,
  d: Draft,
  key: string,
  districts: CouncilDistricts,
  name: (s: string) => string,
): Provider {
  const prices = key === 'nhs' || key === 'custody' ? null : PROVIDER_PRICES[d.type];
  const from = prices ? round10(rng.between(...prices.from)) : null;
  let to = prices && from !== null ? round10(from + rng.between(...prices.spread)) : null;
  // A few children's homes take children with the most complex needs at £10k a week and more (sector.md).
  if (d.type === 'childrens-home' && to !== null && rng.chance(0.12)) to = round10(to * 1.7);
  const places = PLACES[d.type];
  const seen = d.placements.map((p) => postcodeDistrict(p.placementPostcode)).find((x) => x !== null);
  // IFAs' carers live all over; the agency's office is in or near the council.
  const district =
    d.type === 'ifa' || seen === undefined
      ? rng.pick(rng.chance(0.5) ? districts.home : districts.near)
      : seen;
  const label =
    key === 'nhs' ? 'NHS Trust' : key === 'custody' ? 'Young Offender Institution' : SUFFIX[d.type];
  return {
    providerId: '',
    name: name(label),
    urn: d.urn,
    type: d.type,
    places: places && key !== 'nhs' && key !== 'custody' ? rng.between(...places) : null,
    postcodeDistrict: district,
    ofstedGrade: d.urn === null ? null : ofstedGrade(rng, d.type === 'supported-accommodation'),
    basis: d.urn === null ? 'spot' : rng.weighted(BASIS[d.type]),
    weeklyPriceFrom: from,
    weeklyPriceTo: to,
  };
}

/**
 * The market: a provider for every external Ofsted URN in the 903 (agencies, homes, supported accommodation,
 * secure homes, schools, parent-and-child units), a few unregistered or public ones for placements without a
 * URN, and some the council has not used. Prices are 2024–25 ranges (sector.md); grades and framework/spot
 * basis drawn by type.
 */
export function marketProviders(
  rng: Rng,
  facts: CouncilFacts,
  districts: CouncilDistricts,
  name: (suffix: string) => string,
): Market {
  const drafts = new Map<string, Draft>();
  const keyOf = new Map<PlacementFact, string>();
  for (const p of facts.placements) {
    if (!isBought(p) || !overlaps(p, facts.windowStart, facts.asAt)) continue;
    const registered = p.urn !== null && p.urn !== OUTSIDE_ENGLAND_URN;
    const key = registered ? `urn:${p.urn}` : unregisteredKey(rng, p);
    const draft = drafts.get(key) ?? {
      type: providerTypeOf(p),
      urn: registered ? p.urn : null,
      placements: [],
    };
    draft.placements.push(p);
    drafts.set(key, draft);
    keyOf.set(p, key);
  }
  const used = new Set([...drafts.values()].flatMap((d) => (d.urn ? [d.urn] : [])));
  const unused: [ProviderType, number][] = [
    ['ifa', 3],
    ['childrens-home', 5],
    ['supported-accommodation', 3],
  ];
  for (const [type, n] of unused) {
    for (let i = 0; i < n; i++) {
      const urn = freshUrn(rng, used, type === 'supported-accommodation');
      drafts.set(`urn:${urn}`, { type, urn, placements: [] });
    }
  }
  const built = [...drafts].map(([key, d]) => ({
    key,
    provider: providerOfDraft(rng, d, key, districts, name),
  }));
  const typeOrder = Object.keys(PLACES);
  built.sort(
    (a, b) =>
      typeOrder.indexOf(a.provider.type) - typeOrder.indexOf(b.provider.type) ||
      a.provider.name.localeCompare(b.provider.name),
  );
  const byKey = new Map<string, Provider>();
  built.forEach(({ key, provider }, i) => {
    provider.providerId = `P${String(i + 1).padStart(3, '0')}`;
    byKey.set(key, provider);
  });
  const providerOf = new Map<PlacementFact, Provider>();
  for (const [p, key] of keyOf) providerOf.set(p, byKey.get(key) as Provider);
  return { providers: built.map((b) => b.provider), providerOf };
}
