import type { ChildTimeline } from '../care/timeline-types.ts';
import { type CollectionYear, collectionYearBounds } from '../dates/index.ts';
import { type ComparatorFigure, englandFigure, englandFigures } from './comparators/index.ts';
import { durationsIndicators } from './durations.ts';
import { equalityIndicators } from './equality.ts';
import { firstPlacementIndicators } from './first-placement.ts';
import type { Indicator, IndicatorCell, Theme } from './indicator.ts';
import type { IndicatorInput } from './indicator-input.ts';
import { locationIndicators } from './location.ts';
import { placementMixIndicators } from './placement-mix.ts';
import { populationIndicators } from './population.ts';
import { profileIndicators } from './profile.ts';
import { specificNeedsIndicators } from './specific-needs.ts';
import { stabilityIndicators } from './stability.ts';
import { uascIndicators } from './uasc.ts';
import { unregisteredIndicators } from './unregistered.ts';
import { yearFacts } from './year-facts.ts';

/** One indicator family: a pure function of one council's timelines for one year. */
export type IndicatorFamily = (input: IndicatorInput) => Indicator[];

/** The themes in the order a sufficiency statement uses them, with their page titles. */
export const THEME_TITLES: Readonly<Record<Theme, string>> = {
  population: 'Population',
  profile: 'Profile',
  placements: 'Placement mix',
  location: 'Location',
  stability: 'Stability',
  durations: 'Durations',
  'first-placement': 'Age at first placement',
  uasc: 'Unaccompanied asylum-seeking children',
  'specific-needs': 'Specific needs and settings',
  unregistered: 'Unregistered and unregulated placements',
  equality: 'Equality',
};

export const THEMES = Object.keys(THEME_TITLES) as Theme[];

/** Every family, in theme order. */
export const INDICATOR_FAMILIES: readonly IndicatorFamily[] = [
  populationIndicators,
  profileIndicators,
  placementMixIndicators,
  locationIndicators,
  stabilityIndicators,
  durationsIndicators,
  firstPlacementIndicators,
  uascIndicators,
  specificNeedsIndicators,
  unregisteredIndicators,
  equalityIndicators,
];

/**
 * Every indicator for one council and year, in theme order, with England's figure for the headline where
 * DfE publishes the same definition (the shipped table, `englandFigures()`, unless `england` is given) and
 * the family did not set one. One family's output never depends on another's.
 *
 * ### Example
 * ```ts
 * computeIndicators({ timelines, councilCode: 'E06000016', collectionYear: 2025 })
 *   .find((i) => i.id === 'population.looked-after-at-31-march')?.cells[0]?.value // 571
 * ```
 */
export function computeIndicators(
  input: IndicatorInput,
  families: readonly IndicatorFamily[] = INDICATOR_FAMILIES,
  england: readonly ComparatorFigure[] = englandFigures(),
): Indicator[] {
  const timelines = timelinesTouching(input.timelines, input.collectionYear);
  // One shared pass over the year's children that every family reads (see year-facts.ts).
  const inYear = { ...input, timelines, facts: yearFacts(timelines, input.collectionYear) };
  const all = families.flatMap((family) => family(inYear)).map((i) => withEngland(i, england));
  const order = new Map(THEMES.map((t, i) => [t, i]));
  // A stable sort: within a theme, the family's own order stands.
  return all.sort((a, b) => (order.get(a.theme) ?? 99) - (order.get(b.theme) ?? 99));
}

/** The indicator with England's headline figure filled in when the family left it unset and one is published. */
function withEngland(indicator: Indicator, figures: readonly ComparatorFigure[]): Indicator {
  if (indicator.england !== undefined) return indicator;
  const figure = englandFigure(figures, indicator.id, indicator.collectionYear);
  return figure ? { ...indicator, england: figure.value } : indicator;
}

/**
 * The children whose care touches the collection year: a period of care (short breaks included) or a
 * missing spell overlapping 1 April – 31 March. Every indicator is about events in the year or the state
 * on 31 March, so the others cannot count; leaving them out spares each family a scan of children who left
 * years before (a ten-year council has three or four times as many timelines as children in any one year).
 * Each child kept still has their whole history (returns to care, first entries, durations to date).
 */
export function timelinesTouching(
  timelines: readonly ChildTimeline[],
  year: CollectionYear,
): readonly ChildTimeline[] {
  const { start, end } = collectionYearBounds(year);
  const { first, last } = careSpans(timelines);
  const touching: ChildTimeline[] = [];
  for (let i = 0; i < timelines.length; i++) {
    // Most of a trend's timelines are years away from any one year: their first and last days tell.
    if ((first[i] as number) > end || (last[i] as number) < start) continue;
    const t = timelines[i] as ChildTimeline;
    if (anyOverlaps(t.periods, start, end) || anyOverlaps(t.missing, start, end)) touching.push(t);
  }
  return touching;
}

