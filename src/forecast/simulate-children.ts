import { AGE_BANDS, type AgeBand, ageBand } from '../care/index.ts';
import type { EpochDay } from '../dates/index.ts';
import { ageStepByMonth } from './age-steps.ts';
import { drawEntries, type EntriesModel, entriesPerDay } from './entries-model.ts';
import { MODEL_CATEGORIES, type ModelCategory } from './exposure.ts';
import {
  hazardTable,
  OUTCOMES,
  type RateTable,
  rateTable,
  stateIndex,
  stepProbabilities,
  type TableShape,
} from './hazard-table.ts';
import { monthEndsAfter } from './month-ends.ts';
import type { PathStock, Projection } from './projection.ts';
import { pathRandom, type Random } from './random.ts';
import type { TransitionRates } from './transition-rates.ts';

/** A child looked after on the origin. */
export interface StartChild {
  group: string;
  /** Completed months of age on the origin. */
  ageMonths: number;
  category: ModelCategory;
  /** Days in care on the origin, counted from the period's entry. */
  daysInCare: number;
}

/** Extra entrants a scenario adds: `perMonth` expected a month from `from`, aged within [ageFrom, ageTo]. */
export interface AddedEntrants {
  from: EpochDay;
  perMonth: number;
  group: string;
  category: ModelCategory;
  ageFromMonths: number;
  /** Exclusive. */
  ageToMonths: number;
}

/** A scenario's step-down: after `afterDays` in care, this share of children in `from` move to `to`. */
export interface StepDown {
  from: ModelCategory;
  to: ModelCategory;
  share: number;
  afterDays: number;
  /** Day the policy starts (children already past `afterDays` then are offered it on that day). */
  starts: EpochDay;
}

export interface SimulationOptions {
  start: readonly StartChild[];
  rates: TransitionRates;
  /** Days in care at which duration bands start (the bounds the rates were estimated with). */
  durationBands: readonly number[];
  /** null: a closed population. */
  entries: EntriesModel | null;
  /** Multiplies expected entries of a cell (scenarios: "UASC arrivals +30%"); default 1. */
  entryFactor?: (
    cell: { group: string; ageBand: AgeBand; category: ModelCategory },
    monthEnd: EpochDay,
  ) => number;
  addedEntrants?: readonly AddedEntrants[];
  stepDowns?: readonly StepDown[];
  origin: EpochDay;
  months: number;
  /** Paths [firstPath, firstPath + paths) are simulated: a worker runs a slice, with the same draws. */
  firstPath?: number;
  paths: number;
  seed: number;
  /** Draw rates and the entries trend from their sampling distributions on each path (default true). */
  parameterUncertainty?: boolean;
  maxAge?: number;
  /** Called after each path with the number done so far (progress for long runs). */
  onPath?: (done: number) => void;
}

const K = MODEL_CATEGORIES.length;
const BAND_INDEX = new Map<AgeBand, number>(AGE_BANDS.map((b, i) => [b, i]));

/**
 * A per-child Monte Carlo projection of the children in care, in calendar-month steps. Each child carries
 * their months of age, placement category and entry day, so rates can depend on single year of age,
 * category and duration in care, and ageing is exact to the month: a child leaves at the month end on
 * which they have turned `maxAge`. Each month every child leaves care, moves category or stays, with
 * competing-risk probabilities over the month's days; entrants arrive on a uniformly drawn day of the month,
 * at an age drawn from the reference period's entrants, and are at risk for the rest of the month. Each
 * path first draws its own rates and entries trend (parameter uncertainty), then its own chance events;
 * every path has its own seeded stream, so path i is the same however the paths are split or counted.
 */
export function simulateChildren(options: SimulationOptions): Projection {
  const monthEnds = monthEndsAfter(options.origin, options.months);
  const maxMonths = (options.maxAge ?? 18) * 12;
  const groups = groupsOf(options);
  const shape: SimShape = {
    groups,
    ageSteps: options.rates.ageSteps.length,
    durations: options.durationBands.length + 1,
    stepOfMonth: ageStepByMonth(options.rates.ageSteps, maxMonths),
  };
  const paths: PathStock[] = [];
  const firstPath = options.firstPath ?? 0;
  const rates = rateTable(options.rates, shape);
  for (let p = firstPath; p < firstPath + options.paths; p++) {
    paths.push(simulatePath(options, shape, rates, monthEnds, maxMonths, pathRandom(options.seed, p)));
    options.onPath?.(paths.length);
  }
  return { origin: options.origin, monthEnds, paths };
}

/** The hazard table's shape, and the age step of each month of age. */
interface SimShape extends TableShape {
  stepOfMonth: Int8Array;
}

function groupsOf(options: SimulationOptions): string[] {
  const groups = new Set<string>();
  for (const child of options.start) groups.add(child.group);
  for (const cell of options.entries?.cells ?? []) groups.add(cell.group);
  for (const added of options.addedEntrants ?? []) groups.add(added.group);
  for (const key of options.rates.cells.values()) groups.add(key.group);
  return [...groups].sort();
}

