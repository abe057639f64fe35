import { describe, expect, it } from 'vitest';
import {
  codeDescriptions,
  codeLabel,
  codeListFor,
  codeListYear,
  isValidCode,
  whyNotValid,
} from './code-lists.ts';
import { EPISODES, HEADER, lines, readFixture } from './fixtures/read-fixture.ts';

describe('code lists by collection year', () => {
  it('adds K3 from 2024/25', () => {
    expect(isValidCode('placementType', 'K3', 2024)).toBe(false);
    expect(isValidCode('placementType', 'K3', 2025)).toBe(true);
  });

  it('removes H5, P2 and Z1 from 2025/26 and adds Z11–Z14', () => {
    for (const code of ['H5', 'P2', 'Z1']) {
      expect([isValidCode('placementType', code, 2025), isValidCode('placementType', code, 2026)]).toEqual([
        true,
        false,
      ]);
    }
    for (const code of ['Z11', 'Z12', 'Z13', 'Z14']) {
      expect([isValidCode('placementType', code, 2025), isValidCode('placementType', code, 2026)]).toEqual([
        false,
        true,
      ]);
    }
  });

  it('has the placement list sizes of each year (27 in 2022/23, 28 with K3, 29 after the Z1 split)', () => {
    // 2022/23: A3–A6 (4), H5, K1, K2, P1–P3 (3), R1–R3, R5 (4), S1, T0–T4 (5), U1–U6 (6), Z1 = 27.
    expect([2023, 2024, 2025, 2026, 2027].map((y) => codeListFor('placementType', y).size)).toEqual([
      27, 27, 28, 29, 29,
    ]);
  });

  it('switches SEX from 1/2 to M/F/U in 2024/25', () => {
    expect([...codeListFor('sex', 2024)]).toEqual(['1', '2']);
    expect([...codeListFor('sex', 2025)]).toEqual(['M', 'F', 'U']);
  });

  it('reads years before 2022/23 with the 2022/23 lists, as an assumption', () => {
    expect(codeListYear(2021)).toEqual({ year: 2023, assumed: true });
    expect(codeListYear(2025)).toEqual({ year: 2025, assumed: false });
    expect(isValidCode('sex', '1', 2019)).toBe(true);
  });

  it('labels codes for the UI', () => {
    expect(codeLabel('placementType', 'K2')).toBe('Children’s home');
    expect(codeLabel('legalStatus', 'C2')).toBe('Full care order');
    expect(codeLabel('activity', 'F1')).toBeUndefined();
    expect(codeDescriptions('categoryOfNeed')).toMatchObject({
      N1: 'Abuse or neglect',
      N8: 'Absent parenting',
    });
    expect(Object.keys(codeDescriptions('reasonNewEpisode'))).toEqual(['S', 'L', 'P', 'T', 'U', 'B']);
    expect(Object.keys(codeDescriptions('reasonPlaceChange'))).toHaveLength(12);
    expect(codeDescriptions('reasonEpisodeCeased').E17).toBe(
      'Aged 18 or over and remained with current carers (e.g. staying put)',
    );
  });

  it('explains in plain English why a code is not valid in a year', () => {
    expect(whyNotValid('placementType', 'K3', 2024)).toBe(
      'K3 is valid from 2024/25; use H5 for semi-independent accommodation before 2024/25',
    );
    expect(whyNotValid('placementType', 'Z1', 2026)).toBe(
      'Z1 was removed from 2025/26; use one of Z11, Z12, Z13 or Z14 from 2025/26',
    );
    expect(whyNotValid('missingKind', 'X', 2026)).toBe('expected one of M, A');
  });
});

describe('codes from another year, as the user sees them', () => {
  const episode = (place: string) => `C1,01/04/2025,S,C2,N1,${place},PR4,,,,,,`;

  it('reports H5 in 2025/26 as a content finding and keeps the row', async () => {
    const { messages, result, accepted } = await readFixture(
      { 'episodes.csv': lines(EPISODES, episode('H5')) },
      2026,
    );
    expect(messages).toEqual([
      'episodes.csv row 2, PLACE: "H5" is not a valid placement code in 2025/26 (H5 was removed from 2025/26; use K3 for Ofsted-registered supported accommodation)',
    ]);
    expect(result.findings[0]).toMatchObject({
      severity: 'content',
      code: 'code-not-valid-for-year',
      value: 'H5',
    });
    expect(accepted[0]?.record.placementType).toBe('H5');
  });

  it('reports K3 before 2024/25', async () => {
    const { messages } = await readFixture(
      { 'episodes.csv': lines(EPISODES, 'C1,01/04/2023,S,C2,N1,K3,PR4,,,,,,') },
      2024,
    );
    expect(messages).toEqual([
      'episodes.csv row 2, PLACE: "K3" is not a valid placement code in 2023/24 (K3 is valid from 2024/25; use H5 for semi-independent accommodation before 2024/25)',
    ]);
  });

  it('reads lower-case codes as upper case', async () => {
    const { accepted, messages } = await readFixture(
      { 'episodes.csv': lines(EPISODES, episode('k3')) },
      2026,
    );
    expect(messages).toEqual([]);
    expect(accepted[0]?.record.placementType).toBe('K3');
  });

  it('maps SEX in the other year’s form, with a content finding', async () => {
    const { accepted, messages } = await readFixture(
      { 'header.csv': lines(HEADER, 'C1,1,01/02/2010,WBRI,,,', 'C2,F,01/02/2010,WBRI,,,') },
      2025,
    );
    expect(accepted.map((r) => r.record.sex)).toEqual(['M', 'F']);
    expect(messages).toEqual([
      'header.csv row 2, SEX: "1" is not a valid sex code in 2024/25 (read as M; from 2024/25 SEX is M, F or U)',
    ]);
    const old = await readFixture({ 'header.csv': lines(HEADER, 'C1,F,01/02/2010,WBRI,,,') }, 2024);
    expect(old.messages).toEqual([
      'header.csv row 2, SEX: "F" is not a valid sex code in 2023/24 (read as F; before 2024/25 SEX is 1 or 2)',
    ]);
  });

  it('sets aside a Header row whose SEX is no sex code at all', async () => {
    const { messages, setAside } = await readFixture({
      'header.csv': lines(HEADER, 'C1,X,01/02/2010,WBRI,,,'),
    });
    expect(messages).toEqual([
      'header.csv row 2, SEX: not a sex code "X" (expected M, F or U; 1 or 2 before 2024/25)',
    ]);
    expect(setAside).toHaveLength(1);
  });

  it('says the lists were assumed for years before 2022/23', async () => {
    const { result } = await readFixture({ 'header.csv': lines(HEADER, 'C1,1,01/02/2010,WBRI,,,') }, 2021);
    expect(result).toMatchObject({ codeListsAssumed: true, findings: [] });
  });
});
