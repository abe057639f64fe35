import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { AGE_BANDS, type AgeBand, ageBand } from '../care/index.ts';
import { calendarDate, day, daysInMonth, type EpochDay } from '../dates/index.ts';
import { MODEL_CATEGORIES, type ModelCategory } from './exposure.ts';
import type { FlatRate, PoissonTrend } from './poisson-trend.ts';
import { rateOf, type TransitionRates } from './transition-rates.ts';

/** Children in one state cell on the origin day. */
export interface StartCell {
  group: string;
  /** Completed years. */
  age: number;
  category: ModelCategory;
  count: number;
}

/** The monthly entries model of one cell: entrants join `group` in `category`, aged within `ageBand`. */
export interface EntryModel {
  group: string;
  ageBand: AgeBand;
  category: ModelCategory;
  model: PoissonTrend | FlatRate;
}

export interface EntryModels {
  models: readonly EntryModel[];
  /** The models' month index t of the first projected month (months from the fit window's first). */
  firstT: number;
  /** What the models were fitted per: each month's days (as `monthlyEntries().daysInWindow`), or one per month. */
  exposure: 'days' | 'month';
}

export interface ProjectionOptions {
  start: readonly StartCell[];
  rates: TransitionRates;
  /** null: a closed population. */
  entries: EntryModels | null;
  /** The last day observed; the first step runs to the end of its calendar month. */
  origin: EpochDay;
  months: number;
  paths: number;
  seed: number;
  /** Children leave at this birthday (default 18). */
  maxAge?: number;
}

/** One path's stock at each month end, by category and by age band × category. */
export interface PathStock {
  byCategory: Record<ModelCategory, number[]>;
  byBand: Record<AgeBand, Record<ModelCategory, number[]>>;
}

export interface Projection {
  origin: EpochDay;
  /** The month ends of the steps, in order. */
  monthEnds: EpochDay[];
  paths: PathStock[];
}

const K = MODEL_CATEGORIES.length;
const TWO_32 = 4_294_967_296;
// Months of age each band spans, [first, last + 1): entrants spread uniformly over them.
const BAND_MONTHS: Record<AgeBand, readonly [number, number]> = {
  '<1': [0, 12],
  '1-4': [12, 60],
  '5-9': [60, 120],
  '10-15': [120, 192],
  '16-17': [192, 216],
  '18+': [216, 216],
};

/**
 * A cell-level Monte Carlo projection of the children in care, in calendar-month steps. Month steps because
 * entries are modelled per month and results are read at month ends; each step uses the month's own days.
 * Stock is held by single month of age, so ageing is exact to the month: after 12 steps every child is a
 * year older, and a child turning `maxAge` leaves. Each step, every child independently leaves care or
 * moves category with competing-risk probabilities from their cell's daily rates (P(any) = 1 − exp(−h·days),
 * split in proportion to the hazards: an exact multinomial draw per cell); then everyone ages a month;
 * then entrants arrive at the month end, Poisson from the entries model, spread uniformly over the months
 * of age of their band. Simplifications: at most one event per child per month; entrants are not at risk
 * in their entry month; a start cell's children are spread uniformly over the twelve months of their year.
 * Each path has its own seeded stream (pure-rand xoroshiro128+), so path i is the same whatever `paths` is.
 *
 * ### Example
 * ```ts
 * const projection = projectCounts({ start, rates, entries: null, origin: day(2024, 3, 31), months: 60,
 *   paths: 1000, seed: 1 });
 * projection.paths[0]?.byCategory.residential[11] // path 0's residential stock on 31 March 2025
 * ```
 */
