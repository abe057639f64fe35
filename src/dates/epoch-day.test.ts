import { describe, expect, it } from 'vitest';
import { collectionYearBounds, collectionYearLabel, collectionYearOf } from './collection-year.ts';
import { addMonths, addYears, ageOn, day, formatUkDate, parseIsoDate, parseUkDate } from './epoch-day.ts';

describe('parseUkDate', () => {
  it('reads strict dd/mm/yyyy', () => {
    expect(parseUkDate('01/01/1970')).toBe(0);
    expect(parseUkDate('31/03/2024')).toBe(19813);
    expect(parseUkDate('29/02/2024')).toBe(19782);
  });
  it.each([
    '31/02/2024',
    '29/02/2023',
    '2024-01-05',
    '1/1/24',
    '01/1/2024',
    '00/01/2024',
    '01/13/2024',
    ' 01/01/2024',
    '01/01/2024 ',
    'ab/cd/efgh',
    '',
  ])('refuses %j', (text) => expect(parseUkDate(text)).toBeNull());
});

describe('calendar maths', () => {
  it('formats and parses round trip', () => {
    expect(formatUkDate(day(2025, 9, 30))).toBe('30/09/2025');
    expect(parseIsoDate('2025-09-30')).toBe(day(2025, 9, 30));
  });
  it('ages at exact birthdays, 29 February on 1 March', () => {
    const dob = day(2010, 6, 15);
    expect(ageOn(dob, day(2024, 6, 14))).toBe(13);
    expect(ageOn(dob, day(2024, 6, 15))).toBe(14);
    const leap = day(2008, 2, 29);
    expect(ageOn(leap, day(2025, 2, 28))).toBe(16);
    expect(ageOn(leap, day(2025, 3, 1))).toBe(17);
    expect(addYears(leap, 18)).toBe(day(2026, 3, 1));
  });
  it('adds months clamped to month end', () => {
    expect(addMonths(day(2024, 1, 31), 1)).toBe(day(2024, 2, 29));
    expect(addMonths(day(2024, 3, 15), -6)).toBe(day(2023, 9, 15));
  });
  it('names collection years by the year they end', () => {
    expect(collectionYearBounds(2025)).toEqual({ start: day(2024, 4, 1), end: day(2025, 3, 31) });
    expect(collectionYearOf(day(2024, 3, 31))).toBe(2024);
    expect(collectionYearOf(day(2024, 4, 1))).toBe(2025);
    expect(collectionYearLabel(2025)).toBe('2024/25');
  });
});
