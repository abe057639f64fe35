import { censusDate, day, type EpochDay } from '../dates/index.ts';
import { SHORT_BREAKS, UASC_ENTRY_SHARE } from './calibration.ts';
import { type ChildContext, simulateChild } from './child.ts';
import { Rng } from './rng.ts';
import { buildRoster } from './settings.ts';
import { simulateShortBreakChild } from './short-breaks.ts';
import type { SimChild } from './sim-types.ts';
import type { SynthOptions, SynthPlaces } from './types.ts';

const YEAR = 365.25;
/** Candidates are drawn this much faster than needed, then thinned to hit the target exactly. */
const OVERSAMPLE = 1.25;
/** Simulate from this long before the first census so every child in any written return has a full story. */
const BURN_IN_YEARS = 22;
const PILOT_CHILDREN = 1500;

/** Looked after on a day (care ends on the day of the DEC): start ≤ day < end. */
export function inCareOn(child: SimChild, on: EpochDay): boolean {
  for (const p of child.periods) if (p.start <= on && (p.end === null || p.end > on)) return true;
  return false;
}

export interface SimulatedPopulation {
  children: SimChild[];
  /** The 31 March before the first written year, where the stock equals `options.children`. */
  firstCensus: EpochDay;
}

/**
 * Expected stock contribution of one entrant, discounted by growth: E[∫ (1+g)^(−u/year) in care(u) du].
 * With entries at λ(t) = λ0 (1+g)^((t−T)/year), the stock at T is λ0 times this (Little's law with growth).
 */
function stockPerEntrant(ctx: ChildContext, growth: number, uascShare: number): number {
  const entry = day(2000, 4, 1);
  const rate = Math.log(1 + growth) / YEAR;
  let total = 0;
  for (let i = 0; i < PILOT_CHILDREN; i++) {
    const child = simulateChild({ ...ctx, rng: ctx.rng.fork() }, entry, ctx.rng.chance(uascShare));
    for (const p of child.periods) {
      const a = p.start - entry;
      const b = (p.end ?? p.start) - entry;
      total += rate === 0 ? b - a : (Math.exp(-rate * a) - Math.exp(-rate * b)) / rate;
    }
  }
  return total / PILOT_CHILDREN;
}

/**
 * The council's children: Poisson entries growing by `growth` a year, each child's story simulated
 * in full, thinned so exactly `options.children` are looked after at the first census; plus the
 * short-break children, who are outside the count.
 */
export function simulatePopulation(options: SynthOptions, places: SynthPlaces): SimulatedPopulation {
  const rng = new Rng(options.seed);
  const growth = options.growth ?? 0;
  const lastYear = options.lastYear ?? 2026;
  const firstCensus = censusDate(lastYear - options.years);
  const simEnd = censusDate(lastYear + (options.futureYears ?? 0));
  const roster = buildRoster(rng.fork(), places, options.children);
  const ctx: ChildContext = {
    rng,
    roster,
    laNumber: places.laNumber ?? '800',
    workers: Math.max(4, Math.round(options.children / 14)),
  };
  const lambda0 =
    options.children /
    stockPerEntrant({ ...ctx, rng: new Rng(options.seed ^ 0x5bd1e995) }, growth, UASC_ENTRY_SHARE);
  const ratePer = (t: EpochDay) => lambda0 * (1 + growth) ** ((t - firstCensus) / YEAR);

  const candidates: { child: SimChild; key: number; entry: EpochDay }[] = [];
  for (let t = firstCensus - Math.round(BURN_IN_YEARS * YEAR); t <= simEnd; t++) {
    const n = rng.poisson(ratePer(t) * OVERSAMPLE);
    for (let i = 0; i < n; i++) {
      const key = rng.float();
      const uasc = rng.chance(UASC_ENTRY_SHARE);
      candidates.push({ child: simulateChild({ ...ctx, rng: rng.fork() }, t, uasc), key, entry: t });
    }
  }
  const stockKeys = candidates.filter((c) => inCareOn(c.child, firstCensus)).map((c) => c.key);
  stockKeys.sort((a, b) => a - b);
  const threshold = stockKeys.length >= options.children ? (stockKeys[options.children - 1] ?? 1) : 1;
  const kept = candidates.filter((c) => c.key <= threshold).map((c) => c.child);

  const shortBreakRate = (SHORT_BREAKS.shareOfStock * options.children) / (SHORT_BREAKS.careerYears * YEAR);
  for (let t = firstCensus - Math.round(15 * YEAR); t <= simEnd; t++) {
    const n = rng.poisson(shortBreakRate * (1 + growth) ** ((t - firstCensus) / YEAR));
    for (let i = 0; i < n; i++) kept.push(simulateShortBreakChild({ ...ctx, rng: rng.fork() }, t));
  }

  kept.sort((a, b) => (a.periods[0]?.start ?? 0) - (b.periods[0]?.start ?? 0));
  let id = 100_000 + rng.int(400_000);
  for (const child of kept) {
    id += rng.between(1, 9);
    child.childId = String(id);
  }
  return { children: kept, firstCensus };
}
