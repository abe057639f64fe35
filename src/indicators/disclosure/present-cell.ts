import type { Unit } from '../indicator.ts';
import type { MeasureKind } from './indicator-table.ts';
import type { DisclosureFlag, DisclosureOptions, PublicCell } from './public-indicator.ts';

const STATISTIC_DECIMALS: Partial<Record<Unit, number>> = { days: 0, miles: 1, years: 1 };

/**
 * A cell as printed. Counts round to the nearest `options.rounding`, percentages to `percentDecimals`
 * places, rates to whole numbers, days to whole days, miles and years to one decimal. A non-zero figure
 * that rounds to 0 is shown as `k` (a true zero stays "0").
 */
export function presentCell(
  key: Record<string, string>,
  value: number | null,
  flag: DisclosureFlag | undefined,
  kind: MeasureKind,
  unit: Unit,
  options: DisclosureOptions,
): PublicCell {
  if (flag || value === null) return { key, display: flag ?? 'x', value: null, flag: flag ?? 'x' };
  const rounded = roundFor(value, kind, unit, options);
  if (value !== 0 && rounded === 0) return { key, display: 'k', value: 0, flag: 'k' };
  return { key, display: String(rounded), value: rounded };
}

function roundFor(value: number, kind: MeasureKind, unit: Unit, options: DisclosureOptions): number {
  if (kind === 'count') return Math.round(value / options.rounding) * options.rounding;
  if (unit === 'percent') return roundTo(value, options.percentDecimals);
  if (kind === 'share') return roundTo(value, 0);
  return roundTo(value, STATISTIC_DECIMALS[unit] ?? 1);
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  // Half away from zero, as published statistics round; +0 avoids printing "-0".
  return (Math.sign(value) * Math.round(Math.abs(value) * f)) / f + 0;
}
