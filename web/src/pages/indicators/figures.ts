import type { Indicator, IndicatorCell } from './types.ts';

const DIMENSION_NAMES: Record<string, string> = {
  ageBand: 'Age band',
  sex: 'Sex',
  ethnicityGroup: 'Ethnicity group',
  categoryOfNeed: 'Category of need',
  legalStatus: 'Legal status',
  category: 'Placement category',
  provision: 'In-house or external',
  reasonGroup: 'Reason',
};

/** `ageBand` → "Age band": a known name, else the camelCase split into words. */
export function dimensionName(dimension: string): string {
  const known = DIMENSION_NAMES[dimension];
  if (known) return known;
  const words = dimension.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A category's display label, or the value itself. */
export function valueLabel(indicator: Indicator, dimension: string, value: string): string {
  return indicator.labels?.[dimension]?.[value] ?? value;
}

/** The cell's label in one dimension: its category, or "Total" when the key leaves the dimension out. */
export function cellLabel(indicator: Indicator, cell: IndicatorCell, dimension: string): string {
  const value = cell.key[dimension];
  return value === undefined ? 'Total' : valueLabel(indicator, dimension, value);
}

/** Counts can be drilled into; percentages, rates and medians cannot. */
export function isCount(unit: string): boolean {
  return unit === 'children' || unit === 'episodes' || unit === 'placements';
}

const UNIT_NAMES: Record<string, string> = {
  children: 'Children',
  episodes: 'Episodes',
  placements: 'Placements',
  percent: 'Per cent',
  'rate-per-10000': 'Rate per 10,000',
  days: 'Days',
  miles: 'Miles',
  years: 'Years',
};

export function unitName(unit: string): string {
  return UNIT_NAMES[unit] ?? unit;
}

/** A figure as shown: whole numbers with separators, others to one decimal place, `%` for percentages. */
export function formatFigure(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return 'Unknown';
  const text = Number.isInteger(value)
    ? value.toLocaleString('en-GB')
    : value.toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return unit === 'percent' ? `${text}%` : text;
}

/** A cell key as the `cell` query parameter, the same whatever the property order. */
export function cellParam(key: Record<string, string>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(key).sort(([a], [b]) => (a < b ? -1 : 1))));
}

/** A cell as shown: its DfE mark when it has one (public view), else the formatted figure. */
export function shownFigure(cell: { value: number | null; flag?: string }, unit: string): string {
  return cell.flag ?? formatFigure(cell.value, unit);
}

/** What the marks of the published view mean (DfE's conventions). */
export const FLAG_MEANINGS: readonly [flag: string, meaning: string][] = [
  [
    'c',
    'suppressed to protect confidentiality: a count of 1 to 5, a percentage, rate or median of fewer than 10 children, or a figure from which one of those could be worked out',
  ],
  ['k', 'a figure above zero that rounds to 0'],
  ['z', 'not applicable: there is nothing to compute it from'],
  ['x', 'not available: the figure cannot be known'],
];
