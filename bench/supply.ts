/**
 * Supply, gap and plan speed. Prints seconds; asserts nothing.
 *
 *   npx tsx bench/supply.ts [--children 1000] [--paths 1000] [--seed 1]
 *
 * A synthetic council (`--children` looked after at the first 31 March, 6 years of returns to 2025/26) with
 * its synthetic local data (src/synth/local). Timed: the demand forecast (5 years × `--paths`, the
 * forecast's own work, shown apart), then the gap and the commissioning plan from it (the target: ≤ 2 s),
 * a capacity scenario, the capacity view and the market view. Generating the council, building timelines and
 * reading the postcode pack are not timed.
 */
import { parseArgs } from 'node:util';
import { buildTimelines } from '../src/care/index.ts';
import { findCouncil } from '../src/councils/index.ts';
import { censusDate, day } from '../src/dates/index.ts';
import { councilCentre, locatePostcodeDistrict } from '../src/server/api/supply/postcode-districts.ts';
import {
  capacityView,
  commissioningPlan,
  gap,
  gapDifference,
  gapSetup,
  gapUnder,
  marketView,
  supplyForecast,
} from '../src/supply/index.ts';
import {
  generateCouncil,
  generateLocalData,
  placesForCouncil,
  syntheticReturnData,
} from '../src/synth/index.ts';

const { values } = parseArgs({
  options: {
    children: { type: 'string', default: '1000' },
    paths: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
  },
});
const CODE = 'E06000016';
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const s = (x: number) => `${x.toFixed(3)} s`;

const places = placesForCouncil(CODE);
const council = generateCouncil(
  {
    councilCode: CODE,
    children: Number(values.children),
    years: 6,
    lastYear: 2026,
    seed: Number(values.seed),
  },
  places,
);
const local = generateLocalData(council, { seed: Number(values.seed), places });
const timelines = buildTimelines(council.returns.map(syntheticReturnData), {
  councilCode: CODE,
  locate: () => null,
  inArea: () => true,
});
const origin = censusDate(2026);
const centre = councilCentre(findCouncil(CODE)?.districts ?? []);
locatePostcodeDistrict('LE1');

let t = process.hrtime.bigint();
const forecast = supplyForecast(timelines, origin, 2021, Number(values.paths));
const forecastSeconds = seconds(t);

t = process.hrtime.bigint();
const setup = gapSetup(local, timelines, forecast);
const table = gap(setup);
const plan = commissioningPlan(setup, table, local.budget, local.careLeaverAccommodation);
const gapPlanSeconds = seconds(t);

t = process.hrtime.bigint();
const scenario = gapUnder(setup, {
  name: 'Oak House',
  changes: [
    { kind: 'open-home', name: 'Oak House', type: 'childrens-home', beds: 6, opens: day(2027, 10, 1) },
  ],
});
const difference = gapDifference(table, scenario);
const scenarioSeconds = seconds(t);

t = process.hrtime.bigint();
const capacity = capacityView(local, timelines, origin, 5);
const capacitySeconds = seconds(t);

t = process.hrtime.bigint();
const market = marketView(local, origin, { locateDistrict: locatePostcodeDistrict, centre });
const marketSeconds = seconds(t);

const lookedAfter = forecast.years[0]
  ? Object.values(forecast.years[0].byCategory).reduce((a, f) => a + f.p50, 0)
  : 0;
console.log(
  `council: ${timelines.length} children in 6 years of returns; local data: ${local.fosterHouseholds.length} carer households, ${local.inHouseHomes.length} homes, ${local.providers.length} providers, ${local.placementCosts.length} costs, ${local.placementRequests.length} requests`,
);
console.log(`demand forecast (${values.paths} paths × 5 years; the forecast's work):  ${s(forecastSeconds)}`);
console.log(`gap + commissioning plan (target ≤ 2 s):                    ${s(gapPlanSeconds)}`);
console.log(`gap under a scenario + difference:                          ${s(scenarioSeconds)}`);
console.log(`capacity view:                                              ${s(capacitySeconds)}`);
console.log(`market view:                                                ${s(marketSeconds)}`);
console.log('');
console.log(
  `year 1 need (P50, all types): ${lookedAfter.toFixed(0)}; external cost year 1 P50 £${Math.round(table.totals[0]?.cost.p50 ?? 0).toLocaleString('en-GB')}`,
);
console.log(
  `usable in-house foster places on 31/03/2026: ${capacity.fostering.onOrigin.usable}; occupancy ${((capacity.fostering.occupancy.ofUsable ?? 0) * 100).toFixed(0)}%`,
);
console.log(
  `a 6-bed home opening 1 Oct 2027 changes external cost over 5 years by £${Math.round(difference.cost.p50).toLocaleString('en-GB')} (P50)`,
);
console.log(
  `plan rows: ${plan.rows.length}; top-5 providers' share of spend ${((market.spendShare.top5Share ?? 0) * 100).toFixed(0)}%`,
);
