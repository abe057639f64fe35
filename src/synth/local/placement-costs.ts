import type { PlacementCategory } from '../../care/index.ts';
import type { EpochDay } from '../../dates/index.ts';
import type { FosterHousehold, PlacementCost, Provider } from '../../local/records.ts';
import type { Rng } from '../rng.ts';
import { type CouncilFacts, overlaps, type PlacementFact } from './placement-facts.ts';
import { IN_HOUSE_COSTS, priceIndex } from './unit-costs.ts';

const RESIDENTIAL: ReadonlySet<PlacementCategory> = new Set([
  'residential-in-house',
  'residential-external',
  'secure',
  'residential-other',
]);

/** Whether a category is residential care (its prices rose fastest; health and education share its cost). */
export const isResidential = (category: PlacementCategory): boolean => RESIDENTIAL.has(category);

/** Categories with no weekly fee to the council: at home, placed for adoption, paid by the NHS or youth justice. */
const NO_FEE: ReadonlySet<PlacementCategory> = new Set([
  'placed-with-parents',
  'adoption',
  'health-custody',
  'temporary',
  'unknown',
]);

const between = (rng: Rng, [low, high]: readonly [number, number]) => low + rng.float() * (high - low);
const round2 = (n: number) => Math.round(n * 100) / 100;

/** In-house weekly cost at 2024–25 prices by the carer's approval type or the home. */
function inHouseCost(rng: Rng, p: PlacementFact, carer: FosterHousehold | undefined): number {
  if (p.category === 'residential-in-house') return between(rng, IN_HOUSE_COSTS.childrensHome);
  if (p.category === 'supported') return between(rng, IN_HOUSE_COSTS.supported);
  switch (carer?.approvalType) {
    case 'kinship':
      return between(rng, IN_HOUSE_COSTS.kinship);
    case 'enhanced':
      return between(rng, IN_HOUSE_COSTS.enhanced);
    case 'specialist':
      return between(rng, IN_HOUSE_COSTS.specialist);
    case 'parent-and-child':
      return between(rng, IN_HOUSE_COSTS.parentAndChild);
    case 'short-breaks':
      return between(rng, IN_HOUSE_COSTS.shortBreaks);
    default:
      return p.category === 'fostering-kinship'
        ? between(rng, IN_HOUSE_COSTS.kinship)
        : between(rng, IN_HOUSE_COSTS.mainstream);
  }
}

/** External weekly cost at 2024–25 prices: within the provider's range, more on spot, a long tail in homes. */
function externalCost(rng: Rng, p: PlacementFact, provider: Provider | undefined): number {
  if (!provider || provider.weeklyPriceFrom === null || provider.weeklyPriceTo === null)
    return p.category === 'other' ? between(rng, [3000, 8000]) : 0;
  let cost = between(rng, [provider.weeklyPriceFrom, provider.weeklyPriceTo]);
  if (provider.basis === 'spot') cost *= 1 + rng.float() * 0.15;
  // Sector.md: 1,510 children's home placements over £10k a week in 2022/23.
  if (p.category === 'residential-external' && rng.chance(0.06)) cost = rng.lognormal(12_000, 0.3);
  if (p.category === 'supported' && rng.chance(0.03)) cost = between(rng, [3000, 6000]);
  return cost;
}

/** Funding shares: social care pays nearly all; health and education share some residential placements. */
function fundingSplit(
  rng: Rng,
  p: PlacementFact,
): Pick<PlacementCost, 'socialCareShare' | 'healthShare' | 'educationShare'> {
  let health = 0;
  let education = 0;
  if (isResidential(p.category)) {
    if (p.placementType === 'S1') education = rng.pick([0.3, 0.4, 0.5]);
    if (rng.chance(0.35)) health = rng.pick([0.1, 0.2, 0.25, 0.3, 0.5]);
    if (education === 0 && rng.chance(0.15)) education = rng.pick([0.1, 0.2, 0.25]);
  } else if (!NO_FEE.has(p.category) && rng.chance(0.03)) health = rng.pick([0.1, 0.2]);
  return { socialCareShare: round2(1 - health - education), healthShare: health, educationShare: education };
}

/** A cost row with the placement it prices. */
export interface CostedPlacement {
  placement: PlacementFact;
  cost: PlacementCost;
}

/**
 * One cost row per 903 placement open at some time from the local data's first day to the as-at date (short
 * breaks apart: they are not placements the placements budget pays for). The weekly cost is priced at the
 * later of the placement's start and the first day (fees are uprated, so a long placement pays today's rate).
 */
export function placementCosts(
  rng: Rng,
  facts: CouncilFacts,
  carerOf: ReadonlyMap<PlacementFact, FosterHousehold>,
  providerOf: ReadonlyMap<PlacementFact, Provider>,
): CostedPlacement[] {
  const rows: CostedPlacement[] = [];
  for (const p of facts.placements) {
    if (p.shortBreak || !overlaps(p, facts.windowStart, facts.asAt)) continue;
    const provider = providerOf.get(p);
    const priced: EpochDay = Math.max(p.start, facts.windowStart);
    const base = NO_FEE.has(p.category)
      ? 0
      : p.provider === 'PR1'
        ? inHouseCost(rng, p, carerOf.get(p))
        : externalCost(rng, p, provider);
    rows.push({
      placement: p,
      cost: {
        childId: p.childId,
        placementStart: p.start,
        placementEnd: p.end,
        providerId: provider?.providerId ?? null,
        weeklyCost: Math.round(base * priceIndex(priced, isResidential(p.category))),
        ...fundingSplit(rng, p),
      },
    });
  }
  return rows;
}
