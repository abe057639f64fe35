import pg from 'pg';
import type { EpochDay } from '../dates/index.ts';
import { epochDay } from '../dates/index.ts';

const DATE_OID = 1082;
const INT8_OID = 20;

/** `yyyy-mm-dd` from PostgreSQL → epoch day. Dates repeat a lot in 903 data, so parsed values are cached. */
const dateCache = new Map<string, EpochDay>();

export function parseDateColumn(text: string): EpochDay {
  const cached = dateCache.get(text);
  if (cached !== undefined) return cached;
  const d = epochDay(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
  // PostgreSQL only sends valid dates; a BC or far-future date (5+ digit year) is outside the domain.
  if (d === null) throw new RangeError(`unexpected date from PostgreSQL: ${text}`);
  if (dateCache.size < 200_000) dateCache.set(text, d);
  return d;
}

/** bigint (count(*), identities) as a number when exact, else the decimal string pg gives by default. */
export function parseBigint(text: string): number | string {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : text;
}

/**
 * Type parsers for our pools only (not pg's global table): `date` → epoch day, `bigint` → number.
 * Timestamps stay `Date`; everything else keeps pg's defaults.
 */
export const storeTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format !== 'binary') {
      if (oid === DATE_OID) return parseDateColumn;
      if (oid === INT8_OID) return parseBigint;
    }
    return pg.types.getTypeParser(oid, format as 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};
