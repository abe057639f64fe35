import type { IndicatorCell } from './indicator.ts';

/** One thing counted (a child, a placement, a move…) with its category per dimension. */
export interface Tallied {
  childId: string;
  key: Readonly<Record<string, string>>;
}

/**
 * Every cell key of a table: each dimension either one of its values or left out (its total), so a
 * sex × ageBand table gets each combination, each row and column total, and `{}` the grand total.
 *
 * ### Example
 * ```ts
 * tableKeys({ band: ['a', 'b'] }) // [{}, { band: 'a' }, { band: 'b' }]
 * ```
 */
export function tableKeys(dimensions: Readonly<Record<string, readonly string[]>>): Record<string, string>[] {
  let keys: Record<string, string>[] = [{}];
  for (const [name, values] of Object.entries(dimensions)) {
    keys = keys.flatMap((key) => [key, ...values.map((value) => ({ ...key, [name]: value }))]);
  }
  return keys;
}

/**
 * Count cells for `keys`: each item counts in every cell whose key it matches (so totals come for free).
 * With `distinctChildren` a cell counts children (each once); otherwise it counts items. Every cell lists
 * the children behind it. Cells with nothing in them are 0, not left out: a table shows its zeros.
 */
export function tallyCells(
  items: readonly Tallied[],
  keys: readonly Record<string, string>[],
  distinctChildren: boolean,
): IndicatorCell[] {
  // One pass over the items per set of dimension names the keys use (not one per cell): each item is
  // filed under its values on those dimensions; a key then reads its group.
  const tallies = new Map<string, Map<string, Tally>>();
  return keys.map((key) => {
    const names = Object.keys(key);
    const shape = names.join('\u0000');
    let byValues = tallies.get(shape);
    if (!byValues) {
      byValues = tallyBy(items, names);
      tallies.set(shape, byValues);
    }
    const id = valuesId(key, names);
    const tally = id === null ? undefined : byValues.get(id);
    const children = tally ? Array.from(tally.children) : [];
    return { key, value: distinctChildren ? children.length : (tally?.count ?? 0), childIds: children };
  });
}

interface Tally {
  count: number;
  children: Set<string>;
}

function tallyBy(items: readonly Tallied[], names: readonly string[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const item of items) {
    const id = valuesId(item.key, names);
    if (id === null) continue; // the item has no value on one of the dimensions: it matches no such key
    let tally = tallies.get(id);
    if (!tally) {
      tally = { count: 0, children: new Set() };
      tallies.set(id, tally);
    }
    tally.count++;
    tally.children.add(item.childId);
  }
  return tallies;
}

/** The values of `key` on `names` as one string, or null when one is missing. */
function valuesId(key: Readonly<Record<string, string>>, names: readonly string[]): string | null {
  let id = '';
  for (const name of names) {
    const value = key[name];
    if (value === undefined) return null;
    id += `${value}\u0000`;
  }
  return id;
}

/** A percentage cell (one decimal place) with its numerator and base; null when the base is 0. */
export function percentCell(
  key: Record<string, string>,
  numerator: number,
  denominator: number,
  childIds: readonly string[],
): IndicatorCell {
  const cell: IndicatorCell = { key, value: null, numerator, denominator, childIds: [...childIds] };
  if (denominator === 0) cell.unknownReason = 'the base is empty';
  else cell.value = round1((100 * numerator) / denominator);
  return cell;
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The middle value (mean of the two middle values for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
