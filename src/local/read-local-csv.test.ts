import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import { LOCAL_FINDINGS_LIMIT, readLocalCsv } from './read-local-csv.ts';
import type { Provider } from './records.ts';
import { LOCAL_DATA_KINDS, LOCAL_TEMPLATES } from './templates/index.ts';
import { SMALL_LOCAL_DATA } from './test-fixtures.ts';
import { localTemplateCsv, writeLocalCsv } from './write-local-csv.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const read = (kind: Parameters<typeof readLocalCsv>[0], text: string) =>
  readLocalCsv(kind, bytes(text), { fileName: 'f.csv' });

/** [row, column, value, code] of each finding, for compact hand-checked expectations. */
function where(result: ReturnType<typeof read>) {
  if (result.ok) throw new Error('expected findings');
  return result.findings.map((f) => [f.row, f.column, f.value, f.code]);
}

describe('round trip: readLocalCsv(writeLocalCsv(x)) equals x', () => {
  for (const kind of LOCAL_DATA_KINDS) {
    it(`${kind}`, () => {
      const result = read(kind, writeLocalCsv(kind, SMALL_LOCAL_DATA[kind]));
      expect(result).toEqual({ ok: true, kind, records: SMALL_LOCAL_DATA[kind], encoding: 'utf-8' });
    });
  }

  it('providers, for any records (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== '');
    const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9\-_/.]{0,10}$/);
    const price = fc.option(fc.double({ min: 0, max: 100000, noNaN: true }).map((n) => (n === 0 ? 0 : n)));
    const provider: fc.Arbitrary<Provider> = fc
      .record({
        providerId: id,
        name: text,
        urn: fc.option(fc.stringMatching(/^(SC)?[0-9]{6,7}$/)),
        type: fc.constantFrom(
          'ifa',
          'childrens-home',
          'residential-school',
          'secure',
          'supported-accommodation',
          'parent-and-child',
          'other',
        ),
        places: fc.option(fc.integer({ min: 0, max: 10000 })),
        postcodeDistrict: fc.option(fc.stringMatching(/^[A-Z]{1,2}[0-9][A-Z0-9]?$/)),
        ofstedGrade: fc.option(
          fc.constantFrom('outstanding', 'good', 'requires-improvement', 'inadequate', 'not-yet-inspected'),
        ),
        basis: fc.constantFrom('framework', 'block', 'spot'),
        weeklyPriceFrom: price,
        weeklyPriceTo: price,
      })
      .map((p) =>
        // The reader refuses a reversed price range, so generate ordered ones.
        p.weeklyPriceFrom !== null && p.weeklyPriceTo !== null && p.weeklyPriceFrom > p.weeklyPriceTo
          ? { ...p, weeklyPriceFrom: p.weeklyPriceTo, weeklyPriceTo: p.weeklyPriceFrom }
          : p,
      );
    const providers = fc.uniqueArray(provider, { selector: (p) => p.providerId, maxLength: 20 });
    fc.assert(
      fc.property(providers, (records) => {
        expect(read('providers', writeLocalCsv('providers', records))).toEqual({
          ok: true,
          kind: 'providers',
          records,
          encoding: 'utf-8',
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('blank templates', () => {
  for (const kind of LOCAL_DATA_KINDS) {
    it(`${kind}: the header and example row read without findings`, () => {
      const result = read(kind, localTemplateCsv(kind));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.records).toHaveLength(1);
    });
  }
});

describe('encodings', () => {
  it('reads UTF-8 with a BOM and Windows-1252 (£ and é as Excel saves them)', () => {
    const header = 'provider_id,name,provider_type,contract_basis,weekly_price_from\n';
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(`${header}P1,Café,ifa,spot,£900\n`)]);
    const r1 = readLocalCsv('providers', bom, { fileName: 'p.csv' });
    expect(r1).toMatchObject({
      ok: true,
      encoding: 'utf-8-bom',
      records: [{ name: 'Café', weeklyPriceFrom: 900 }],
    });
    // é = 0xE9 and £ = 0xA3 in Windows-1252.
    const ansi = new Uint8Array([
      ...bytes(`${header}P1,Caf`),
      0xe9,
      ...bytes(',ifa,spot,'),
      0xa3,
      ...bytes('900\n'),
    ]);
    const r2 = readLocalCsv('providers', ansi, { fileName: 'p.csv' });
    expect(r2).toMatchObject({
      ok: true,
      encoding: 'windows-1252',
      records: [{ name: 'Café', weeklyPriceFrom: 900 }],
    });
  });

  it('refuses UTF-16 and binary files with the fix', () => {
    const r = readLocalCsv('budget', new Uint8Array([0xff, 0xfe, 0x61, 0]), { fileName: 'b.csv' });
    expect(r).toMatchObject({
      ok: false,
      findings: [{ code: 'not-text', fix: expect.stringContaining('CSV UTF-8') }],
    });
  });
});

describe('bad input: every finding names file, row, column, value, expected and the fix', () => {
  it('an empty file and a file over the limit (the limit is said)', () => {
    expect(where(read('budget', ''))).toEqual([[undefined, undefined, undefined, 'empty-file']]);
    const big = readLocalCsv('budget', new Uint8Array(3 * 1024 * 1024), {
      fileName: 'b.csv',
      maxBytes: 2 * 1024 * 1024,
    });
    expect(big).toMatchObject({
      ok: false,
      findings: [{ code: 'file-too-big', message: 'b.csv: the file is 3 MB, larger than the limit of 2 MB' }],
    });
  });

  it('unknown and missing columns name the closest expected column', () => {
    const r = read(
      'fosterHouseholds',
      'household_id,aproval_type,approved_places,age_from,age_to,sex_approved,sibling_groups,approval_date,colour\n',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.findings.map((f) => [f.code, f.column, f.expected, f.fix])).toEqual([
      [
        'unknown-column',
        'aproval_type',
        'approval_type',
        'Rename it to approval_type, or delete the column.',
      ],
      [
        'unknown-column',
        'colour',
        expect.stringContaining('one of household_id'),
        expect.stringContaining('Delete the column'),
      ],
      [
        'missing-column',
        'approval_type',
        'a column named approval_type',
        'Rename column "aproval_type" to approval_type.',
      ],
    ]);
    expect(r.findings[0]?.message).toBe(
      'f.csv row 1, aproval_type: unknown column "aproval_type" (expected approval_type)',
    );
  });

  it('says when the file uses semicolons between columns', () => {
    expect(where(read('budget', 'financial_year;category;amount\n2025;fostering;1\n'))).toEqual([
      [1, undefined, 'financial_year;category;amount', 'wrong-separator'],
    ]);
  });

  it('foster households: bad numbers, codes, dates, usable > approved, age_from > age_to, deregistered before approved, duplicates', () => {
    const header =
      'household_id,approval_type,approved_places,usable_places,age_from,age_to,sex_approved,sibling_groups,approval_date,deregistration_date,postcode_district\n';
    const rows = [
      'F1,mainstream,two,,0,17,any,yes,01/01/2020,,LE4', // row 2: approved_places not a number
      'F2,respite,1,,0,17,any,yes,01/01/2020,,LE4', // row 3: code not in list
      'F3,Short breaks,1,,0,17,any,maybe,1/1/2020,,LE4 5AB', // row 4: boolean, date, full postcode
      'F4,enhanced,1,2,0,17,any,yes,01/01/2020,,', // row 5: usable 2 > approved 1
      'F5,enhanced,2,,12,5,any,no,01/01/2020,31/12/2019,', // row 6: ages reversed, deregistered before approval
      'F4,kinship,1,,0,17,any,yes,01/01/2020,,', // row 7: F4 again (row 5 had a finding, so row 7 is the first F4 read)
      'F6,kinship,1,,0,17,any,yes,01/01/2020,,', // row 8: fine
      'F6,kinship,1,,0,17,any,yes,01/01/2020,,', // row 9: duplicate of row 8
      ',kinship,,,0,17,any,yes,01/01/2020,,', // row 10: required blanks
    ];
    const r = read('fosterHouseholds', `${header}${rows.join('\n')}\n`);
    expect(where(r)).toEqual([
      [2, 'approved_places', 'two', 'invalid-number'],
      [3, 'approval_type', 'respite', 'unknown-code'],
      [4, 'sibling_groups', 'maybe', 'invalid-boolean'],
      [4, 'approval_date', '1/1/2020', 'invalid-date'],
      [4, 'postcode_district', 'LE4 5AB', 'full-postcode'],
      [5, 'usable_places', '2', 'range-reversed'],
      [6, 'age_from', '12', 'range-reversed'],
      [6, 'deregistration_date', '31/12/2019', 'end-before-start'],
      [9, 'household_id', 'F6', 'duplicate-id'],
      [10, 'household_id', '', 'missing-value'],
      [10, 'approved_places', '', 'missing-value'],
    ]);
    if (r.ok) return;
    const byCode = Object.fromEntries(r.findings.map((f) => [f.code, f]));
    expect(byCode['unknown-code']).toMatchObject({
      file: 'f.csv',
      table: 'foster-households',
      expected: 'one of mainstream, enhanced, specialist, kinship, short-breaks, parent-and-child',
      fix: 'Use one of the codes listed on the schema page.',
    });
    expect(r.findings.find((f) => f.code === 'range-reversed')?.message).toBe(
      'f.csv row 5, usable_places: is more than approved_places (1) "2" (expected at most approved_places)',
    );
    expect(byCode['duplicate-id']?.fix).toBe('Delete one of rows 8 and 9, or correct the household_id.');
  });

  it('placement costs: shares not summing to 1 (±0.01), end before start, duplicate child + start', () => {
    const header =
      'child_id,placement_start,placement_end,weekly_cost,social_care_share,health_share,education_share\n';
    const r = read(
      'placementCosts',
      `${header}C1,01/06/2024,,5200,0.8,0.1,0.1\n` + // row 2 ok
        'C2,01/06/2024,,5200,0.5,0.2,0.2\n' + // row 3: 0.9
        'C3,01/06/2024,,"£5,200",0.333,0.333,0.333\n' + // row 4: 0.999 is within 0.01, and "£5,200" is 5200
        'C5,01/06/2024,,£5,200,1,0,0\n' + // row 5: unquoted, the comma splits the cost across cells
        'C4,01/06/2024,01/05/2024,100,100%,0,0\n' + // row 6: end before start
        'C1,01/06/2024,,1,1,0,0\n', // row 7: duplicate of row 2
    );
    expect(where(r)).toEqual([
      [3, 'social_care_share', '0.5 + 0.2 + 0.2 = 0.9', 'shares-not-one'],
      [5, 'social_care_share', '200', 'out-of-range'],
      [5, 'cell 8', '0', 'extra-cell'],
      [6, 'placement_end', '01/05/2024', 'end-before-start'],
      [7, 'child_id + placement_start', 'C1, 01/06/2024', 'duplicate-id'],
    ]);
  });

  it('in-house homes, requests, care leavers and budget: one bad cell each', () => {
    expect(
      where(
        read(
          'inHouseHomes',
          'home_id,name,home_type,beds,opening_date,closing_date\nH1,A,childrens-home,4,01/09/2021,01/09/2020\n',
        ),
      ),
    ).toEqual([[2, 'closing_date', '01/09/2020', 'end-before-start']]);
    expect(
      where(
        read(
          'placementRequests',
          'request_id,request_date,age_at_request,requested_type,outcome,days_to_place\nR1,03/05/2024,14,fostering,not-found,5\n',
        ),
      ),
    ).toEqual([[2, 'days_to_place', '5', 'days-without-placement']]);
    expect(
      where(
        read('careLeaverAccommodation', 'child_id,accommodation_type,start_date\nC1,hostel,01/01/2024\n'),
      ),
    ).toEqual([[2, 'accommodation_type', 'hostel', 'unknown-code']]);
    expect(
      where(read('budget', 'financial_year,category,amount\n2025/26,fostering,1\n2025,fostering,-5\n')),
    ).toEqual([
      [2, 'financial_year', '2025/26', 'invalid-number'],
      [3, 'amount', '-5', 'out-of-range'],
    ]);
  });

  it('accepts labels and loose case for codes, £ and thousands commas in quoted money, yes/no words', () => {
    const r = read(
      'providers',
      'provider_id,name,provider_type,contract_basis,weekly_price_from,urn\nP1,A,"Children\'s home",Spot purchase,"£4,800.50",sc123456\n',
    );
    expect(r).toMatchObject({
      ok: true,
      records: [{ type: 'childrens-home', basis: 'spot', weeklyPriceFrom: 4800.5, urn: 'SC123456' }],
    });
    expect(SMALL_LOCAL_DATA.placementCosts[0]?.placementStart).toBe(day(2024, 6, 1));
  });

  it(`stops listing after ${LOCAL_FINDINGS_LIMIT} findings and says so`, () => {
    const rows = Array.from({ length: 300 }, () => '2025,nothing,1').join('\n');
    const r = read('budget', `financial_year,category,amount\n${rows}\n`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.findings.length).toBe(LOCAL_FINDINGS_LIMIT + 1);
    expect(r.findings.at(-1)?.code).toBe('too-many-findings');
  });

  it('every template column has a description and every code a label', () => {
    for (const kind of LOCAL_DATA_KINDS)
      for (const column of LOCAL_TEMPLATES[kind].columns) {
        expect(column.description.length).toBeGreaterThan(5);
        if (column.type === 'code') expect(column.codes.every((c) => c.label.length > 0)).toBe(true);
      }
  });
});
