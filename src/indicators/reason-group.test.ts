import { describe, expect, it } from 'vitest';
import { ethnicityGroup } from './ethnicity-group.ts';
import { ceasedReasonGroup } from './reason-group.ts';

describe('ceasedReasonGroup', () => {
  it('groups REC codes, E8 by age at cessation', () => {
    const groups = [
      'E4A',
      'E4B',
      'E13',
      'E11',
      'E12',
      'E43',
      'E48',
      'E41',
      'E5',
      'E6',
      'E17',
      'E2',
      'E15',
    ].map((code) => ceasedReasonGroup(code, 12));
    expect(groups).toEqual([
      'returned-home',
      'returned-home',
      'returned-home',
      'adoption',
      'adoption',
      'special-guardianship',
      'special-guardianship',
      'child-arrangements',
      'independent-living',
      'independent-living',
      'aged-18-or-staying-put',
      'other',
      'other',
    ]);
    expect([ceasedReasonGroup('E8', 17), ceasedReasonGroup('E8', 18), ceasedReasonGroup(null, 18)]).toEqual([
      'other',
      'aged-18-or-staying-put',
      'other',
    ]);
  });
});

describe('ethnicityGroup', () => {
  it('maps 903 codes to groups; refused, not obtained, blank and unknown codes together', () => {
    expect(
      ['WROM', 'MOTH', 'ABAN', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT', 'XXXX'].map(ethnicityGroup),
    ).toEqual([
      'white',
      'mixed',
      'asian',
      'black',
      'other',
      'other',
      'refused-or-not-obtained',
      'refused-or-not-obtained',
      'refused-or-not-obtained',
    ]);
    expect(ethnicityGroup(null)).toBe('refused-or-not-obtained');
  });
});
