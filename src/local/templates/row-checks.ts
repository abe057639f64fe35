import { formatUkDate } from '../../dates/index.ts';
import type { RowProblem } from './local-template.ts';

/** `end` before `start` (both dates, end optional) is a problem on the end column. */
export function endBeforeStart(
  start: number,
  end: number | null,
  columns: { start: string; end: string },
): RowProblem[] {
  if (end === null || end >= start) return [];
  return [
    {
      code: 'end-before-start',
      column: columns.end,
      value: formatUkDate(end),
      problem: `ends before it starts (${columns.start} ${formatUkDate(start)})`,
      expected: `a date on or after ${columns.start}`,
      fix: `Check ${columns.start} and ${columns.end}; ${columns.end} must not be earlier.`,
    },
  ];
}

/** `low` above `high` (a range written the wrong way round) is a problem on the `low` column. */
export function lowAboveHigh(
  low: number | null,
  high: number | null,
  columns: { low: string; high: string },
): RowProblem[] {
  if (low === null || high === null || low <= high) return [];
  return [
    {
      code: 'range-reversed',
      column: columns.low,
      value: String(low),
      problem: `is more than ${columns.high} (${high})`,
      expected: `at most ${columns.high}`,
      fix: `Check ${columns.low} and ${columns.high}; they may be the wrong way round.`,
    },
  ];
}
