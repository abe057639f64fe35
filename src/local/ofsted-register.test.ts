import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readOfstedRegister, refreshProviders } from './ofsted-register.ts';
import type { Provider } from './records.ts';
import { SMALL_LOCAL_DATA } from './test-fixtures.ts';

/** A made-up register in Ofsted's shape: two title rows, then the header, then settings (no real data). */
const SHEET = [
  ["Children's social care providers and places as at 31 March 2026"],
  [],
  [
    'URN',
    'Provider type',
    'Provider subtype',
    'Setting name',
    'Places',
    'Local authority',
    'Setting postcode',
    'Overall effectiveness',
  ],
  [
    'SC654321',
    "Children's home",
    'Children’s home',
    'Oakfield House',
    '6',
    'Birmingham',
    'B12 9ZZ',
    'Requires improvement to be good',
  ],
  ['SC111111', "Secure children's home", '', 'Hilltop Secure', '8', 'Leicester', 'LE4 1XX', '1'],
  ['2000001', 'Independent fostering agency', '', 'Brightpath Fostering', '', 'Leicester', 'LE2', 'Good'],
  ['2000002', 'Residential family centre', '', 'Family Place', '3', 'Derby', 'DE1 1AA', 'Not yet inspected'],
];

async function xlsx(rows: (string | number)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Providers');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readOfstedRegister', () => {
  it('finds the header under title rows and maps types, grades and postcodes (xlsx)', async () => {
    const result = await readOfstedRegister(await xlsx(SHEET), 'register.xlsx');
    expect(result).toEqual({
      ok: true,
      settings: [
        {
          urn: 'SC654321',
          name: 'Oakfield House',
          type: 'childrens-home',
          places: 6,
          localAuthority: 'Birmingham',
          postcodeDistrict: 'B12',
          ofstedGrade: 'requires-improvement',
        },
        {
          urn: 'SC111111',
          name: 'Hilltop Secure',
          type: 'secure',
          places: 8,
          localAuthority: 'Leicester',
          postcodeDistrict: 'LE4',
          ofstedGrade: 'outstanding',
        },
        {
          urn: '2000001',
          name: 'Brightpath Fostering',
          type: 'ifa',
          places: null,
          localAuthority: 'Leicester',
          postcodeDistrict: 'LE2',
          ofstedGrade: 'good',
        },
        {
          urn: '2000002',
          name: 'Family Place',
          type: 'parent-and-child',
          places: 3,
          localAuthority: 'Derby',
          postcodeDistrict: 'DE1',
          ofstedGrade: 'not-yet-inspected',
        },
      ],
    });
  });

  it('reads the same sheet as CSV, and names a missing column', async () => {
    const csv = SHEET.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n');
    const result = await readOfstedRegister(new TextEncoder().encode(csv), 'register.csv');
    expect(result.ok && result.settings.length).toBe(4);
    const bad = await readOfstedRegister(
      new TextEncoder().encode('URN,Provider kind,Setting name\nSC1,x,y\n'),
      'r.csv',
    );
    expect(bad).toMatchObject({
      ok: false,
      findings: [
        {
          code: 'missing-column',
          row: 1,
          column: 'provider type',
          fix: 'Rename column "Provider kind" to "provider type".',
        },
      ],
    });
  });
});

describe('refreshProviders', () => {
  it('refreshes grade and places of known URNs, keeps prices and basis, adds new URNs as spot providers', async () => {
    const read = await readOfstedRegister(await xlsx(SHEET), 'register.xlsx');
    if (!read.ok) throw new Error('register not read');
    const current: Provider[] = SMALL_LOCAL_DATA.providers; // P001 has URN SC654321 (framework, £4,800–£6,250.50)
    const result = refreshProviders(current, read.settings, {
      localAuthorities: ['birmingham', 'Leicester'],
    });
    expect(result.refreshed).toBe(1);
    expect(result.added).toBe(2); // Hilltop and Brightpath; Family Place (Derby) is outside the areas
    expect(result.providers[0]).toEqual({ ...current[0], ofstedGrade: 'requires-improvement', places: 6 });
    expect(result.providers[1]).toEqual(current[1]);
    expect(result.providers.slice(2).map((p) => [p.providerId, p.type, p.basis, p.weeklyPriceFrom])).toEqual([
      ['SC111111', 'secure', 'spot', null],
      ['2000001', 'ifa', 'spot', null],
    ]);
  });
});
