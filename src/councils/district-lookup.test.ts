import { describe, expect, it } from 'vitest';
import { councilOfDistrict, parseDistrictLookup } from './district-lookup.ts';

describe('parseDistrictLookup', () => {
  it('reads past the byte-order mark and quoted names', () => {
    const csv =
      '\uFEFFFID,LTLA21CD,LTLA21NM,UTLA21CD,UTLA21NM\r\n' +
      '1,E06000010,"Kingston upon Hull, City of",E06000010,"Kingston upon Hull, City of"\r\n' +
      '2,E07000135,Oadby and Wigston,E10000018,Leicestershire\r\n' +
      '3,E07000026,Allerdale,E10000006,Cumbria\r\n';
    const lookup = parseDistrictLookup(csv);
    expect(lookup.councilOf.get('E06000010')).toBe('E06000010');
    expect(lookup.councilOf.get('E07000135')).toBe('E10000018');
    // Abolished in 2023: answers with Cumberland, and is no longer a current district of Cumbria.
    expect(lookup.councilOf.get('E07000026')).toBe('E06000063');
    expect(lookup.districtsOf.get('E10000006')).toBeUndefined();
    expect(lookup.districtsOf.get('E10000018')).toEqual(['E07000135']);
  });
});

describe('councilOfDistrict', () => {
  it.each([
    ['E06000016', 'E06000016'], // Leicester, unitary
    ['E07000135', 'E10000018'], // Oadby and Wigston → Leicestershire
    ['E08000025', 'E08000025'], // Birmingham, metropolitan
    ['E09000033', 'E09000033'], // Westminster
    ['E06000063', 'E06000063'], // Cumberland (row 332 of the lookup)
    ['E07000163', 'E06000065'], // Craven → North Yorkshire (2023)
    ['E07000187', 'E06000066'], // Mendip → Somerset (2023)
    ['E08000016', 'E08000038'], // Barnsley's old code
    ['W06000015', 'W06000015'], // Cardiff: in the England and Wales lookup
    [' e07000135 ', 'E10000018'],
  ])('%s → %s', (district, council) => {
    expect(councilOfDistrict(district)).toBe(council);
  });

  it('is null outside England and Wales and for unknown codes', () => {
    expect(councilOfDistrict('S12000036')).toBeNull();
    expect(councilOfDistrict('N09000003')).toBeNull();
    expect(councilOfDistrict('L99999999')).toBeNull();
    expect(councilOfDistrict('nonsense')).toBeNull();
  });
});
