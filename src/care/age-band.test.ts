import { describe, expect, it } from 'vitest';
import { AGE_BANDS, ageBand, ageBandOn } from './age-band.ts';
import { d } from './test-fixtures.ts';

describe('ageBand', () => {
  it('puts each band edge in the right band', () => {
    const ages = [0, 1, 4, 5, 9, 10, 15, 16, 17, 18, 25];
    expect(ages.map(ageBand)).toEqual([
      '<1',
      '1-4',
      '1-4',
      '5-9',
      '5-9',
      '10-15',
      '10-15',
      '16-17',
      '16-17',
      '18+',
      '18+',
    ]);
    expect(AGE_BANDS).toHaveLength(6);
  });

  it('turns over on exact birthdays, 29 February on 1 March in a non-leap year', () => {
    // Born 29/02/2008: 17 on 28/02/2026, 18 on 01/03/2026 (2026 is not a leap year).
    expect(ageBandOn(d('29/02/2008'), d('28/02/2026'))).toBe('16-17');
    expect(ageBandOn(d('29/02/2008'), d('01/03/2026'))).toBe('18+');
    // Born 31/03/2023: under 1 on 30/03/2024, 1 on 31/03/2024.
    expect(ageBandOn(d('31/03/2023'), d('30/03/2024'))).toBe('<1');
    expect(ageBandOn(d('31/03/2023'), d('31/03/2024'))).toBe('1-4');
  });
});
