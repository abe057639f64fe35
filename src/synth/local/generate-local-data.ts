import { censusDate, type EpochDay } from '../../dates/index.ts';
import type { LocalData, PlacementCost } from '../../local/records.ts';
import { Rng } from '../rng.ts';
import type { SyntheticCouncil, SynthPlaces } from '../types.ts';
import { budgetLines } from './budget-lines.ts';
import { careLeaverAccommodation } from './care-leaver-accommodation.ts';
import { fosterCarers } from './foster-households.ts';
import { inHouseHomes } from './in-house-homes.ts';
import { marketProviders } from './market-providers.ts';
import { placementCosts } from './placement-costs.ts';
import { councilFacts, type PlacementFact } from './placement-facts.ts';
import { placementRequests } from './placement-requests.ts';
import { councilDistricts } from './postcode-district.ts';
import { nameMaker } from './synthetic-names.ts';

export interface LocalDataOptions {
  seed: number;
  /** The day the local data is as at (default: 31 March of the last return). Nothing is dated after it but the pipeline. */
  asAt?: EpochDay;
  /** The places the council was generated with (`placesForCouncil`): carers' and homes' postcode districts come from them. */
  places?: SynthPlaces;
}

/**
 * A synthetic council's local data, consistent with its 903 returns: foster carer households holding every
 * in-house fostering placement within their usable places, its own homes sized to its in-house residential
 * placements, the market it buys from, a cost and a request for each placement, care leavers' housing matching
 * OC3, and budgets near spend. Pure and seeded: the same council and options give deep-equal data.
 *
 * ### Example
 * ```ts
 * const council = generateCouncil({ councilCode: 'E06000016', children: 600, years: 5, seed: 1 }, places);
 * const local = generateLocalData(council, { seed: 1, places });
 * local.fosterHouseholds.length // ≈ 600 households approved at some time since April 2021
 * ```
 */
export function generateLocalData(council: SyntheticCouncil, options: LocalDataOptions): LocalData {
  const lastYear =
    council.returns[council.returns.length - 1]?.collectionYear ?? council.options.lastYear ?? 2026;
  const facts = councilFacts(council, options.asAt ?? censusDate(lastYear));
  const rng = new Rng(options.seed ^ 0x10ca1);
  // One stream per record kind, so a change to one kind leaves the others as they were.
  const streams = Array.from({ length: 7 }, () => rng.fork());
  const [carerRng, homeRng, marketRng, costRng, requestRng, leaverRng, budgetRng] = streams as [
    Rng,
    Rng,
    Rng,
    Rng,
    Rng,
    Rng,
    Rng,
  ];
  const districts = councilDistricts(options.places, facts.placements);
  const name = nameMaker(homeRng.fork());
  const carers = fosterCarers(carerRng, facts, districts);
  const homes = inHouseHomes(homeRng, facts, districts, name);
  const market = marketProviders(marketRng, facts, districts, name);
  const costed = placementCosts(costRng, facts, carers.carerOf, market.providerOf);
  const costs = costed.map((c) => c.cost);
  const factOf = new Map<PlacementCost, PlacementFact>(costed.map((c) => [c.cost, c.placement]));
  const leavers = careLeaverAccommodation(leaverRng, council, facts);
  return {
    fosterHouseholds: carers.households,
    inHouseHomes: homes,
    providers: market.providers,
    placementCosts: costs,
    placementRequests: placementRequests(requestRng, facts, carers.carerOf, market.providerOf),
    careLeaverAccommodation: leavers,
    budget: budgetLines(budgetRng, facts, costs, factOf, leavers),
  };
}
