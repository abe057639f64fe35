import { describe, expect, it } from 'vitest';
import { leaverTypeOfAccommodation } from './care-leaver-accommodation.ts';
import { postcodeDistrict } from './postcode-district.ts';

describe('leaverTypeOfAccommodation', () => {
  it('maps OC3 ACCOM codes by their letter, suitable or not', () => {
    expect(leaverTypeOfAccommodation('R1')).toBe('staying-put');
    expect(leaverTypeOfAccommodation('E2')).toBe('supported-lodgings');
    expect(leaverTypeOfAccommodation('D1')).toBe('supported-accommodation');
    expect(leaverTypeOfAccommodation('U1')).toBe('independent');
    expect(leaverTypeOfAccommodation('X2')).toBe('custody');
    expect(leaverTypeOfAccommodation('V2')).toBe('unknown');
    expect(leaverTypeOfAccommodation('0')).toBe('unknown');
    expect(leaverTypeOfAccommodation(null)).toBe('independent');
  });
});

describe('postcodeDistrict', () => {
  it('keeps the outward code only', () => {
    expect(postcodeDistrict('LE4 5AB')).toBe('LE4');
    expect(postcodeDistrict('sw1a1aa')).toBe('SW1A');
    expect(postcodeDistrict('H3 4AB')).toBe('H3');
    expect(postcodeDistrict('')).toBeNull();
    expect(postcodeDistrict(null)).toBeNull();
  });
});
