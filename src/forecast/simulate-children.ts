import { AGE_BANDS, type AgeBand, ageBand } from '../care/index.ts';
import { calendarDate, type EpochDay } from '../dates/index.ts';
import { ageStepByMonth } from './age-steps.ts';
import { drawEntries, type EntriesModel, entriesPerDay } from './entries-model.ts';
import { MODEL_CATEGORIES, type ModelCategory } from './exposure.ts';
import {
  OUTCOMES,
  PathHazards,
  type RateTable,
  rateTable,
  stateIndex,
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
  /** Day of the month of their birth (1–31): the day each month they complete another month of age. */
  birthDay: number;
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
  /**
   * Expected entries a month set by the user from a day on (ascending by `from`; the latest started applies),
   * in place of the entries model's level and trend; the model's mix of cells is kept.
   */
  entriesLevel?: readonly { from: EpochDay; perMonth: number }[];
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
 * their months of age, birth day, placement category and entry day, so rates can depend on age step,
 * category and duration in care; a month in which a child enters a new age step (on their birth day) or a
 * new duration band is split there, and a child is at risk until their `maxAge` birthday. Each month every child leaves care, moves category or stays, with
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

/** A day after every forecast (an Int32Array holds it): the last duration band never ends. */
const NEVER = 0x7fffffff;

/** The population of one path, as parallel arrays (children leave by swapping in the last). */
class Population {
  /** Days in care at which duration bands start. */
  readonly #bounds: readonly number[];
  group = new Uint8Array(1024);
  ageMonths = new Int32Array(1024);
  birthDay = new Uint8Array(1024);
  category = new Uint8Array(1024);
  entered = new Int32Array(1024);
  /** Duration band, and the day the next one starts (never, in the last). */
  band = new Uint8Array(1024);
  bandEnds = new Int32Array(1024);
  size = 0;

  constructor(bounds: readonly number[]) {
    this.#bounds = bounds;
  }

  /** Adds a child, in the duration band of their days in care on `on`. */
  add(
    group: number,
    ageMonths: number,
    birthDay: number,
    category: number,
    entered: number,
    on: EpochDay,
  ): void {
    if (this.size === this.group.length) this.#grow();
    const i = this.size++;
    this.group[i] = group;
    this.ageMonths[i] = ageMonths;
    this.birthDay[i] = birthDay;
    this.category[i] = category;
    this.entered[i] = entered;
    let band = 0;
    while (band < this.#bounds.length && on - entered >= (this.#bounds[band] as number)) band += 1;
    this.band[i] = band;
    this.bandEnds[i] = this.#bandStart(entered, band);
  }

  /** Moves child i on to their next duration band. */
  nextBand(i: number): void {
    const band = (this.band[i] as number) + 1;
    this.band[i] = band;
    this.bandEnds[i] = this.#bandStart(this.entered[i] as number, band);
  }

  #bandStart(entered: number, band: number): number {
    return band < this.#bounds.length ? entered + (this.#bounds[band] as number) : NEVER;
  }

  remove(i: number): void {
    const last = --this.size;
    this.group[i] = this.group[last] as number;
    this.ageMonths[i] = this.ageMonths[last] as number;
    this.birthDay[i] = this.birthDay[last] as number;
    this.category[i] = this.category[last] as number;
    this.entered[i] = this.entered[last] as number;
    this.band[i] = this.band[last] as number;
    this.bandEnds[i] = this.bandEnds[last] as number;
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
    this.birthDay = grow(this.birthDay, (n) => new Uint8Array(n));
    this.category = grow(this.category, (n) => new Uint8Array(n));
    this.entered = grow(this.entered, (n) => new Int32Array(n));
    this.band = grow(this.band, (n) => new Uint8Array(n));
    this.bandEnds = grow(this.bandEnds, (n) => new Int32Array(n));
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
  const entryDraw = options.entries ? drawEntries(options.entries, uncertain ? random : null) : null;
  const path = new PathHazards(rates, uncertain ? random : null);
  const hazards = path.hazards;
  const strideCategory = shape.durations * OUTCOMES;
  const strideAge = K * strideCategory;
  const strideGroup = shape.ageSteps * strideAge;
  const stepOfMonth = shape.stepOfMonth;
  const groupIndex = new Map(shape.groups.map((g, i) => [g, i]));
  const population = new Population(options.durationBands);
  for (const child of options.start) {
    if (child.ageMonths < 0 || child.ageMonths >= maxMonths) continue;
    population.add(
      groupIndex.get(child.group) as number,
      child.ageMonths,
      child.birthDay,
      MODEL_CATEGORIES.indexOf(child.category),
      options.origin - child.daysInCare,
      options.origin,
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
    const table = path.probabilities(days);
    counts.fill(0);
    // Calendar days of the month's first and last day: a child completes another month of age on their
    // birth day (the last day of a shorter month), so a new age step can start part-way through the month.
    const firstDom = calendarDate(previous + 1).day;
    const lastDom = calendarDate(end).day;
    // The arrays, held locally: nobody is added until the loop ends, so they are not reallocated in it.
    const { group, category, ageMonths, band, bandEnds, birthDay } = population;
    for (let i = 0; i < population.size; ) {
      const c = category[i] as number;
      const age = ageMonths[i] as number;
      // stateIndex, inlined: this loop runs for every child, month and path.
      const d = band[i] as number;
      const rowOf = group[i] as number;
      const step = stepOfMonth[age] as number;
      const base = rowOf * strideGroup + step * strideAge + c * strideCategory + d * OUTCOMES;
      const leaves = age + 1 >= maxMonths;
      const nextStep = leaves ? -1 : (stepOfMonth[age + 1] as number);
      const bandEnd = bandEnds[i] as number;
      // Days of the month before the next age step and before the next duration band (days: not this month).
      let beforeAge = days;
      if (nextStep !== step) {
        const turns = Math.min(birthDay[i] as number, lastDom) - firstDom;
        if (turns >= 0 && turns < days) beforeAge = turns;
      }
      let beforeBand = days;
      if (bandEnd <= end) {
        beforeBand = bandEnd - (previous + 1);
        population.nextBand(i);
      }
      const u = random.uniform();
      if (beforeAge === days && beforeBand === days) {
        if ((table[base] as number) !== (table[base] as number)) path.fill(table, days, base);
        if (u < (table[base] as number)) {
          population.remove(i);
          continue;
        }
        for (let k = 0; k < K; k++) {
          if (u < (table[base + 1 + k] as number)) {
            category[i] = k;
            break;
          }
        }
      } else {
        // The month spans two or three states: their hazards weighted by the days in each (no closures:
        // this is the per-child loop). After the 18th birthday the child is no longer at risk (state −1).
        const ageRow = leaves ? -1 : rowOf * strideGroup + nextStep * strideAge + c * strideCategory;
        const first = Math.min(beforeAge, beforeBand);
        const second = Math.max(beforeAge, beforeBand);
        const middle = beforeAge < beforeBand ? (ageRow < 0 ? -1 : ageRow + d * OUTCOMES) : base + OUTCOMES;
        const last = second < days && ageRow >= 0 ? ageRow + (d + 1) * OUTCOMES : -1;
        path.ensure(base);
        if (middle >= 0) path.ensure(middle);
        if (last >= 0) path.ensure(last);
        const outcome = splitMonthOutcome(
          hazards,
          base,
          first,
          middle,
          second - first,
          last,
          days - second,
          u,
        );
        if (outcome === 0) {
          population.remove(i);
          continue;
        }
        if (outcome > 0) category[i] = outcome - 1;
      }
      if (leaves) {
        // Still in care on their 18th birthday: a care leaver.
        (out.turned18[m] as number)++;
        population.remove(i);
        continue;
      }
      ageMonths[i] = age + 1;
      (counts[(bandOfMonth[age + 1] as number) * K + (category[i] as number)] as number)++;
      i += 1;
    }
    applyStepDowns(options.stepDowns, population, previous, end, random);
    if (options.entries && entryDraw) {
      const perDay =
        levelOn(options.entriesLevel, end) ??
        entriesPerDay(options.entries, entryDraw, options.entries.firstT + m);
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
            path,
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
          path,
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
  path: PathHazards,
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
  path.ensure(base);
  const hazards = path.hazards;
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
  // Entrants' birthdays fall on any day of the month (a 31st turns on the last day of a shorter month).
  const birthDay = 1 + Math.floor(random.uniform() * 31);
  population.add(group, ageMonths, birthDay, c, monthStart + arrival, monthStart + arrival);
  (tally.counts[(tally.bandOfMonth[ageMonths] as number) * K + c] as number)++;
}

/**
 * The outcome of a month spent in up to three states, `days*` days each (a state −1: no longer at risk, as
 * after the 18th birthday): 0 leaves care, 1 + k moves to category k, −1 stays. Competing risks over the
 * integrated hazards: P(any) = 1 − exp(−ΣH), shared in proportion to each outcome's H.
 */
function splitMonthOutcome(
  hazards: Float64Array,
  stateA: number,
  daysA: number,
  stateB: number,
  daysB: number,
  stateC: number,
  daysC: number,
  u: number,
): number {
  let total = 0;
  for (let o = 0; o < OUTCOMES; o++)
    total += integratedHazard(hazards, o, stateA, daysA, stateB, daysB, stateC, daysC);
  if (total <= 0) return -1;
  const scale = (1 - Math.exp(-total)) / total;
  let cumulative = 0;
  for (let o = 0; o < OUTCOMES; o++) {
    cumulative += integratedHazard(hazards, o, stateA, daysA, stateB, daysB, stateC, daysC) * scale;
    if (u < cumulative) return o;
  }
  return -1;
}

/** Outcome `o`'s hazard summed over the days in each state (a state −1 adds nothing). */
function integratedHazard(
  hazards: Float64Array,
  o: number,
  stateA: number,
  daysA: number,
  stateB: number,
  daysB: number,
  stateC: number,
  daysC: number,
): number {
  return (
    (hazards[stateA + o] as number) * daysA +
    (stateB >= 0 ? (hazards[stateB + o] as number) * daysB : 0) +
    (stateC >= 0 ? (hazards[stateC + o] as number) * daysC : 0)
  );
}

/** Expected entries a day set by the user for the month ending `monthEnd`, or null for the model's own. */
function levelOn(levels: SimulationOptions['entriesLevel'], monthEnd: EpochDay): number | null {
  let perMonth: number | null = null;
  for (const level of levels ?? []) if (monthEnd >= level.from) perMonth = level.perMonth;
  return perMonth === null ? null : (perMonth * 12) / 365.25;
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
  return { byCategory: row(), byBand, turned18: new Array<number>(months).fill(0) };
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
