/**
 * A reader's brute force, for tests only: for each hidden cell, search for a second table of integers that
 * agrees with everything published and every identity but gives that cell another value. Independent of
 * protection.ts (no linear algebra): depth-first search with propagation, values bounded by `bound`.
 */
import { equationCells, type LinearTable } from './linear-table.ts';

/** The hidden cells for which no alternative value exists within [0, bound] (or [−bound, bound] if signed). */
export function pinnedBySearch(table: LinearTable, hidden: ReadonlySet<number>, bound: number): number[] {
  const cells = [...hidden].filter((i) => table.values[i] !== null);
  return cells.filter((i) => {
    const truth = table.values[i] as number;
    const others = range(table, i, bound).filter((t) => t !== truth);
    others.sort((a, b) => Math.abs(a - truth) - Math.abs(b - truth));
    return !others.some((t) => feasible(table, hidden, bound, new Map([[i, t]])));
  });
}

function range(table: LinearTable, i: number, bound: number): number[] {
  const lo = table.signed?.has(i) ? -bound : 0;
  return Array.from({ length: bound - lo + 1 }, (_, k) => lo + k);
}

function feasible(
  table: LinearTable,
  hidden: ReadonlySet<number>,
  bound: number,
  fixed: Map<number, number>,
): boolean {
  const known = new Map(fixed);
  table.values.forEach((v, i) => {
    if (!hidden.has(i) && v !== null) known.set(i, v);
  });
  const unknowns = [...hidden].filter((i) => table.values[i] !== null);
  return search(table, bound, known, unknowns);
}

function search(table: LinearTable, bound: number, known: Map<number, number>, unknowns: number[]): boolean {
  const state = new Map(known);
  if (!propagate(table, bound, state)) return false;
  const next = unknowns.find((i) => !state.has(i));
  if (next === undefined) return true;
  const truth = table.values[next] as number;
  const candidates = range(table, next, bound).sort((a, b) => Math.abs(a - truth) - Math.abs(b - truth));
  return candidates.some((t) => search(table, bound, new Map(state).set(next, t), unknowns));
}

/** Derive cells forced by an identity with one unknown; false on a contradiction. */
function propagate(table: LinearTable, bound: number, state: Map<number, number>): boolean {
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of table.equations) {
      const cells = equationCells(e);
      const missing = cells.filter((c) => !state.has(c));
      const coef = (c: number) => (c === e.total ? 1 : -1);
      const sum = cells.reduce((s, c) => s + (state.has(c) ? coef(c) * (state.get(c) as number) : 0), 0);
      if (missing.length === 0) {
        if (sum !== 0) return false;
      } else if (missing.length === 1) {
        const c = missing[0] as number;
        const value = -sum * coef(c);
        const lo = table.signed?.has(c) ? -bound : 0;
        if (value < lo || value > bound * cells.length) return false;
        state.set(c, value);
        changed = true;
      } else if (e.members.every((m) => state.has(m) || !table.signed?.has(m)) && state.has(e.total)) {
        // Unknown members are non-negative: the known ones cannot exceed the total.
        const knownMembers = e.members.reduce((s, m) => s + (state.get(m) ?? 0), 0);
        if (knownMembers > (state.get(e.total) as number)) return false;
      }
    }
  }
  return true;
}
