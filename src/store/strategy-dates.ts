import { type EpochDay, formatIsoDate, parseIsoDate } from '../dates/index.ts';

/** `yyyy-mm-dd` we wrote ourselves back to an epoch day (a bad one is a bug, not user input). */
export function parseIsoDateOrThrow(text: string): EpochDay {
  const d = parseIsoDate(text);
  if (d === null) throw new RangeError(`stored date is not yyyy-mm-dd: ${text}`);
  return d;
}

/** An optional epoch day as the `yyyy-mm-dd` text a date column takes. */
export function isoOrNull(d: EpochDay | null): string | null {
  return d === null ? null : formatIsoDate(d);
}
