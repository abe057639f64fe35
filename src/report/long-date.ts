import { calendarDate, type EpochDay } from '../dates/index.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as printed in a document: "23 November 2026". */
export function longDate(day: EpochDay): string {
  const { year, month, day: d } = calendarDate(day);
  return `${d} ${MONTHS[month - 1]} ${year}`;
}
