/**
 * A published table as a reader with a pencil sees it: non-negative integer cells, some of them hidden,
 * tied together by additive identities (a total equals the sum of its members). Disclosure control works
 * on this form so that tables, trends and editions share one protection check.
 */
export interface LinearTable {
  /** The protected quantity of each cell (a count, or a percentage's numerator); null when unknown. */
  values: readonly (number | null)[];
  /** Each identity says `values[total] = Σ values[members]`. */
  equations: readonly Equation[];
  /** Cells that may be negative (changes between years); every other cell is a non-negative count. */
  signed?: ReadonlySet<number>;
  /** Cells a reader knows anyway (e.g. the base of a set of shares): never chosen to hide. */
  fixed?: ReadonlySet<number>;
}

export interface Equation {
  total: number;
  members: readonly number[];
}

/** The cells an equation ties together, total first. */
export function equationCells(equation: Equation): number[] {
  return [equation.total, ...equation.members];
}

/**
 * Whether an identity holds for the real values: identities that do not hold (a child counted in two
 * categories, unknowns left out of the members) are not equations a reader can solve, so they are dropped.
 */
export function equationHolds(values: readonly (number | null)[], equation: Equation): boolean {
  const total = values[equation.total];
  if (total === null || total === undefined) return false;
  let sum = 0;
  for (const m of equation.members) {
    const v = values[m];
    if (v === null || v === undefined) return false;
    sum += v;
  }
  return sum === total;
}
