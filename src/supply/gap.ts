import type { ChildTimeline } from '../care/index.ts';
import { addYears, type EpochDay } from '../dates/index.ts';
import { MODEL_CATEGORIES, type ModelCategory } from '../forecast/index.ts';
import type { FosterHousehold, InHouseHome, LocalData } from '../local/records.ts';
import { type CapacityScenario, describeChange, homesUnder, recruitmentUnder } from './capacity-scenario.ts';
import { type DeregistrationRisk, deregistrationRisk } from './deregistration-risk.ts';
import { historicRecruitment, type Recruitment } from './fostering-projection.ts';
import { type InHouseCapacity, inHouseCapacity } from './in-house-capacity.ts';
import type { NeedForecast } from './need-forecast.ts';
import { type CostSource, type UnitCosts, unitCosts, WEEKS_PER_YEAR } from './unit-costs.ts';

/** Share of in-house places that can be filled in practice (matching, moves, carers' breaks). */
export const DEFAULT_TARGET_OCCUPANCY: Record<ModelCategory, number> = {
  fostering: 0.9,
  residential: 0.85,
  supported: 0.85,
  other: 0.85,
};

/** Low, middle and high of a figure: P10, P50 and P90 of the forecast. */
export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

export interface GapRow {
  year: number;
  /** The anniversary of the origin that closes the year: the need is counted that day. */
  date: EpochDay;
  category: ModelCategory;
  /** Children looked after in this category on `date` (forecast). */
  need: Band;
  /** In-house places over the year before occupancy (usable foster places, home beds). */
  inHousePlaces: number;
  targetOccupancy: number;
  /** inHousePlaces × targetOccupancy: children the council's own provision can look after. */
  inHouseCapacity: number;
  /** max(0, need − inHouseCapacity): places to commission externally. */
  external: Band;
  weeklyCost: number;
  costSource: CostSource;
  /** external × 52.18 × weeklyCost, pounds a year. */
  cost: Band;
}

export interface GapTable {
  origin: EpochDay;
  scenario: { name: string; changes: string[] } | null;
  rows: GapRow[];
  /** External cost by year over all categories. */
  totals: { year: number; cost: Band }[];
  capacity: InHouseCapacity;
  recruitment: Recruitment[];
}

/** Everything the gap is computed from, so a scenario changes one part and keeps the rest. */
export interface GapSetup {
  forecast: NeedForecast;
  households: readonly FosterHousehold[];
  homes: readonly InHouseHome[];
  risk: DeregistrationRisk;
  recruitment: Recruitment[];
  unitCosts: UnitCosts;
  targetOccupancy: Record<ModelCategory, number>;
}

export interface GapOptions {
  targetOccupancy?: Partial<Record<ModelCategory, number>>;
  /** Weekly costs a user typed; they win over local medians and defaults. */
  weeklyCosts?: {
    external?: Partial<Record<ModelCategory, number>>;
    inHouse?: Partial<Record<ModelCategory, number>>;
  };
  /** Usual recruitment; default the average of the last 3 years' approvals. */
  recruitment?: Recruitment[];
  /** Years of carers' history the deregistration risk is estimated from (default 5). */
  riskYears?: number;
}

/**
 * The inputs of the gap from a council's local data, timelines and demand forecast: deregistration risk
 * over the `riskYears` to the forecast origin, recruitment as it has been, unit costs (local medians where
 * there are current placement costs) and target occupancy.
 */
export function gapSetup(
  local: LocalData,
  timelines: readonly ChildTimeline[],
  forecast: NeedForecast,
  options: GapOptions = {},
): GapSetup {
  const origin = forecast.origin;
  const riskYears = options.riskYears ?? 5;
  return {
    forecast,
    households: local.fosterHouseholds,
    homes: local.inHouseHomes,
    risk: deregistrationRisk(local.fosterHouseholds, addYears(origin, -riskYears) + 1, origin),
    recruitment: options.recruitment ?? historicRecruitment(local.fosterHouseholds, origin),
    unitCosts: unitCosts(local.placementCosts, timelines, origin, options.weeklyCosts),
    targetOccupancy: { ...DEFAULT_TARGET_OCCUPANCY, ...options.targetOccupancy },
  };
}

/**
 * The gap for each forecast year and category: need (P10, P50, P90 of the forecast on the year's closing
 * 31 March) minus in-house capacity (places × target occupancy) = places to commission externally, never
 * below 0, and their cost a year (places × 52.18 weeks × the external weekly cost).
 *
 * ### Example
 * ```ts
 * const table = gap(gapSetup(local, timelines, forecast));
 * table.rows.find((r) => r.year === 1 && r.category === 'residential')?.cost.p50
 * ```
 */