export function projectCounts(options: ProjectionOptions): Projection {
  const monthEnds = monthEndsAfter(options.origin, options.months);
  const maxMonths = (options.maxAge ?? 18) * 12;
  const groups = groupsOf(options);
  const tables = groups.map((g) => new ProbabilityTable(options.rates, g, maxMonths / 12));
  const paths: PathStock[] = [];
  for (let p = 0; p < options.paths; p++) {
    const rng = streamFor(options.seed, p);
    let stock: Int32Array[] = groups.map((g) => startStock(options.start, g, maxMonths, rng));
    const out = emptyPath(options.months);
    let previous = options.origin;
    for (let m = 0; m < options.months; m++) {
      const end = monthEnds[m] as EpochDay;
      const days = end - previous;
      previous = end;
      stock = stock.map((cells, g) => step(cells, (tables[g] as ProbabilityTable).at(days), maxMonths, rng));
      if (options.entries) addEntries(stock, groups, options.entries, m, days, maxMonths, rng);
      record(out, stock, m);
    }
    paths.push(out);
  }
  return { origin: options.origin, monthEnds, paths };
}

/** The last day of each of the `months` calendar months after the origin's (the origin's own when it is mid-month). */
function monthEndsAfter(origin: EpochDay, months: number): EpochDay[] {
  const c = calendarDate(origin);
  const ends: EpochDay[] = [];
  // A mid-month origin's first step runs to the end of that month.
  const offset = origin === day(c.year, c.month, daysInMonth(c.year, c.month)) ? 1 : 0;
  for (let k = 0; k < months; k++) {
    const index = c.month - 1 + k + offset;
    const year = c.year + Math.floor(index / 12);
    const month = (index % 12) + 1;
    ends.push(day(year, month, daysInMonth(year, month)));
  }
  return ends;
}

function groupsOf(options: ProjectionOptions): string[] {
  const groups = new Set<string>();
  for (const cell of options.start) groups.add(cell.group);
  for (const model of options.entries?.models ?? []) groups.add(model.group);
  return [...groups].sort();
}

