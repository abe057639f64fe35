/**
 * Dates in the core are epoch days: whole days since 1970-01-01 (UTC), as plain integers.
 * They compare, subtract and sort as numbers, and never drift with time zones.
 */
export type EpochDay = number;

const MS_PER_DAY = 86_400_000;

/** Days in each month of a non-leap year, January first. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/**
 * The epoch day of a calendar date, or null when the date does not exist.
 *
 * ### Example
 * ```ts
 * epochDay(2024, 3, 31) // 19813
 * epochDay(2024, 2, 30) // null
 * ```
 */
export function epochDay(year: number, month: number, day: number): EpochDay | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Like {@link epochDay} for dates known to be valid (constants, computed dates); throws otherwise. */
export function day(year: number, month: number, dayOfMonth: number): EpochDay {
  const d = epochDay(year, month, dayOfMonth);
  if (d === null) throw new RangeError(`invalid date ${year}-${month}-${dayOfMonth}`);
  return d;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function calendarDate(d: EpochDay): CalendarDate {
  const date = new Date(d * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `dd/mm/yyyy`, the form the 903 and UK users use. */
export function formatUkDate(d: EpochDay): string {
  const c = calendarDate(d);
  return `${pad2(c.day)}/${pad2(c.month)}/${c.year}`;
}

/** `yyyy-mm-dd`, for PostgreSQL, JSON and HTML date inputs. */
export function formatIsoDate(d: EpochDay): string {
  const c = calendarDate(d);
  return `${c.year}-${pad2(c.month)}-${pad2(c.day)}`;
}

/** Strict `yyyy-mm-dd` → epoch day, or null. */
export function parseIsoDate(text: string): EpochDay | null {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return null;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  if (y < 0 || m < 0 || d < 0) return null;
  return epochDay(y, m, d);
}

/**
 * Strict `dd/mm/yyyy` → epoch day, or null: exactly two-digit day and month and a four-digit year,
 * and a date that exists. `1/1/24`, `2024-01-05` and `31/02/2024` are all null. Hand-written
 * because it runs once per date cell of every import (millions of times).
 */
export function parseUkDate(text: string): EpochDay | null {
  if (text.length !== 10 || text.charCodeAt(2) !== 47 || text.charCodeAt(5) !== 47) return null;
  const d = digits(text, 0, 2);
  const m = digits(text, 3, 2);
  const y = digits(text, 6, 4);
  if (y < 0 || m < 0 || d < 0) return null;
  return epochDay(y, m, d);
}

/** The number in `text[start, start+length)`, or -1 if any character is not a digit. */
function digits(text: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The same calendar day `years` later; 29 February lands on 1 March in a non-leap year (UK law). */
export function addYears(d: EpochDay, years: number): EpochDay {
  const c = calendarDate(d);
  const y = c.year + years;
  if (c.month === 2 && c.day === 29 && !isLeapYear(y)) return day(y, 3, 1);
  return day(y, c.month, c.day);
}

/** The same day of the month `months` later, clamped to the month's last day. */
export function addMonths(d: EpochDay, months: number): EpochDay {
  const c = calendarDate(d);
  const index = c.year * 12 + (c.month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return day(y, m, Math.min(c.day, daysInMonth(y, m)));
}

/**
 * Age in completed years on a date, with birthdays exact (a child born 29 February turns a year
 * older on 1 March in non-leap years).
 *
 * ### Example
 * ```ts
 * ageOn(day(2010, 6, 15), day(2024, 6, 14)) // 13
 * ageOn(day(2010, 6, 15), day(2024, 6, 15)) // 14
 * ```
 */
export function ageOn(dob: EpochDay, on: EpochDay): number {
  const b = calendarDate(dob);
  const t = calendarDate(on);
  let age = t.year - b.year;
  if (age > 0 && addYears(dob, age) > on) age -= 1;
  return age;
}

/** The day a child born on `dob` turns `years` old. */
export function birthday(dob: EpochDay, years: number): EpochDay {
  return addYears(dob, years);
}

export function todayEpochDay(now: Date = new Date()): EpochDay {
  return Math.floor(now.getTime() / MS_PER_DAY);
}
