import type { IndicatorCell } from './indicator.ts';

/** One thing counted in a table (a child or a placement) with its category on each dimension. */
export interface Tabulated<T> {
  key: Record<string, string>;
  childId: string;
  item: T;
}

/** What a cell holds, given the things that fall in it. */
export type CellReducer<T> = (items: readonly Tabulated<T>[]) => Omit<IndicatorCell, 'key'>;

/**
 * The cells of a table over `dimensions`, with every total a published table shows: a cell for each
 * combination of categories, and for each subset of dimensions left out (their totals), down to `{}`, the
 * grand total. Every category in `categories` gets a cell even when empty, so a zero is published as a
 * zero and disclosure control sees the whole table; categories met in the data but not listed are added.
 *
 * ### Example
 * ```ts
 * tableCells(rows, ['sex'], { sex: ['F', 'M'] }, countOf)
 * // [{ key: { sex: 'F' }, value: 2, … }, { key: { sex: 'M' }, value: 1, … }, { key: {}, value: 3, … }]
 * ```
 */
export function tableCells<T>(
  items: readonly Tabulated<T>[],
  dimensions: readonly string[],
  categories: Readonly<Record<string, readonly string[]>>,
  reduce: CellReducer<T>,
): IndicatorCell[] {
  const values = dimensions.map((d) => categoriesOf(d, items, categories[d] ?? []));
  const cells: IndicatorCell[] = [];
  // Subsets from all dimensions down to none: the body of the table first, the grand total last.
  for (let mask = (1 << dimensions.length) - 1; mask >= 0; mask--) {
    const kept = dimensions.map((_, i) => (mask & (1 << i)) !== 0);
    const keptDimensions = dimensions.filter((_, i) => kept[i]);
    // One pass over the items per subset of dimensions, not one per cell; the grand total is all of them.
    const groups = keptDimensions.length > 0 ? groupBy(items, keptDimensions) : null;
    if (groups && isOnePerChild(items)) for (const group of groups.values()) onePerChild.add(group);
    for (const key of combinations(dimensions, values, kept)) {
      const group = groups ? (groups.get(cellId(key, keptDimensions)) ?? []) : items;
      cells.push({ key, ...reduce(group) });
    }
  }
  return cells;
}

function groupBy<T>(
  items: readonly Tabulated<T>[],
  dimensions: readonly string[],
): Map<string, Tabulated<T>[]> {
  const groups = new Map<string, Tabulated<T>[]>();
  for (const row of items) {
    const id = cellId(row.key, dimensions);
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

/** A cell's categories as one string (hot path: one dimension needs no joining). */
function cellId(key: Record<string, string>, dimensions: readonly string[]): string {
  if (dimensions.length === 1) return key[dimensions[0] as string] ?? '';
  let id = '';
  for (let i = 0; i < dimensions.length; i++) {
    if (i > 0) id += '\u0000';
    id += key[dimensions[i] as string] ?? '';
  }
  return id;
}

function categoriesOf<T>(
  dimension: string,
  items: readonly Tabulated<T>[],
  listed: readonly string[],
): string[] {
  const all = [...listed];
  const seen = new Set(listed);
  for (const row of items) {
    const value = row.key[dimension];
    if (value !== undefined && !seen.has(value)) {
      seen.add(value);
      all.push(value);
    }
  }
  return all;
}

function combinations(
  dimensions: readonly string[],
  values: readonly string[][],
  kept: readonly boolean[],
): Record<string, string>[] {
  let keys: Record<string, string>[] = [{}];
  dimensions.forEach((dimension, i) => {
    if (!kept[i]) return;
    keys = keys.flatMap((key) => (values[i] ?? []).map((value) => ({ ...key, [dimension]: value })));
  });
  return keys;
}

const childrenOf = new WeakMap<readonly Tabulated<unknown>[], readonly string[]>();

/** Rows arrays that hold each child at most once: part of one that does (a group, the hits) does too. */
const onePerChild = new WeakSet<readonly Tabulated<unknown>[]>();

function isOnePerChild<T>(items: readonly Tabulated<T>[]): boolean {
  if (!onePerChild.has(items) && distinctChildren(items).length === items.length) onePerChild.add(items);
  return onePerChild.has(items);
}

/**
 * The children behind some rows, each once, in the rows' order. A family passes the same rows to several
 * tables (every grand total of the profile is its 31 March rows), so the answer is kept per rows array (rows
 * are not changed once tabulated); each cell gets its own copy.
 */
function distinctChildren<T>(items: readonly Tabulated<T>[]): string[] {
  // Rows of one child each (most tables: one row per child) need no set (hot path).
  if (onePerChild.has(items)) return items.map((row) => row.childId);
  let children = childrenOf.get(items);
  if (!children) {
    const ids = new Set<string>();
    for (const row of items) ids.add(row.childId);
    children = Array.from(ids);
    childrenOf.set(items, children);
  }
  return children.slice();
}

/** A count of the things in the cell, with the children behind it. */
export function countOf<T>(items: readonly Tabulated<T>[]): Omit<IndicatorCell, 'key'> {
  return { value: items.length, childIds: distinctChildren(items) };
}

/** Percentage rounded to one decimal place, as DfE publishes. */
export function percent(numerator: number, denominator: number): number {
  return Math.round((1000 * numerator) / denominator) / 10;
}

/**
 * The share of things in the cell for which `hit` holds, as a percentage with its numerator and base;
 * the children behind it are those hit. An empty base is unknown (null), not 0%.
 */
export function percentOf<T>(hit: (item: T) => boolean): CellReducer<T> {
  return (items) => {
    const hits = items.filter((row) => hit(row.item));
    if (onePerChild.has(items)) onePerChild.add(hits);
    const base = items.length;
    return {
      value: base === 0 ? null : percent(hits.length, base),
      numerator: hits.length,
      denominator: base,
      childIds: distinctChildren(hits),
      ...(base === 0 ? { unknownReason: 'no children in this group' } : {}),
    };
  };
}

/** The middle value of a list (mean of the middle two when even); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/**
 * The median of a numeric item over the cell, rounded to one decimal place; items whose value is null
 * (unknown) are left out of it. `denominator` is the number of values the median is taken over.
 */
export function medianOf<T>(measure: (item: T) => number | null, unknownReason: string): CellReducer<T> {
  return (items) => {
    const known = items.filter((row) => measure(row.item) !== null);
    if (onePerChild.has(items)) onePerChild.add(known);
    const middle = median(known.map((row) => measure(row.item) as number));
    return {
      value: middle === null ? null : Math.round(middle * 10) / 10,
      denominator: known.length,
      childIds: distinctChildren(known),
      ...(middle === null ? { unknownReason } : {}),
    };
  };
}

/**
 * Each category's share of all the things tabulated on one dimension, as percentages with numerator and
 * base (no total cell: it would be 100%). An empty table's shares are unknown, not 0%.
 */
export function shareCells<T>(
  items: readonly Tabulated<T>[],
  dimension: string,
  categories: readonly string[],
): IndicatorCell[] {
  const base = items.length;
  const groups = groupBy(items, [dimension]);
  if (isOnePerChild(items)) for (const group of groups.values()) onePerChild.add(group);
  return categoriesOf(dimension, items, categories).map((category) => {
    const inCell = groups.get(category) ?? [];
    return {
      key: { [dimension]: category },
      value: base === 0 ? null : percent(inCell.length, base),
      numerator: inCell.length,
      denominator: base,
      childIds: distinctChildren(inCell),
      ...(base === 0 ? { unknownReason: 'no children to share out' } : {}),
    };
  });
}
