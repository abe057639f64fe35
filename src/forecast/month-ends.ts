import { calendarDate, day, daysInMonth, type EpochDay } from '../dates/index.ts';

/** The last day of each of the `months` calendar months after the origin's (the origin's own when it is mid-month). */
export function monthEndsAfter(origin: EpochDay, months: number): EpochDay[] {
  const c = calendarDate(origin);
  const ends: EpochDay[] = [];
  // A mid-month origin's first step runs to the end of that month.
  const offset = origin === day(c.year, c.month, daysInMonth(c.year, c.month)) ? 1 : 0;
  for (let k = 0; k < months; k++) {
    const index = c.month - 1 + k + offset;
    const year = c.year + Math.floor(index / 12);
    const month = (index % 12) + 1;
    ends.push(day(year, month, daysInMonth(year, month)));
  }
  return ends;
}
