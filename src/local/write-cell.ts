import { formatUkDate } from '../dates/index.ts';
import type { CellSpec } from './templates/template-column.ts';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One record value as a CSV cell of its column, the form `readCell` reads back to the same value:
 * dates dd/mm/yyyy, booleans yes/no, numbers as JavaScript prints them (exact round trip), blank for null.
 */
export function writeCell(spec: CellSpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (spec.type === 'date') return formatUkDate(value as number);
  if (spec.type === 'boolean') return value ? 'yes' : 'no';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
