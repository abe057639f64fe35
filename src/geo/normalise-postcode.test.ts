import { describe, expect, it } from 'vitest';
import { normalisePostcode } from './normalise-postcode.ts';

describe('normalisePostcode', () => {
  it('pads the outward code to four characters and upper-cases', () => {
    expect(normalisePostcode('LE2 0AA')).toBe('LE2 0AA');
    expect(normalisePostcode('le2 0aa')).toBe('LE2 0AA');
    expect(normalisePostcode('LE20AA')).toBe('LE2 0AA');
    expect(normalisePostcode('  LE2   0AA ')).toBe('LE2 0AA');
    expect(normalisePostcode('b1 1aa')).toBe('B1  1AA');
    expect(normalisePostcode('B11AA')).toBe('B1  1AA');
    expect(normalisePostcode('sw1a 1aa')).toBe('SW1A1AA');
    expect(normalisePostcode('EC1A\t1BB')).toBe('EC1A1BB');
    expect(normalisePostcode('M1 1AE')).toBe('M1  1AE');
    expect(normalisePostcode('LE2\u00a00AA')).toBe('LE2 0AA');
  });

  it('keeps the special outward codes GIR and NPT', () => {
    expect(normalisePostcode('GIR 0AA')).toBe('GIR 0AA');
    expect(normalisePostcode('npt0ad')).toBe('NPT 0AD');
  });

  it('returns null for text that is not postcode-shaped', () => {
    for (const bad of ['', 'hello', 'LE2', 'LE2 0A', 'LE2 AAA', '12345', 'LE2 0AA1', 'L 0AA', 'ABCD 1AA']) {
      expect(normalisePostcode(bad), bad).toBeNull();
    }
  });
});
