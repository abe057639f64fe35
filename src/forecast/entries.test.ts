import { describe, expect, it } from 'vitest';
import { buildTimelines, type ChildTimeline } from '../care/index.ts';
import { d, episode, fullReturn, OPTIONS } from '../care/test-fixtures.ts';
import { type EntryCell, type MonthlyEntries, monthlyEntries, monthsOfAge } from './entries.ts';
import { MODEL_CATEGORY } from './exposure.ts';

/**
 * Three children in the 2023/24 return:
 * - C1 (born 15/06/2010): in-house foster care 10/05/2023–31/07/2023 (E4A), aged 12; back on 15/02/2024 in an
 *   external children's home (K2 PR4), aged 13.
 * - C2 (born 01/01/2023): a short break (V3) 03/06/2023–05/06/2023, then IFA fostering from 01/07/2023, aged 0.
 * - C3 (born 10/09/2006, UASC, not ceased): supported accommodation (H5) from 15/05/2023, aged 16; moves to an
 *   IFA on 01/08/2023 (same period: still a supported entry).
 */
function fixture(): ChildTimeline[] {
  const returns = [
    fullReturn(2024, [
      episode('C1', '10/05/2023', '31/07/2023', { reasonEnded: 'E4A' }),
      episode('C1', '15/02/2024', null, { placementType: 'K2', provider: 'PR4' }),
      episode('C2', '03/06/2023', '05/06/2023', { legalStatus: 'V3', reasonEnded: 'E13' }),
      episode('C2', '01/07/2023', null, { provider: 'PR4' }),
      episode('C3', '15/05/2023', '01/08/2023', { placementType: 'H5', provider: 'PR4', reasonEnded: 'X1' }),
      episode('C3', '01/08/2023', null, {
        reasonNewEpisode: 'P',
        provider: 'PR4',
        reasonPlaceChange: 'CHILD',
      }),
    ]),
  ];
  const dob: Record<string, string> = { C1: '15/06/2010', C2: '01/01/2023', C3: '10/09/2006' };
  return buildTimelines(returns, OPTIONS).map((t) => ({
    ...t,
    dob: d(dob[t.childId] as string),
    uasc: t.childId === 'C3' ? { ceased: null } : null,
  }));
}

function nonZero(entries: MonthlyEntries): EntryCell[] {
  return entries.cells.filter((c) => c.counts.some((n) => n > 0));
}

describe('monthlyEntries', () => {
  it('counts entries by month × age band × first placement × UASC on a 3-child fixture', () => {
    const entries = monthlyEntries(fixture(), { from: d('01/04/2023'), to: d('31/03/2024') });
    expect(entries.months).toHaveLength(12);
    expect(entries.months[0]).toBe(d('01/04/2023'));
    expect(entries.months[11]).toBe(d('01/03/2024'));
    // April 30 days, February 2024 29 (leap year).
    expect(entries.daysInWindow).toEqual([30, 31, 30, 31, 31, 30, 31, 30, 31, 31, 29, 31]);
    expect(entries.cells).toHaveLength(6 * 4 * 2);
    // May: C1 and C3; June: none (C2's short break); July: C2; February: C1 again.
    expect(entries.total).toEqual([0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0]);
    const month = (i: number) => Array.from({ length: 12 }, (_, n) => (n === i ? 1 : 0));
    // Months of age at entry: C2 01/01/2023 → 01/07/2023 = 6; C1 15/06/2010 → 10/05/2023 = 12y10m = 154
    // (the 10th is before the 15th) and → 15/02/2024 = 13y8m = 164; C3 10/09/2006 → 15/05/2023 = 16y8m = 200.
    expect(nonZero(entries)).toEqual([
      { ageBand: '<1', category: 'fostering', uasc: false, stratum: '', counts: month(3), agesInMonths: [6] },
      {
        ageBand: '10-15',
        category: 'fostering',
        uasc: false,
        stratum: '',
        counts: month(1),
        agesInMonths: [154],
      },
      {
        ageBand: '10-15',
        category: 'residential',
        uasc: false,
        stratum: '',
        counts: month(10),
        agesInMonths: [164],
      },
      {
        ageBand: '16-17',
        category: 'supported',
        uasc: true,
        stratum: '',
        counts: month(1),
        agesInMonths: [200],
      },
    ]);
  });

  it('splits entries by a further stratum (sex) when asked', () => {
    // C1 recorded as a boy, C2 and C3 as girls: three strata, so three times the cells; C1's two entries are M.
    const entries = monthlyEntries(fixture(), {
      from: d('01/04/2023'),
      to: d('31/03/2024'),
      strata: { values: ['F', 'M', 'unknown'], of: (t) => (t.childId === 'C1' ? 'M' : 'F') },
    });
    expect(entries.cells).toHaveLength(6 * 4 * 2 * 3);
    expect(nonZero(entries).map((c) => [c.ageBand, c.category, c.uasc, c.stratum])).toEqual([
      ['<1', 'fostering', false, 'F'],
      ['10-15', 'fostering', false, 'M'],
      ['10-15', 'residential', false, 'M'],
      ['16-17', 'supported', true, 'F'],
    ]);
    expect(entries.total).toEqual([0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0]);
  });

  it('counts only entries inside the window, with partial first month', () => {
    // 15/05–31/07/2023: C1's 10/05 entry is before it; C3 (15/05) and C2 (01/07) are in. May has 17 days in.
    const entries = monthlyEntries(fixture(), { from: d('15/05/2023'), to: d('31/07/2023') });
    expect(entries.months).toEqual([d('01/05/2023'), d('01/06/2023'), d('01/07/2023')]);
    expect(entries.daysInWindow).toEqual([17, 30, 31]);
    expect(entries.total).toEqual([1, 0, 1]);
  });

  it('counts no UASC entry once UASC status has ceased, and takes a custom category mapping', () => {
    const timelines = fixture().map((t) =>
      t.childId === 'C3' ? { ...t, uasc: { ceased: d('01/01/2023') } } : t,
    );
    const entries = monthlyEntries(timelines, {
      from: d('01/04/2023'),
      to: d('31/03/2024'),
      categoryOf: (category) => (category === 'supported' ? 'other' : MODEL_CATEGORY[category]),
    });
    const c3 = nonZero(entries).find((c) => c.ageBand === '16-17');
    expect(c3).toMatchObject({ category: 'other', uasc: false });
  });

  it('returns no months for an empty window', () => {
    const entries = monthlyEntries(fixture(), { from: d('01/05/2023'), to: d('30/04/2023') });
    expect(entries.months).toEqual([]);
    expect(entries.total).toEqual([]);
  });
});

describe('monthsOfAge', () => {
  it('counts completed calendar months, a month completing on the last day of a shorter month', () => {
    expect(monthsOfAge(d('15/03/2008'), d('31/03/2026'))).toBe(216); // 18 on 15/03/2026
    expect(monthsOfAge(d('01/04/2008'), d('31/03/2026'))).toBe(215); // 18 tomorrow
    expect(monthsOfAge(d('31/01/2024'), d('29/02/2024'))).toBe(1); // February has no 31st
    expect(monthsOfAge(d('31/01/2024'), d('28/02/2024'))).toBe(0);
  });
});
