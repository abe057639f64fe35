import { describe, expect, it } from 'vitest';
import {
  CATEGORY_LABELS,
  type CategoryMapping,
  DEFAULT_CATEGORY_MAPPING,
  isTemporaryPlacement,
  placementCategory,
} from './placement-category.ts';

describe('placementCategory with the default mapping (the table in ssda903.md)', () => {
  // Every PLACE code in ssda903.md, with the provider that decides it where one does.
  const cases: [string, string | null, string][] = [
    ['U1', null, 'fostering-kinship'],
    ['U2', 'PR1', 'fostering-kinship'],
    ['U3', 'PR4', 'fostering-kinship'],
    ['U4', 'PR1', 'fostering-in-house'],
    ['U5', 'PR1', 'fostering-in-house'],
    ['U6', 'PR1', 'fostering-in-house'],
    ['U4', 'PR4', 'fostering-ifa'],
    ['U5', 'PR5', 'fostering-ifa'],
    ['U6', 'PR4', 'fostering-ifa'],
    ['U4', 'PR2', 'fostering-other-council'],
    ['U6', 'PR3', 'fostering-other-council'],
    ['K2', 'PR1', 'residential-in-house'],
    ['K2', 'PR2', 'residential-external'],
    ['K2', 'PR3', 'residential-external'],
    ['K2', 'PR4', 'residential-external'],
    ['K2', 'PR5', 'residential-external'],
    ['K1', 'PR1', 'secure'],
    ['S1', 'PR4', 'residential-other'],
    ['R1', 'PR5', 'residential-other'],
    ['P3', null, 'residential-other'],
    ['K3', 'PR4', 'supported'],
    ['H5', 'PR4', 'supported'],
    ['P2', null, 'supported'],
    ['P1', 'PR0', 'placed-with-parents'],
    ['A3', 'PR1', 'adoption'],
    ['A4', 'PR1', 'adoption'],
    ['A5', 'PR2', 'adoption'],
    ['A6', 'PR5', 'adoption'],
    ['R3', 'PR4', 'parent-and-child'],
    ['R2', 'PR3', 'health-custody'],
    ['R5', 'PR3', 'health-custody'],
    ['Z1', 'PR4', 'other'],
    ['Z11', null, 'other'],
    ['Z12', null, 'other'],
    ['Z13', null, 'other'],
    ['Z14', null, 'other'],
    ['T0', null, 'temporary'],
    ['T1', null, 'temporary'],
    ['T2', null, 'temporary'],
    ['T3', null, 'temporary'],
    ['T4', 'PR1', 'temporary'],
  ];
  it.each(cases)('%s with %s → %s', (code, provider, category) => {
    expect(placementCategory(code, provider)).toBe(category);
  });

  it('leaves fostering and children’s homes with no deciding provider unknown, as it does unknown codes', () => {
    expect(placementCategory('U4', null)).toBe('unknown');
    expect(placementCategory('U4', 'PR0')).toBe('unknown');
    expect(placementCategory('K2', null)).toBe('unknown');
    expect(placementCategory('Q9', 'PR1')).toBe('unknown');
    expect(placementCategory(null, 'PR1')).toBe('unknown');
  });
});

describe('a council’s own mapping', () => {
  it('applies rules in order, first match wins', () => {
    // A council that counts all external fostering (PR2–PR5) as one category, with a catch-all for U4
    // with a blank provider after it.
    const mapping: CategoryMapping = [
      { category: 'fostering-in-house', placementTypes: ['U4'], providers: ['PR1'] },
      { category: 'fostering-ifa', placementTypes: ['U4'], providers: ['PR2', 'PR3', 'PR4', 'PR5'] },
      { category: 'other', placementTypes: ['U4'] },
    ];
    expect(placementCategory('U4', 'PR1', mapping)).toBe('fostering-in-house');
    expect(placementCategory('U4', 'PR2', mapping)).toBe('fostering-ifa');
    expect(placementCategory('U4', null, mapping)).toBe('other');
    expect(placementCategory('K2', 'PR1', mapping)).toBe('unknown');
  });
});

describe('labels and temporary codes', () => {
  it('labels every category the default mapping produces', () => {
    for (const rule of DEFAULT_CATEGORY_MAPPING) expect(CATEGORY_LABELS[rule.category]).toMatch(/\w/);
    expect(CATEGORY_LABELS['fostering-ifa']).toBe('Fostering – independent agency (IFA)');
  });
  it('recognises T0–T4 only', () => {
    expect(['T0', 'T1', 'T2', 'T3', 'T4'].map(isTemporaryPlacement)).toEqual([true, true, true, true, true]);
    expect(['U4', 'K2', null].map(isTemporaryPlacement)).toEqual([false, false, false]);
  });
});