/** The population of one path, as parallel arrays (children leave by swapping in the last). */
class Population {
  group = new Uint8Array(1024);
  ageMonths = new Int32Array(1024);
  category = new Uint8Array(1024);
  entered = new Int32Array(1024);
  size = 0;

  add(group: number, ageMonths: number, category: number, entered: number): void {
    if (this.size === this.group.length) this.#grow();
    const i = this.size++;
    this.group[i] = group;
    this.ageMonths[i] = ageMonths;
    this.category[i] = category;
    this.entered[i] = entered;
  }

  remove(i: number): void {
    const last = --this.size;
    this.group[i] = this.group[last] as number;
    this.ageMonths[i] = this.ageMonths[last] as number;
    this.category[i] = this.category[last] as number;
    this.entered[i] = this.entered[last] as number;
  }

  #grow(): void {
    const n = this.group.length * 2;
    const grow = <T extends Uint8Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.group = grow(this.group, (n) => new Uint8Array(n));
    this.ageMonths = grow(this.ageMonths, (n) => new Int32Array(n));
    this.category = grow(this.category, (n) => new Uint8Array(n));
    this.entered = grow(this.entered, (n) => new Int32Array(n));
  }
}

function simulatePath(
  options: SimulationOptions,
  shape: SimShape,
  rates: RateTable,
  monthEnds: readonly EpochDay[],
  maxMonths: number,
  random: Random,
): PathStock {
  const uncertain = options.parameterUncertainty ?? true;
  const hazards = hazardTable(rates, uncertain ? random : null);
  const entryDraw = options.entries ? drawEntries(options.entries, uncertain ? random : null) : null;
  const byDays = new Map<number, Float64Array>();
  const probabilities = (days: number) => {
    let table = byDays.get(days);
    if (!table) {
      table = stepProbabilities(hazards, days);
      byDays.set(days, table);
    }
    return table;
  };
  const bounds = options.durationBands;
  const bandCount = bounds.length;
  const strideCategory = shape.durations * OUTCOMES;
  const strideAge = K * strideCategory;
  const strideGroup = shape.ageSteps * strideAge;
  const stepOfMonth = shape.stepOfMonth;
  const groupIndex = new Map(shape.groups.map((g, i) => [g, i]));
  const population = new Population();
  for (const child of options.start) {
    if (child.ageMonths < 0 || child.ageMonths >= maxMonths) continue;
    population.add(
      groupIndex.get(child.group) as number,
      child.ageMonths,
      MODEL_CATEGORIES.indexOf(child.category),
      options.origin - child.daysInCare,
    );
  }
  const out = emptyStock(options.months);
  // Age band index by month of age; the month's counts are kept as children are stepped and admitted.
  const bandOfMonth = Int8Array.from(
    { length: maxMonths },
    (_, a) => BAND_INDEX.get(ageBand((a / 12) | 0)) as number,
  );
  const counts = new Int32Array(AGE_BANDS.length * K);
  const tally = { counts, bandOfMonth };
  let previous = options.origin;
  for (let m = 0; m < monthEnds.length; m++) {
    const end = monthEnds[m] as EpochDay;
    const days = end - previous;
    const table = probabilities(days);
    counts.fill(0);
    for (let i = 0; i < population.size; ) {
      const c = population.category[i] as number;
      const age = population.ageMonths[i] as number;
      // stateIndex and the duration band, inlined: this loop runs for every child, month and path.
      const inCare = previous - (population.entered[i] as number);
      let d = 0;
      while (d < bandCount && inCare >= (bounds[d] as number)) d += 1;
      const base =
        (population.group[i] as number) * strideGroup +
        (stepOfMonth[age] as number) * strideAge +
        c * strideCategory +
        d * OUTCOMES;
      const u = random.uniform();
      if (u < (table[base] as number)) {
        population.remove(i);
        continue;
      }
      for (let k = 0; k < K; k++) {
        if (u < (table[base + 1 + k] as number)) {
          population.category[i] = k;
          break;
        }
      }
      if (age + 1 >= maxMonths) {
        population.remove(i);
        continue;
      }
      population.ageMonths[i] = age + 1;
      (counts[(bandOfMonth[age + 1] as number) * K + (population.category[i] as number)] as number)++;
      i += 1;
    }
    applyStepDowns(options.stepDowns, population, previous, end, random);
    if (options.entries && entryDraw) {
      const perDay = entriesPerDay(options.entries, entryDraw, options.entries.firstT + m);
      for (const cell of options.entries.cells) {
        const factor = options.entryFactor ? options.entryFactor(cell, end) : 1;
        const n = random.poisson(perDay * days * cell.share * factor);
        for (let e = 0; e < n; e++) {
          const ageMonths = cell.agesInMonths[
            Math.floor(random.uniform() * cell.agesInMonths.length)
          ] as number;
          admit(
            population,
            shape,
            hazards,
            groupIndex.get(cell.group) as number,
            ageMonths,
            cell.category,
            previous,
            days,
            maxMonths,
            random,
            tally,
          );
        }
      }
    }
    for (const added of options.addedEntrants ?? []) {
      if (end < added.from) continue;
      const n = random.poisson(added.perMonth);
      for (let e = 0; e < n; e++) {
        const span = Math.max(1, added.ageToMonths - added.ageFromMonths);
        const ageMonths = added.ageFromMonths + Math.floor(random.uniform() * span);
        admit(
          population,
          shape,
          hazards,
          groupIndex.get(added.group) as number,
          ageMonths,
          added.category,
          previous,
          days,
          maxMonths,
          random,
          tally,
        );
      }
    }
    // A step-down changes categories after the count: count again.
    if (options.stepDowns && options.stepDowns.length > 0) recount(counts, population, bandOfMonth);
    record(out, counts, m);
    previous = end;
  }
  return out;
}

