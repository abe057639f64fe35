import { describe, expect, it } from 'vitest';
import { isInCouncilArea } from '../councils/index.ts';
import { distanceMiles, loadPostcodeDirectory } from '../geo/index.ts';
import { placesForCouncil } from './places.ts';

describe('placesForCouncil', () => {
  it('gives Leicester real postcodes in, near and far from its area', () => {
    const dir = loadPostcodeDirectory();
    const places = placesForCouncil('E06000016', dir);
    expect(places.laNumber).toBe('856');
    expect(places.homePostcodes.length).toBe(400);
    for (const p of places.homePostcodes)
      expect(isInCouncilArea(dir.locate(p)?.district ?? '', 'E06000016')).toBe(true);
    const centre = dir.locate('LE1 1AA');
    expect(centre).not.toBeNull();
    if (!centre) return;
    // Near districts' centres are within 20 miles of Leicester's centre; a postcode in them may lie a
    // few miles further. Far districts' centres are 35+ miles away.
    for (const p of places.nearPostcodes.slice(0, 50))
      expect(distanceMiles(centre, dir.locate(p) ?? centre)).toBeLessThan(32);
    const far = places.farPostcodes.map((p) => distanceMiles(centre, dir.locate(p) ?? centre));
    expect(far.filter((d) => d > 20).length / far.length).toBeGreaterThan(0.95);
    expect(places.outsideEnglandPostcodes?.every((p) => /^[WS]/.test(dir.locate(p)?.district ?? ''))).toBe(
      true,
    );
  });

  it('refuses an unknown council', () => {
    expect(() => placesForCouncil('E99999999')).toThrow(/unknown council/);
  });
});