const spansMemo = new WeakMap<readonly ChildTimeline[], { first: Float64Array; last: Float64Array }>();

/**
 * Each timeline's first day and last day (Infinity while open) of care or missing spells, worked out once
 * per timelines array (they are not changed once built) for every year of a trend.
 */
function careSpans(timelines: readonly ChildTimeline[]): { first: Float64Array; last: Float64Array } {
  let spans = spansMemo.get(timelines);
  if (!spans) {
    const first = new Float64Array(timelines.length).fill(Number.POSITIVE_INFINITY);
    const last = new Float64Array(timelines.length).fill(Number.NEGATIVE_INFINITY);
    timelines.forEach((t, i) => {
      for (const span of [...t.periods, ...t.missing]) {
        first[i] = Math.min(first[i] as number, span.start);
        last[i] = Math.max(last[i] as number, span.end ?? Number.POSITIVE_INFINITY);
      }
    });
    spans = { first, last };
    spansMemo.set(timelines, spans);
  }
  return spans;
}

function anyOverlaps(
  spans: readonly { start: number; end: number | null }[],
  start: number,
  end: number,
): boolean {
  for (const span of spans) {
    if (span.start <= end && (span.end === null || span.end >= start)) return true;
  }
  return false;
}

/** The indicators of one collection year. */
export interface IndicatorYear {
  collectionYear: CollectionYear;
  indicators: Indicator[];
}

export interface TrendOptions {
  councilCode: string;
  /** Children aged 0–17 for a collection year's rates (undefined: rates unknown that year). */
  population0to17?: (year: CollectionYear) => number | undefined;
  localDisability?: ReadonlyMap<string, boolean>;
  families?: readonly IndicatorFamily[];
}

/**
 * Every indicator for each of `years` (oldest first): each year as at its own 31 March, computed from the
 * timelines as they stand now (so a later return's corrections reach earlier years too).
 *
 * ### Example
 * ```ts
 * computeTrend(timelines, [2024, 2025], { councilCode: 'E06000016' }).map((y) => y.indicators.length)
 * ```
 */
export function computeTrend(
  timelines: readonly ChildTimeline[],
  years: readonly CollectionYear[],
  options: TrendOptions,
): IndicatorYear[] {
  return [...years]
    .sort((a, b) => a - b)
    .map((collectionYear) => ({
      collectionYear,
      indicators: computeIndicators(inputFor(timelines, collectionYear, options), options.families),
    }));
}

/** The IndicatorInput for one year (optional fields left out rather than set to undefined). */
export function inputFor(
  timelines: readonly ChildTimeline[],
  collectionYear: CollectionYear,
  options: Omit<TrendOptions, 'families'>,
): IndicatorInput {
  const input: IndicatorInput = { timelines, councilCode: options.councilCode, collectionYear };
  const population = options.population0to17?.(collectionYear);
  if (population !== undefined) input.population0to17 = population;
  if (options.localDisability) input.localDisability = options.localDisability;
  return input;
}

/** One point of an indicator's trend: a cell's value in one year, with England's when known. */
export interface TrendPoint {
  collectionYear: CollectionYear;
  value: number | null;
  numerator?: number;
  denominator?: number;
  england: number | null;
}

/**
 * The trend of one cell of one indicator (the headline `{}` by default) over the computed years; a year
 * where the indicator or the cell is missing gives `value: null`.
 */
export function indicatorTrend(
  years: readonly IndicatorYear[],
  id: string,
  key: Record<string, string> = {},
): TrendPoint[] {
  return years.map(({ collectionYear, indicators }) => {
    const indicator = indicators.find((i) => i.id === id);
    const cell = indicator ? findCell(indicator, key) : undefined;
    const point: TrendPoint = {
      collectionYear,
      value: cell?.value ?? null,
      england: indicator?.england ?? null,
    };
    if (cell?.numerator !== undefined) point.numerator = cell.numerator;
    if (cell?.denominator !== undefined) point.denominator = cell.denominator;
    return point;
  });
}

/** A cell key written one way whatever its property order, e.g. `{"ageBand":"1-4","sex":"M"}`. */
export function cellKeyText(key: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(key).sort(([a], [b]) => (a < b ? -1 : 1))));
}

/** The cell with exactly this key (same dimensions, same values), if any. */
export function findCell(
  indicator: Indicator,
  key: Readonly<Record<string, string>>,
): IndicatorCell | undefined {
  const wanted = cellKeyText(key);
  return indicator.cells.find((c) => cellKeyText(c.key) === wanted);
}

/** An indicator without the children behind its cells: what anyone without children:read may see. */
export function withoutChildIds(indicator: Indicator): Indicator {
  return { ...indicator, cells: indicator.cells.map(({ childIds: _, ...cell }) => cell) };
}
