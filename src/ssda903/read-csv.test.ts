import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import { EPISODES, HEADER, lines, readFixture } from './fixtures/read-fixture.ts';

// Epoch days worked out by hand: 31/03/2024 is 19813 (see dates tests), so 01/04/2024 is 19814 and
// 15/06/2024 is 19814 + 30 (April) + 31 (May) + 14 = 19889.
const APR_1_2024 = 19814;
const JUN_15_2024 = 19889;

describe('reading a clean CSV table', () => {
  it('turns rows into records keyed by domain names, dates as epoch days, blanks as null', async () => {
    const { accepted, result } = await readFixture({
      'episodes.csv': lines(EPISODES, 'C1,01/04/2024,S,C2,N1,U4,PR1,15/06/2024,E11,,AB1 2CD,EF3 4GH,1234567'),
    });
    expect(accepted).toEqual([
      {
        table: 'Episodes',
        file: 'episodes.csv',
        rowNumber: 2,
        record: {
          childId: 'C1',
          start: APR_1_2024,
          reasonNewEpisode: 'S',
          legalStatus: 'C2',
          categoryOfNeed: 'N1',
          placementType: 'U4',
          provider: 'PR1',
          end: JUN_15_2024,
          reasonEnded: 'E11',
          reasonPlaceChange: null,
          homePostcode: 'AB1 2CD',
          placementPostcode: 'EF3 4GH',
          urn: '1234567',
        },
      },
    ]);
    expect(result.files[0]).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      tables: ['Episodes'],
      rows: 1,
      rowsSetAside: 0,
    });
    expect(result.rowCounts).toEqual({ Episodes: 1 });
    expect(result).toMatchObject({ findings: [], structuralProblems: 0, codeListsAssumed: false });
  });

  it('maps SEX 1/2 to M/F and reads whole numbers', async () => {
    const { accepted } = await readFixture(
      {
        'header.csv': lines(HEADER, 'C1,1,01/02/2010,WBRI,,0,', 'C2,2,01/02/2011,WBRI,,,'),
        'oc2.csv': lines(
          'CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED',
          'C1,01/02/2010,17,,0,1,1,1,1,0,,',
        ),
      },
      2024,
    );
    expect(accepted.map((r) => r.record.sex ?? r.record.sdqScore)).toEqual(['M', 'F', 17]);
    expect(accepted[0]?.record.dob).toBe(day(2010, 2, 1));
  });

  it('accepts header-only files (an empty table) without a finding', async () => {
    const { result } = await readFixture({ 'episodes.csv': lines(EPISODES) });
    expect(result.findings).toEqual([]);
    expect(result.files[0]).toMatchObject({ tables: ['Episodes'], rows: 0 });
  });

  it('adds up the same table given in two files', async () => {
    const { result } = await readFixture({
      'episodes-a.csv': lines(EPISODES, 'C1,01/04/2024,S,C2,N1,U4,PR1,,,,,,'),
      'episodes-b.csv': lines(
        EPISODES,
        'C2,01/04/2024,S,C2,N1,U4,PR1,,,,,,',
        'C3,01/04/2024,S,C2,N1,U4,PR1,,,,,,',
      ),
    });
    expect(result.rowCounts).toEqual({ Episodes: 3 });
  });

  it('tolerates header case, spaces, column order and a trailing empty column', async () => {
    const { accepted, result } = await readFixture({
      'reviews.csv': lines(' review_code ,Child,DOB,REVIEW,', 'PN1,C1,01/02/2010,01/04/2024,'),
    });
    expect(result.findings).toEqual([]);
    expect(accepted[0]?.record).toEqual({
      childId: 'C1',
      dob: day(2010, 2, 1),
      reviewDate: APR_1_2024,
      participation: 'PN1',
    });
  });

  it('reads quoted commas, doubled quotes, CRLF line ends and blank trailing lines', async () => {
    const text = [
      EPISODES,
      'C1,01/04/2024,S,C2,N1,U4,PR1,,,,"AB1, 2CD","EF3 ""4GH""",1234567',
      '',
      ',,,,,,,,,,,,',
      '',
    ].join('\r\n');
    const { accepted, result } = await readFixture({ 'episodes.csv': text });
    expect(result.findings).toEqual([]);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]?.record).toMatchObject({
      homePostcode: 'AB1, 2CD',
      placementPostcode: 'EF3 "4GH"',
      end: null,
    });
  });

  it('numbers rows by the line they start on, through quoted line breaks', async () => {
    const { accepted } = await readFixture({
      'episodes.csv': lines(
        EPISODES,
        'C1,01/04/2024,S,C2,N1,U4,PR1,,,,"AB1\n2CD",,',
        '',
        'C2,01/04/2024,S,C2,N1,U4,PR1,,,,,,',
      ),
    });
    // Line 2 holds C1 (its postcode runs onto line 3); line 4 is blank; C2 is on line 5.
    expect(accepted.map((r) => [r.record.childId, r.rowNumber])).toEqual([
      ['C1', 2],
      ['C2', 5],
    ]);
  });

  it('reads the same rows whatever the chunk size', async () => {
    const text = [
      EPISODES,
      'C1,01/04/2024,S,C2,N1,U4,PR1,,,,"AB1, 2CD","EF3 ""4GH""",1234567',
      'C2,01/04/2024,S,C2,N1,U4,PR1,15/06/2024,E11,,,,',
      '',
    ].join('\r\n');
    const whole = await readFixture({ 'episodes.csv': text });
    for (const chunk of [1, 2, 3, 7, 64]) {
      const chunked = await readFixture({ 'episodes.csv': text }, 2025, chunk);
      expect(chunked.accepted).toEqual(whole.accepted);
    }
  });
});

