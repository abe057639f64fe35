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
