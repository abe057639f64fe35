import type { PlacementCategory } from '../../care/index.ts';
import { collectionYearOf, day, type EpochDay } from '../../dates/index.ts';
import type {
  BudgetCategory,
  BudgetLine,
  CareLeaverAccommodation,
  PlacementCost,
} from '../../local/records.ts';
import type { Rng } from '../rng.ts';
import type { CouncilFacts, PlacementFact } from './placement-facts.ts';

/** The budget line a placement category is paid from. */
export function budgetCategoryOf(category: PlacementCategory): Exclude<BudgetCategory, 'care-leavers'> {
  switch (category) {
    case 'fostering-kinship':
    case 'fostering-in-house':
    case 'fostering-ifa':
    case 'fostering-other-council':
      return 'fostering';
    case 'residential-in-house':
    case 'residential-external':
    case 'secure':
    case 'residential-other':
      return 'residential';
    case 'supported':
      return 'supported';
    case 'placed-with-parents':
    case 'adoption':
    case 'parent-and-child':
    case 'health-custody':
    case 'other':
    case 'temporary':
    case 'unknown':
      return 'other';
  }
}

const CATEGORIES: readonly BudgetCategory[] = [
  'fostering',
  'residential',
  'supported',
  'other',
  'care-leavers',
];

/** Days of [start, end) inside [from, to] (both inclusive), for spend in a financial year. */
function daysWithin(start: EpochDay, end: EpochDay | null, from: EpochDay, to: EpochDay): number {
  return Math.max(0, Math.min(end ?? to + 1, to + 1) - Math.max(start, from));
}

/** Spend by category in one financial year (April–March), up to the as-at date. */
export function actualSpend(
  financialYear: number,
  costs: readonly PlacementCost[],
  categoryOf: (c: PlacementCost) => Exclude<BudgetCategory, 'care-leavers'>,
  leavers: readonly CareLeaverAccommodation[],
  asAt: EpochDay,
): Record<BudgetCategory, number> {
  const from = day(financialYear, 4, 1);
  const to = Math.min(day(financialYear + 1, 3, 31), asAt);
  const spend: Record<BudgetCategory, number> = {
    fostering: 0,
    residential: 0,
    supported: 0,
    other: 0,
    'care-leavers': 0,
  };
  for (const c of costs)
    spend[categoryOf(c)] += (c.weeklyCost * daysWithin(c.placementStart, c.placementEnd, from, to)) / 7;
  for (const l of leavers)
    spend['care-leavers'] += ((l.weeklyCost ?? 0) * daysWithin(l.start, l.end, from, to)) / 7;
  return spend;
}

/**
 * The placement budget for each financial year of the returns and the year after the as-at date, by
 * category: near what was spent (a few per cent either way, more often under: councils overspend on
 * placements), and the coming year set at last year's spend plus 2–6%. Rounded to £1,000.
 */
export function budgetLines(
  rng: Rng,
  facts: CouncilFacts,
  costs: readonly PlacementCost[],
  factOf: ReadonlyMap<PlacementCost, PlacementFact>,
  leavers: readonly CareLeaverAccommodation[],
): BudgetLine[] {
  const round = (n: number) => Math.round(n / 1000) * 1000;
  const categoryOf = (c: PlacementCost) => budgetCategoryOf(factOf.get(c)?.category ?? 'unknown');
  // Financial year 2025 is 2025/26: collection year 2026.
  const first = collectionYearOf(facts.windowStart) - 1;
  const lastFull = collectionYearOf(facts.asAt) - 1;
  const lines: BudgetLine[] = [];
  let last: Record<BudgetCategory, number> | null = null;
  for (let year = first; year <= lastFull; year++) {
    last = actualSpend(year, costs, categoryOf, leavers, facts.asAt);
    for (const category of CATEGORIES) {
      lines.push({
        financialYear: year,
        category,
        amount: round(last[category] * (1 - 0.02 + 0.03 * rng.normal())),
      });
    }
  }
  if (last) {
    for (const category of CATEGORIES) {
      lines.push({
        financialYear: lastFull + 1,
        category,
        amount: round(last[category] * (1.02 + 0.04 * rng.float())),
      });
    }
  }
  return lines;
}