/**
 * An entrant arrives on a uniformly drawn day of the month and is at risk (duration band 0) for the rest of
 * it; one who has already left by the month end is never counted, as in the data.
 */
function admit(
  population: Population,
  shape: SimShape,
  hazards: Float64Array,
  group: number,
  ageMonths: number,
  category: ModelCategory,
  monthStart: EpochDay,
  days: number,
  maxMonths: number,
  random: Random,
  tally: { counts: Int32Array; bandOfMonth: Int8Array },
): void {
  if (ageMonths >= maxMonths || ageMonths < 0) return;
  const arrival = Math.floor(random.uniform() * days);
  const atRisk = days - arrival;
  let c = MODEL_CATEGORIES.indexOf(category);
  const base = stateIndex(shape, group, shape.stepOfMonth[ageMonths] as number, c, 0);
  let h = 0;
  for (let i = 0; i < OUTCOMES; i++) h += hazards[base + i] as number;
  if (h > 0) {
    const u = random.uniform();
    const pAny = 1 - Math.exp(-h * atRisk);
    if (u < pAny) {
      let cumulative = ((hazards[base] as number) / h) * pAny;
      if (u < cumulative) return;
      for (let k = 0; k < K; k++) {
        cumulative += ((hazards[base + 1 + k] as number) / h) * pAny;
        if (u < cumulative) {
          c = k;
          break;
        }
      }
    }
  }
  population.add(group, ageMonths, c, monthStart + arrival);
  (tally.counts[(tally.bandOfMonth[ageMonths] as number) * K + c] as number)++;
}

/** A step-down moves each eligible child once, on the month end after they pass `afterDays` in care. */
function applyStepDowns(
  stepDowns: readonly StepDown[] | undefined,
  population: Population,
  monthStart: EpochDay,
  monthEnd: EpochDay,
  random: Random,
): void {
  if (!stepDowns) return;
  for (const rule of stepDowns) {
    if (monthEnd < rule.starts) continue;
    const from = MODEL_CATEGORIES.indexOf(rule.from);
    const to = MODEL_CATEGORIES.indexOf(rule.to);
    // The first month the policy runs, everyone already past the threshold is offered it.
    const firstMonth = monthStart < rule.starts;
    for (let i = 0; i < population.size; i++) {
      if (population.category[i] !== from) continue;
      const inCare = monthEnd - (population.entered[i] as number);
      const crossed =
        inCare >= rule.afterDays &&
        (firstMonth || monthStart - (population.entered[i] as number) < rule.afterDays);
      if (crossed && random.uniform() < rule.share) population.category[i] = to;
    }
  }
}

function emptyStock(months: number): PathStock {
  const row = () => {
    const r = {} as Record<ModelCategory, number[]>;
    for (const c of MODEL_CATEGORIES) r[c] = new Array<number>(months).fill(0);
    return r;
  };
  const byBand = {} as Record<AgeBand, Record<ModelCategory, number[]>>;
  for (const b of AGE_BANDS) byBand[b] = row();
  return { byCategory: row(), byBand };
}

/** The month's counts from scratch (after a step-down moved children between categories). */
function recount(counts: Int32Array, population: Population, bandOfMonth: Int8Array): void {
  counts.fill(0);
  for (let i = 0; i < population.size; i++) {
    const b = bandOfMonth[population.ageMonths[i] as number] as number;
    (counts[b * K + (population.category[i] as number)] as number)++;
  }
}

function record(out: PathStock, counts: Int32Array, m: number): void {
  AGE_BANDS.forEach((b, bi) => {
    MODEL_CATEGORIES.forEach((c, ci) => {
      const n = counts[bi * K + ci] as number;
      (out.byBand[b][c][m] as number) = n;
      (out.byCategory[c][m] as number) += n;
    });
  });
}
