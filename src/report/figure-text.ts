import type { PublicCell } from '../indicators/disclosure/index.ts';
import type { Unit } from '../indicators/index.ts';

/** A published cell as printed in a table: the DfE mark, or the rounded figure with thousands separators. */
export function cellText(cell: PublicCell | undefined): string {
  if (!cell) return 'x';
  if (cell.flag || cell.value === null) return cell.flag ?? 'x';
  return cell.value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/** A published cell with its unit, for a headline figure: `67 per 10,000`, `12%`, `230 days`, `c`. */
export function figureText(cell: PublicCell | undefined, unit: Unit): string {
  const text = cellText(cell);
  if (!cell || cell.flag || cell.value === null) return text;
  switch (unit) {
    case 'percent':
      return `${text}%`;
    case 'rate-per-10000':
      return `${text} per 10,000`;
    case 'days':
    case 'miles':
    case 'years':
      return `${text} ${unit}`;
    default:
      return text;
  }
}

/** Column heading for a unit. */
export const UNIT_HEADINGS: Readonly<Record<Unit, string>> = {
  children: 'Children',
  episodes: 'Episodes',
  placements: 'Placements',
  percent: 'Per cent',
  'rate-per-10000': 'Per 10,000',
  days: 'Median days',
  miles: 'Median miles',
  years: 'Median years',
};
