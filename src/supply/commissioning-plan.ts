import { calendarDate, type EpochDay, formatUkDate } from '../dates/index.ts';
import { MODEL_CATEGORIES, type ModelCategory } from '../forecast/index.ts';
import type { BudgetCategory, BudgetLine, CareLeaverAccommodation } from '../local/records.ts';
import { careLeaverNeed } from './care-leaver-need.ts';
import type { GapRow, GapSetup, GapTable } from './gap.ts';
import { planYear } from './in-house-capacity.ts';
import { WEEKS_PER_YEAR } from './unit-costs.ts';

/** Rows of the plan: the forecast's categories and, where the council has the data, care leavers. */
export type PlanCategory = BudgetCategory;

export type Purchasing = 'block' | 'block-and-spot' | 'spot' | 'none';

export interface PlanRow {
  year: number;
  /** April–March, named by its first year (2026 = 2026/27), as budget lines are. */
  financialYear: number;
  category: PlanCategory;
  needP50: number;
  needP90: number;
  /** Children the council's own provision can look after (places × target occupancy). */
  inHouseSupply: number;
  toCommissionP10: number;
  toCommissionP50: number;
  toCommissionP90: number;
  purchasing: Purchasing;
  /** Places suggested for block contracts (the rest spot). */
  blockPlaces: number;
  externalCostP50: number;
  externalCostP90: number;
  /** min(need, in-house supply) × 52.18 × the in-house weekly cost. */
  inHouseCostP50: number;
  spendP50: number;
  spendP90: number;
  /** The budget line for this category and financial year; null when none. */
  budget: number | null;
  /** budget − spendP50 (negative: over budget); null without a budget. */
  headroomP50: number | null;
}

export interface CommissioningPlan {
  origin: EpochDay;
  years: number;
  rows: PlanRow[];
  /** The block-or-spot rule and the other rules, in plain English. */
  rules: string[];
  assumptions: string[];
}

export interface PlanOptions {
  /** External places the low forecast (P10) must need, every year to the end, to suggest block buying (default 3). */
  blockThreshold?: number;
}

export const DEFAULT_BLOCK_THRESHOLD = 3;

const CATEGORY_WORDS: Record<PlanCategory, string> = {
  fostering: 'fostering',
  residential: 'residential (children’s homes)',
  supported: 'supported accommodation',
  other: 'other placements',
  'care-leavers': 'care leavers’ accommodation',
};

/** The financial year (April–March, named by its first year) a day falls in. */
export function financialYearOf(day: EpochDay): number {
  const c = calendarDate(day);
  return c.month >= 4 ? c.year : c.year - 1;
}

/**
 * The 5-year commissioning plan from the gap: for each year and placement type the need (P50, P90),
 * in-house supply, places to commission, a block-or-spot suggestion, and estimated spend (in-house and
 * external) against the budget line. Care leavers' accommodation gets rows when the council has records
 * of it (held at the number on the origin). Places are rounded to 0.1 and money to whole pounds, so a saved
 * version reads as it was shown.
 *
 * ### Example
 * ```ts
 * const plan = commissioningPlan(setup, gap(setup), local.budget, local.careLeaverAccommodation);
 * plan.rows.filter((r) => r.year === 1)
 * ```
 */
export function commissioningPlan(
  setup: GapSetup,
  table: GapTable,
  budget: readonly BudgetLine[],
  careLeavers: readonly CareLeaverAccommodation[],
  options: PlanOptions = {},
): CommissioningPlan {
  const threshold = options.blockThreshold ?? DEFAULT_BLOCK_THRESHOLD;
  const years = setup.forecast.years.length;
  const budgetOf = (fy: number, c: PlanCategory) => {
    const lines = budget.filter((b) => b.financialYear === fy && b.category === c);
    return lines.length ? lines.reduce((s, b) => s + b.amount, 0) : null;
  };
  const rows: PlanRow[] = [];
  for (const category of MODEL_CATEGORIES) {
    const gapRows = table.rows.filter((r) => r.category === category).sort((a, b) => a.year - b.year);
    const inHouseWeekly = setup.unitCosts.inHouse.weekly[category];
    gapRows.forEach((r, i) => {
      const later = gapRows.slice(i).map((g) => g.external.p10);
      const block = blockPlacesOf(later, threshold);
      rows.push(planRow(r, category, block, inHouseWeekly, table.origin, budgetOf));
    });
  }
  const leavers = careLeaverNeed(careLeavers, table.origin);
  const projected = setup.forecast.careLeavers ?? null;
  if (careLeavers.length > 0) {
    const weekly = leavers.medianWeeklyCost ?? 0;
    for (let year = 1; year <= years; year++) {
      const fy = financialYearOf(planYear(table.origin, year).from);
      // Paid care leavers today, moved by the forecast's change in those aged 18–20 in supported accommodation.
      const ahead = projected?.years[year - 1];
      const change = (p: 'p10' | 'p50' | 'p90') => (ahead && projected ? ahead[p] - projected.now : 0);
      const n = Math.max(0, round1(leavers.paid + change('p50')));
      const low = Math.min(n, Math.max(0, round1(leavers.paid + change('p10'))));
      const high = Math.max(n, round1(leavers.paid + change('p90')));
      const cost = round0(n * WEEKS_PER_YEAR * weekly);
      const costHigh = round0(high * WEEKS_PER_YEAR * weekly);
      const block = blockPlacesOf([n], threshold);
      const b = budgetOf(fy, 'care-leavers');
      rows.push({
        year,
        financialYear: fy,
        category: 'care-leavers',
        needP50: n,
        needP90: high,
        inHouseSupply: 0,
        toCommissionP10: low,
        toCommissionP50: n,
        toCommissionP90: high,
        purchasing: purchasingOf(block, n),
        blockPlaces: block,
        externalCostP50: cost,
        externalCostP90: costHigh,
        inHouseCostP50: 0,
        spendP50: cost,
        spendP90: costHigh,
        budget: b,
        headroomP50: b === null ? null : round0(b - cost),
      });
    }
  }
  rows.sort((a, b) => a.year - b.year);
  return {
    origin: table.origin,
    years,
    rows,
    rules: planRules(threshold),
    assumptions: planAssumptions(
      setup,
      table.origin,
      careLeavers.length > 0,
      leavers.paid,
      projected !== null,
    ),
  };
}

