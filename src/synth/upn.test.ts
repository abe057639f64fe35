import { describe, expect, it } from 'vitest';
import { makeUpn, upnCheckLetter } from './upn.ts';

describe('UPN', () => {
  it('computes the DfE check letter', () => {
    // 8·2 + 0·3 + 1·4 + 2·5 + 0 + 0 + 0 + 0 + 1·10 + 0 + 0 + 1·13 = 53; 53 mod 23 = 7 → 'H' (A–Z without I, O, S).
    expect(upnCheckLetter('801200001001')).toBe('H');
    // '801' + '2000' + '10' + '001': 8·2 + 1·4 + 2·5 + 1·9 + 1·13 = 52; 52 mod 23 = 6 → 'G'.
    expect(makeUpn('801', 2000, 2010, 1)).toBe('G801200010001');
  });
});
