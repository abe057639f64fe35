import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import { readFixture } from './fixtures/read-fixture.ts';
import type { TableRecord } from './records.ts';
import { toCsv } from './write-csv.ts';

const header: TableRecord[] = [
  {
    childId: 'C1',
    sex: 'M',
    dob: day(2010, 2, 1),
    ethnicity: 'WBRI',
    upn: null,
    motherStatus: null,
    motherChildDob: null,
  },
  {
    childId: 'C2',
    sex: 'F',
    dob: day(2008, 4, 30),
    ethnicity: 'BAFR',
    upn: 'A1',
    motherStatus: '1',
    motherChildDob: day(2024, 5, 6),
  },
];

const episodes: TableRecord[] = [
  {
    childId: 'C1',
    start: day(2024, 4, 1),
    reasonNewEpisode: 'S',
    legalStatus: 'C2',
    categoryOfNeed: 'N1',
    placementType: 'U4',
    provider: 'PR1',
    end: day(2024, 6, 15),
    reasonEnded: 'X1',
    reasonPlaceChange: 'CARPL',
    homePostcode: 'AB1, 2CD',
    placementPostcode: 'EF3 "4GH"',
    urn: null,
  },
  {
    childId: 'C2',
    start: day(2024, 5, 6),
    reasonNewEpisode: 'S',
    legalStatus: 'V2',
    categoryOfNeed: 'N4',
    placementType: 'R3',
    provider: 'PR4',
    end: null,
    reasonEnded: null,
    reasonPlaceChange: null,
    homePostcode: null,
    placementPostcode: null,
    urn: 'SC000001',
  },
];

describe('toCsv', () => {
  it('writes the header row, dd/mm/yyyy dates, blanks and quotes only where needed, LF line ends', () => {
    expect(toCsv('Episodes', episodes, { collectionYear: 2025 })).toBe(
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
        'C1,01/04/2024,S,C2,N1,U4,PR1,15/06/2024,X1,CARPL,"AB1, 2CD","EF3 ""4GH""",\n' +
        'C2,06/05/2024,S,V2,N4,R3,PR4,,,,,,SC000001\n',
    );
  });

  it('writes SEX as 1/2 up to 2023/24 and M/F from 2024/25', () => {
    expect(toCsv('Header', header, { collectionYear: 2024 }).split('\n')[1]).toBe('C1,1,01/02/2010,WBRI,,,');
    expect(toCsv('Header', header, { collectionYear: 2025 }).split('\n')[2]).toBe(
      'C2,F,30/04/2008,BAFR,A1,1,06/05/2024',
    );
  });

  it('round-trips: write, read, same records', async () => {
    for (const year of [2024, 2025]) {
      const { accepted, result } = await readFixture(
        {
          'header.csv': toCsv('Header', header, { collectionYear: year }),
          'episodes.csv': toCsv('Episodes', episodes, { collectionYear: year }),
        },
        year,
      );
      // 2023/24 also gets "episode after the year" findings (the dates are 2024/25's); none is structural
      // and none is about a code, so SEX was written in the year's form.
      expect(result.structuralProblems).toBe(0);
      expect(result.findings.filter((f) => f.code === 'code-not-valid-for-year')).toEqual([]);
      expect(accepted.map((r) => r.record)).toEqual([...header, ...episodes]);
    }
  });
});