describe('structural problems in CSV files, with the message a user sees', () => {
  it('names the closest table and the missing and unexpected columns', async () => {
    const header =
      'CHILD,DECOM,RNE,LS,CIN,PLACEMENT,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,PLACE';
    const { messages, result, accepted } = await readFixture({
      'episodes.csv': lines(header, 'C1,01/04/2024,S,C2,N1,U4,PR1,,,,,,U4'),
    });
    expect(messages).toEqual([
      'episodes.csv row 1: columns do not match any 903 table; closest is Episodes — missing URN, unexpected PLACEMENT ' +
        '(expected CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN)',
    ]);
    expect(result.findings[0]).toMatchObject({ severity: 'structural', code: 'unknown-table' });
    expect(result.structuralProblems).toBe(1);
    expect(accepted).toEqual([]);
    expect(result.files[0]?.tables).toEqual([]);
  });

  it('reports a missing column', async () => {
    const { messages } = await readFixture({
      'header.csv': lines('CHILD,SEX,DOB,ETHNIC,UPN,MOTHER', 'C1,M,01/02/2010,WBRI,,'),
    });
    expect(messages).toEqual([
      'header.csv row 1: columns do not match any 903 table; closest is Header — missing MC_DOB ' +
        '(expected CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB)',
    ]);
  });

  it('reports an extra column', async () => {
    const { messages } = await readFixture({ 'uasc.csv': lines('CHILD,SEX,DOB,DUC,NOTES') });
    expect(messages).toEqual([
      'uasc.csv row 1: columns do not match any 903 table; closest is UASC — unexpected NOTES (expected CHILD,SEX,DOB,DUC)',
    ]);
  });

  it('reports a file that is no 903 table at all', async () => {
    const { messages } = await readFixture({ 'people.csv': lines('NAME,AGE', 'Sam,12') });
    expect(messages).toEqual([
      'people.csv row 1: columns do not match any 903 table; closest is Header — missing CHILD, SEX, DOB, ETHNIC, UPN, ' +
        'MOTHER, MC_DOB, unexpected NAME, AGE (expected CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB)',
    ]);
  });

  it('skips an empty file with a content finding', async () => {
    const { messages, result } = await readFixture({ 'empty.csv': '' });
    expect(messages).toEqual([
      'empty.csv: the file is empty and was skipped (expected a 903 table with its header row)',
    ]);
    expect(result.findings[0]?.severity).toBe('content');
    expect(result.structuralProblems).toBe(0);
    expect(result.files[0]).toMatchObject({ bytes: 0, encoding: null, tables: [] });
  });

  it.each([
    [
      '31/02/2024',
      'episodes.csv row 2, DECOM: invalid date "31/02/2024" (expected a real date as dd/mm/yyyy)',
    ],
    [
      '2024-01-05',
      'episodes.csv row 2, DECOM: invalid date "2024-01-05" (expected a real date as dd/mm/yyyy)',
    ],
    ['1/1/24', 'episodes.csv row 2, DECOM: invalid date "1/1/24" (expected a real date as dd/mm/yyyy)'],
  ])('sets aside a row with the bad date %s', async (date, message) => {
    const row = `C1,${date},S,C2,N1,U4,PR1,,,,,,`;
    const { messages, setAside, accepted, result } = await readFixture({
      'episodes.csv': lines(EPISODES, row),
    });
    expect(messages).toEqual([message]);
    expect(accepted).toEqual([]);
    expect(setAside).toEqual([
      { file: 'episodes.csv', rowNumber: 2, table: 'Episodes', raw: row, findings: result.findings },
    ]);
    expect(result.files[0]).toMatchObject({ rows: 0, rowsSetAside: 1 });
  });

  it('sets aside a row with a required value blank', async () => {
    const { messages } = await readFixture({ 'episodes.csv': lines(EPISODES, 'C1,,S,C2,N1,U4,PR1,,,,,,') });
    expect(messages).toEqual([
      'episodes.csv row 2, DECOM: required value is blank (expected a value: DECOM is required)',
    ]);
  });

  it('sets aside a row whose number is not whole', async () => {
    const { messages } = await readFixture({
      'ad1.csv': lines(
        'CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR',
        'C1,01/02/2010,,,,1.5,M1,L0',
      ),
    });
    expect(messages).toEqual([
      'ad1.csv row 2, NB_ADOPTR: not a whole number "1.5" (expected a whole number)',
    ]);
  });

  it('sets aside rows with too few or too many fields', async () => {
    const { messages, setAside } = await readFixture({
      'episodes.csv': lines(
        EPISODES,
        'C1,01/04/2024,S,C2,N1,U4,PR1,,,,,',
        'C2,01/04/2024,S,C2,N1,U4,PR1,,,,,,,',
      ),
    });
    expect(messages).toEqual([
      'episodes.csv row 2: row has 12 fields but the header has 13 (expected one field per column; a value containing a comma must be in double quotes)',
      'episodes.csv row 3: row has 14 fields but the header has 13 (expected one field per column; a value containing a comma must be in double quotes)',
    ]);
    expect(setAside.map((r) => r.raw)).toEqual([
      'C1,01/04/2024,S,C2,N1,U4,PR1,,,,,',
      'C2,01/04/2024,S,C2,N1,U4,PR1,,,,,,,',
    ]);
  });

  it('reports a truncated file that ends inside a quote', async () => {
    const text = `${lines(EPISODES, 'C1,01/04/2024,S,C2,N1,U4,PR1,,,,,,')}C2,01/04/2024,S,C2,N1,U4,PR1,,,,"AB1 2`;
    const { messages, accepted, setAside } = await readFixture({ 'episodes.csv': text });
    expect(messages).toEqual([
      'episodes.csv row 3: quote opened and never closed before the end of the file (expected a closing double quote; the file may be truncated)',
    ]);
    expect(accepted).toHaveLength(1);
    expect(setAside[0]).toMatchObject({ rowNumber: 3, raw: 'C2,01/04/2024,S,C2,N1,U4,PR1,,,,"AB1 2' });
  });

  it('reads a table the year does not collect, with a content finding', async () => {
    const { messages, result } = await readFixture(
      { 'sw.csv': lines('CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON', 'C1,01/02/2010,SW1,01/04/2022,,') },
      2023,
    );
    expect(messages).toEqual([
      'sw.csv: the SWEpisodes table is not collected in 2022/23; its rows are read anyway (expected SWEpisodes from 2023/24)',
    ]);
    expect(result.rowCounts).toEqual({ SWEpisodes: 1 });
  });
});
