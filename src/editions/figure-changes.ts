import { COUNCIL_DISCLOSURE, type DisclosureOptions } from '../indicators/disclosure/index.ts';
import type { EditionFigure } from './edition-figure.ts';

/** The change in one figure from the last published edition to this one. */
export interface FigureChange {
  key: string;
  label: string;
  table: string;
  status: 'changed' | 'unchanged' | 'added' | 'removed';
  previous: { display: string; period: string } | null;
  current: { display: string; period: string } | null;
  /** The change as printed: `+3`, `-1.5`, `0`, or a flag (`c` suppressed, `x` not available, `z` not applicable). */
  change: string;
  /** The change as a number; null when it is not shown. */
  value: number | null;
}

/**
 * What changed in the figures between two published editions, with disclosure control across editions:
 * a change is computed only from two published values (never from a suppressed one), so it is `c` when
 * either side is suppressed; and a count that changed by a small number (1 to the threshold) is `c` when
 * its table has a suppressed cell in either edition, because a small movement in a table with hidden
 * cells can pin those few children to a hidden cell (the differencing attack). Shares and statistics
 * change in their own unit (percentage points, days), from their published, rounded values.
 *
 * ### Example
 * ```ts
 * // total 40 → 43 in a table whose "secure" cell is suppressed: the +3 is withheld
 * figureChanges([total40, secureC], [total43, secureC]).map((c) => c.change) // ['c', 'c']
 * ```
 */
export function figureChanges(
  previous: readonly EditionFigure[],
  current: readonly EditionFigure[],
  options: DisclosureOptions = COUNCIL_DISCLOSURE,
): FigureChange[] {
  const before = new Map(previous.map((f) => [f.key, f]));
  const now = new Set(current.map((f) => f.key));
  const hiddenTables = new Set([...previous, ...current].filter((f) => f.flag === 'c').map((f) => f.table));
  const out = current.map((f) => changeOf(before.get(f.key), f, hiddenTables, options));
  for (const f of previous) {
    if (!now.has(f.key)) out.push(removed(f));
  }
  return out;
}

function changeOf(
  old: EditionFigure | undefined,
  cur: EditionFigure,
  hiddenTables: ReadonlySet<string>,
  options: DisclosureOptions,
): FigureChange {
  const base = {
    key: cur.key,
    label: cur.label,
    table: cur.table,
    current: { display: cur.display, period: cur.period },
  };
  if (!old) return { ...base, status: 'added', previous: null, change: 'z', value: null };
  const shown = {
    ...base,
    previous: { display: old.display, period: old.period },
  };
  const status = old.display === cur.display ? 'unchanged' : 'changed';
  if (old.flag === 'c' || cur.flag === 'c') return { ...shown, status, change: 'c', value: null };
  if (old.value === null || cur.value === null || old.flag || cur.flag) {
    return { ...shown, status, change: 'x', value: null };
  }
  const decimals = Math.max(decimalsOf(old.display), decimalsOf(cur.display));
  const delta = round(cur.value - old.value, decimals);
  const small = Math.abs(delta) >= 1 && Math.abs(delta) <= options.threshold;
  if (cur.kind === 'count' && small && hiddenTables.has(cur.table)) {
    return { ...shown, status: 'changed', change: 'c', value: null };
  }
  return {
    ...shown,
    status: delta === 0 ? 'unchanged' : 'changed',
    change: signed(delta, decimals),
    value: delta,
  };
}

function removed(f: EditionFigure): FigureChange {
  return {
    key: f.key,
    label: f.label,
    table: f.table,
    status: 'removed',
    previous: { display: f.display, period: f.period },
    current: null,
    change: 'z',
    value: null,
  };
}

function decimalsOf(display: string): number {
  const dot = display.indexOf('.');
  return dot < 0 ? 0 : display.length - dot - 1;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f + 0;
}

function signed(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return value > 0 ? `+${text}` : text;
}