/** Block places: the smallest low-forecast (P10) external need from this year to the end, if at least the threshold. */
function blockPlacesOf(p10FromNowOn: readonly number[], threshold: number): number {
  const floor = Math.floor(Math.min(...p10FromNowOn));
  return floor >= threshold ? floor : 0;
}

function purchasingOf(block: number, toCommissionP50: number): Purchasing {
  if (toCommissionP50 <= 0 && block === 0) return 'none';
  if (block === 0) return 'spot';
  return toCommissionP50 > block ? 'block-and-spot' : 'block';
}

function planRow(
  r: GapRow,
  category: ModelCategory,
  blockPlaces: number,
  inHouseWeekly: number,
  origin: EpochDay,
  budgetOf: (fy: number, c: PlanCategory) => number | null,
): PlanRow {
  const financialYear = financialYearOf(planYear(origin, r.year).from);
  const inHouseCostP50 = round0(Math.min(r.need.p50, r.inHouseCapacity) * WEEKS_PER_YEAR * inHouseWeekly);
  const inHouseCostP90 = round0(Math.min(r.need.p90, r.inHouseCapacity) * WEEKS_PER_YEAR * inHouseWeekly);
  const spendP50 = inHouseCostP50 + round0(r.cost.p50);
  const budget = budgetOf(financialYear, category);
  return {
    year: r.year,
    financialYear,
    category,
    needP50: round1(r.need.p50),
    needP90: round1(r.need.p90),
    inHouseSupply: round1(r.inHouseCapacity),
    toCommissionP10: round1(r.external.p10),
    toCommissionP50: round1(r.external.p50),
    toCommissionP90: round1(r.external.p90),
    purchasing: purchasingOf(blockPlaces, r.external.p50),
    blockPlaces,
    externalCostP50: round0(r.cost.p50),
    externalCostP90: round0(r.cost.p90),
    inHouseCostP50,
    spendP50,
    spendP90: inHouseCostP90 + round0(r.cost.p90),
    budget,
    headroomP50: budget === null ? null : budget - spendP50,
  };
}

/** The rules the plan follows, in words a committee reads. */
export function planRules(threshold: number): string[] {
  return [
    `Block or spot: suggest block contracts when even the low forecast (P10, a 1-in-10 low) needs at least ` +
      `${threshold} places bought externally in this year and every later year of the plan — demand steady ` +
      `enough for a provider to plan for. The block size is the smallest of those low-forecast needs, rounded ` +
      `down; everything above it (up to the central forecast, P50, with the P90 as the contingency) is bought ` +
      `spot. Below ${threshold} places, buy spot.`,
    'To commission = need − in-house supply, never below 0; in-house supply = in-house places × target occupancy.',
    `Spend = in-house children (need, up to in-house supply) × 52.18 weeks × the in-house weekly cost + places ` +
      `to commission × 52.18 weeks × the external weekly cost. Headroom = budget − spend at P50.`,
  ];
}

function planAssumptions(
  setup: GapSetup,
  origin: EpochDay,
  hasLeavers: boolean,
  leaversPaid: number,
  leaversProjected: boolean,
): string[] {
  const costs = MODEL_CATEGORIES.map((c) => {
    const ext = setup.unitCosts.external;
    const from =
      ext.source[c] === 'local' ? `median of ${ext.placements[c]} current placements` : ext.source[c];
    return `${CATEGORY_WORDS[c]} £${Math.round(ext.weekly[c]).toLocaleString('en-GB')} (${from})`;
  });
  const occupancy = MODEL_CATEGORIES.map(
    (c) => `${CATEGORY_WORDS[c]} ${Math.round(setup.targetOccupancy[c] * 100)}%`,
  );
  const out = [
    `Need is the demand forecast from ${formatUkDate(origin)}: children looked after in each category on each later 31 March.`,
    `External weekly costs: ${costs.join('; ')}.`,
    `Target occupancy of in-house places: ${occupancy.join('; ')}.`,
    setup.recruitment.length
      ? `Foster carer recruitment: ${setup.recruitment
          .map((r) => `${r.householdsPerYear.toFixed(1)} ${r.approvalType} households a year (${r.source})`)
          .join('; ')}.`
      : 'No foster carer recruitment is assumed (no approvals in the last 3 years).',
    'Other placements (placed with parents, adoption, parent-and-child, custody, temporary) are mostly not bought; their cost is an upper bound.',
    ...setup.forecast.assumptions,
  ];
  if (hasLeavers)
    out.push(
      leaversProjected
        ? `Care leavers: the ${leaversPaid} care leavers in paid accommodation on ${formatUkDate(origin)}, moved each year by the forecast's change in care leavers aged 18–20 in supported accommodation (the rest held flat); costed at their median weekly cost.`
        : `Care leavers: the ${leaversPaid} care leavers in paid accommodation on ${formatUkDate(origin)} are held flat (the forecast projects care leavers only from the care leavers' accommodation data, which this council's forecast did not have).`,
    );
  return out;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function round0(x: number): number {
  return Math.round(x);
}