export function gap(setup: GapSetup): GapTable {
  return gapOf(setup, setup.homes, setup.recruitment, null);
}

/**
 * The same table under a capacity scenario ("recruit 10 enhanced carers a year", "open a 6-bed home on 1
 * October 2027", "close home X"): only in-house capacity changes, so its effect on external spend is the
 * difference from `gap(setup)` (see `gapDifference`).
 */
export function gapUnder(setup: GapSetup, scenario: CapacityScenario): GapTable {
  return gapOf(setup, homesUnder(setup.homes, scenario), recruitmentUnder(setup.recruitment, scenario), {
    name: scenario.name,
    changes: scenario.changes.map(describeChange),
  });
}

function gapOf(
  setup: GapSetup,
  homes: readonly InHouseHome[],
  recruitment: Recruitment[],
  scenario: GapTable['scenario'],
): GapTable {
  const { forecast } = setup;
  const years = forecast.years.length;
  const capacity = inHouseCapacity(setup.households, homes, forecast.origin, years, setup.risk, recruitment);
  const rows: GapRow[] = [];
  const totals: GapTable['totals'] = [];
  for (const fy of forecast.years) {
    const places = capacity.years[fy.year - 1]?.byCategory;
    const total: Band = { p10: 0, p50: 0, p90: 0 };
    for (const category of MODEL_CATEGORIES) {
      const fan = fy.byCategory[category];
      const inHousePlaces = places?.[category] ?? 0;
      const targetOccupancy = setup.targetOccupancy[category];
      const inHouseCap = inHousePlaces * targetOccupancy;
      const weeklyCost = setup.unitCosts.external.weekly[category];
      const external = bandOf((need) => Math.max(0, need - inHouseCap), fan);
      const cost = bandOf((p) => p * WEEKS_PER_YEAR * weeklyCost, external);
      total.p10 += cost.p10;
      total.p50 += cost.p50;
      total.p90 += cost.p90;
      rows.push({
        year: fy.year,
        date: fy.date,
        category,
        need: { p10: fan.p10, p50: fan.p50, p90: fan.p90 },
        inHousePlaces,
        targetOccupancy,
        inHouseCapacity: inHouseCap,
        external,
        weeklyCost,
        costSource: setup.unitCosts.external.source[category],
        cost,
      });
    }
    totals.push({ year: fy.year, cost: total });
  }
  return { origin: forecast.origin, scenario, rows, totals, capacity, recruitment };
}

function bandOf(f: (x: number) => number, b: Band): Band {
  return { p10: f(b.p10), p50: f(b.p50), p90: f(b.p90) };
}

/** Scenario − baseline, cell by cell: negative cost is money saved. */
export interface GapDifference {
  rows: {
    year: number;
    category: ModelCategory;
    inHouseCapacity: number;
    external: Band;
    cost: Band;
  }[];
  totals: { year: number; cost: Band }[];
  /** Over all years. */
  cost: Band;
}

/**
 * The effect of a scenario: its gap minus the baseline's, per row and year.
 *
 * ### Example
 * ```ts
 * gapDifference(gap(setup), gapUnder(setup, openHome)).cost.p50 // e.g. −2,395,062 over 5 years
 * ```
 */
export function gapDifference(base: GapTable, other: GapTable): GapDifference {
  const minus = (a: Band, b: Band): Band => ({ p10: a.p10 - b.p10, p50: a.p50 - b.p50, p90: a.p90 - b.p90 });
  const rows = other.rows.map((row) => {
    const before = base.rows.find((r) => r.year === row.year && r.category === row.category);
    const zero = { p10: 0, p50: 0, p90: 0 };
    return {
      year: row.year,
      category: row.category,
      inHouseCapacity: row.inHouseCapacity - (before?.inHouseCapacity ?? 0),
      external: minus(row.external, before?.external ?? zero),
      cost: minus(row.cost, before?.cost ?? zero),
    };
  });
  const totals = other.totals.map((t) => {
    const before = base.totals.find((b) => b.year === t.year)?.cost ?? { p10: 0, p50: 0, p90: 0 };
    return { year: t.year, cost: minus(t.cost, before) };
  });
  const cost = totals.reduce(
    (sum, t) => ({ p10: sum.p10 + t.cost.p10, p50: sum.p50 + t.cost.p50, p90: sum.p90 + t.cost.p90 }),
    { p10: 0, p50: 0, p90: 0 },
  );
  return { rows, totals, cost };
}
