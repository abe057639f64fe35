import type { IndicatorCell } from '../indicator.ts';
import type { MeasureKind } from './indicator-table.ts';
import type { DisclosureFlag, DisclosureOptions } from './public-indicator.ts';

/**
 * The flag a cell gets on its own, before secondary suppression: `x` unknown, `z` no base, `c` a count of
 * 1..threshold, a share whose numerator is such a count or whose base is under `minBase`, or a statistic
 * (median) whose base is under `minBase` or not given (a median of an unstated group is not safe to
 * publish); undefined when the cell may be shown.
 */
export function primaryFlag(
  kind: MeasureKind,
  cell: IndicatorCell,
  options: DisclosureOptions,
): DisclosureFlag | undefined {
  if (cell.denominator === 0 && kind !== 'count') return 'z';
  if (cell.value === null || !Number.isFinite(cell.value)) return 'x';
  if (kind === 'count') return isSmall(cell.value, options) ? 'c' : undefined;
  if (kind === 'share') {
    if (cell.numerator === undefined && cell.denominator === undefined) return 'c';
    if (cell.denominator !== undefined && cell.denominator < options.minBase) return 'c';
    return cell.numerator !== undefined && isSmall(cell.numerator, options) ? 'c' : undefined;
  }
  const base = cell.denominator ?? cell.numerator;
  return base === undefined || base < options.minBase ? 'c' : undefined;
}

/** A count from 1 to the threshold. */
export function isSmall(count: number, options: DisclosureOptions): boolean {
  return count >= 1 && count <= options.threshold;
}
