import { day, type EpochDay } from './epoch-day.ts';

/**
 * A collection year is named by the year it ends: 2025 is 1 April 2024 → 31 March 2025 ("2024/25").
 */
export type CollectionYear = number;

export interface CollectionYearBounds {
  /** 1 April of the previous calendar year. */
  start: EpochDay;
  /** 31 March: the census date. */
  end: EpochDay;
}

export function collectionYearBounds(year: CollectionYear): CollectionYearBounds {
  return { start: day(year - 1, 4, 1), end: day(year, 3, 31) };
}

/** The census date (31 March) of a collection year. */
export function censusDate(year: CollectionYear): EpochDay {
  return day(year, 3, 31);
}

/** The collection year a date falls in. */
export function collectionYearOf(d: EpochDay): CollectionYear {
  const y = new Date(d * 86_400_000).getUTCFullYear();
  return d > day(y, 3, 31) ? y + 1 : y;
}

/** "2024/25" for 2025. */
export function collectionYearLabel(year: CollectionYear): string {
  return `${year - 1}/${String(year % 100).padStart(2, '0')}`;
}
