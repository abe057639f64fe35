import { type EpochDay, formatIsoDate } from '../dates/index.ts';

/**
 * Cells for PostgreSQL's COPY text format: tab-separated, `\N` for null, backslash escapes for
 * backslash, tab, newline and carriage return. PostgreSQL text cannot hold NUL, so NUL becomes U+FFFD.
 */
export const NULL_CELL = '\\N';

const NEEDS_ESCAPE = /[\\\t\n\r\0]/;
const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\0': '\uFFFD',
};

export function textCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return NULL_CELL;
  const text = typeof value === 'string' ? value : String(value);
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r\0]/g, (c) => ESCAPES[c] ?? c) : text;
}

const isoCache = new Map<EpochDay, string>();

/** An epoch day as `yyyy-mm-dd` (cached: a return has few distinct dates and many date cells). */
export function dateCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return NULL_CELL;
  if (typeof value === 'string') return textCell(value);
  let iso = isoCache.get(value);
  if (iso === undefined) {
    iso = formatIsoDate(value);
    if (isoCache.size < 200_000) isoCache.set(value, iso);
  }
  return iso;
}

/** A JSON value for a jsonb cell. jsonb refuses the `\u0000` escape, so NUL inside strings becomes U+FFFD. */
export function jsonCell(value: unknown): string {
  let json = JSON.stringify(value);
  if (json.includes('\\u0000')) {
    json = JSON.stringify(value, (_key, v) => (typeof v === 'string' ? v.replaceAll('\0', '\uFFFD') : v));
  }
  return textCell(json);
}

/** One COPY line from already-encoded cells. */
export function copyLine(cells: string[]): string {
  return `${cells.join('\t')}\n`;
}