/** One path's stream: the seed and path index mixed (a 32-bit hash) so neighbouring paths are unrelated. */
function streamFor(seed: number, path: number): RandomGenerator {
  let h = Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(path + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  const rng = xoroshiro128plus((h ^ (h >>> 15)) | 0);
  // xoroshiro's first outputs from a small seed are poorly mixed: discard a few.
  for (let i = 0; i < 8; i++) rng.next();
  return rng;
}

function uniform(rng: RandomGenerator): number {
  return (rng.next() >>> 0) / TWO_32;
}

/** Poisson draw by inversion; a large mean is split into parts, as a sum of Poissons is Poisson. */
function poisson(rng: RandomGenerator, mean: number): number {
  if (!(mean > 0)) return 0;
  const parts = Math.ceil(mean / 20);
  const mu = mean / parts;
  let total = 0;
  for (let i = 0; i < parts; i++) {
    let k = 0;
    let p = Math.exp(-mu);
    let cumulative = p;
    const u = uniform(rng);
    while (u > cumulative && k < 1000) {
      k += 1;
      p *= mu / k;
      cumulative += p;
    }
    total += k;
  }
  return total;
}

/** Stock cells indexed monthOfAge·K + category index. */
function startStock(
  start: readonly StartCell[],
  group: string,
  maxMonths: number,
  rng: RandomGenerator,
): Int32Array {
  const cells = new Int32Array(maxMonths * K);
  for (const cell of start) {
    if (cell.group !== group || cell.age * 12 >= maxMonths || cell.age < 0) continue;
    const c = MODEL_CATEGORIES.indexOf(cell.category);
    for (let i = 0; i < cell.count; i++) {
      const month = cell.age * 12 + Math.floor(uniform(rng) * 12);
      (cells[month * K + c] as number)++;
    }
  }
  return cells;
}

/**
 * Cumulative step probabilities per (year of age, category): [exit, move to each category in
 * MODEL_CATEGORIES order]; the rest stay. Computed once per distinct step length in days.
 */
class ProbabilityTable {
  readonly #byDays = new Map<number, Float64Array>();
  readonly #rates: TransitionRates;
  readonly #group: string;
  readonly #years: number;

  constructor(rates: TransitionRates, group: string, years: number) {
    this.#rates = rates;
    this.#group = group;
    this.#years = years;
  }

  at(days: number): Float64Array {
    let table = this.#byDays.get(days);
    if (!table) {
      table = this.#build(days);
      this.#byDays.set(days, table);
    }
    return table;
  }

  #build(days: number): Float64Array {
    const table = new Float64Array(this.#years * K * (K + 1));
    for (let age = 0; age < this.#years; age++) {
      for (let c = 0; c < K; c++) {
        const category = MODEL_CATEGORIES[c] as ModelCategory;
        const r = rateOf(this.#rates, this.#group, age, category);
        const hazards = [r.exit, ...MODEL_CATEGORIES.map((to) => (to === category ? 0 : r.moves[to]))];
        const h = hazards.reduce((a, b) => a + b, 0);
        const pAny = h > 0 ? 1 - Math.exp(-h * days) : 0;
        let cumulative = 0;
        const base = (age * K + c) * (K + 1);
        hazards.forEach((hazard, i) => {
          cumulative += h > 0 ? (pAny * hazard) / h : 0;
          table[base + i] = cumulative;
        });
      }
    }
    return table;
  }
}

/** One month: each child exits, moves or stays, then ages a month; those reaching `maxMonths` leave. */
function step(cells: Int32Array, table: Float64Array, maxMonths: number, rng: RandomGenerator): Int32Array {
  const next = new Int32Array(cells.length);
  for (let month = 0; month < maxMonths; month++) {
    const aged = month + 1;
    for (let c = 0; c < K; c++) {
      const n = cells[month * K + c] as number;
      if (n === 0) continue;
      const base = (Math.floor(month / 12) * K + c) * (K + 1);
      for (let i = 0; i < n; i++) {
        const u = uniform(rng);
        if (u < (table[base] as number)) continue;
        let to = c;
        for (let k = 0; k < K; k++) {
          if (u < (table[base + 1 + k] as number)) {
            to = k;
            break;
          }
        }
        if (aged < maxMonths) (next[aged * K + to] as number)++;
      }
    }
  }
  return next;
}

function addEntries(
  stock: Int32Array[],
  groups: readonly string[],
  entries: EntryModels,
  m: number,
  days: number,
  maxMonths: number,
  rng: RandomGenerator,
): void {
  const exposure = entries.exposure === 'days' ? days : 1;
  for (const entry of entries.models) {
    const cells = stock[groups.indexOf(entry.group)] as Int32Array;
    const [first, stop] = BAND_MONTHS[entry.ageBand];
    const last = Math.min(stop, maxMonths);
    if (last <= first) continue;
    const n = poisson(rng, entry.model.predict(entries.firstT + m, exposure));
    const c = MODEL_CATEGORIES.indexOf(entry.category);
    for (let i = 0; i < n; i++) {
      const month = first + Math.floor(uniform(rng) * (last - first));
      (cells[month * K + c] as number)++;
    }
  }
}

function emptyPath(months: number): PathStock {
  const row = () => {
    const r = {} as Record<ModelCategory, number[]>;
    for (const c of MODEL_CATEGORIES) r[c] = new Array<number>(months).fill(0);
    return r;
  };
  const byBand = {} as Record<AgeBand, Record<ModelCategory, number[]>>;
  for (const band of AGE_BANDS) byBand[band] = row();
  return { byCategory: row(), byBand };
}

function record(out: PathStock, stock: readonly Int32Array[], m: number): void {
  for (const cells of stock) {
    for (let i = 0; i < cells.length; i++) {
      const n = cells[i] as number;
      if (n === 0) continue;
      const category = MODEL_CATEGORIES[i % K] as ModelCategory;
      const band = ageBand(Math.floor(i / K / 12));
      (out.byCategory[category][m] as number) += n;
      (out.byBand[band][category][m] as number) += n;
    }
  }
}
