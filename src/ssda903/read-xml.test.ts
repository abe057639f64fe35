import { describe, expect, it } from 'vitest';
import { EPISODES, HEADER, lines, readFixture } from './fixtures/read-fixture.ts';
import type { AcceptedRow } from './return-sink.ts';

const OC2 =
  'CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED';

// One looked-after child (C1: two episodes, a review, a missing spell, previous permanence, OC2, UASC)
// and one care leaver (C2: OC3 fields, no episodes). Line numbers are on the left of each line.
const XML = [
  '<?xml version="1.0" encoding="UTF-8"?>', // 1
  '<EXPSSDA903>', // 2
  '  <CHILD>', // 3
  '    <HEADER>', // 4
  '      <CHILDID>C1</CHILDID><UPN>A123456789012</UPN><SEX>M</SEX><DOB>01/02/2010</DOB>', // 5
  '      <ETHNIC>WBRI</ETHNIC><UASC>1</UASC><DUC>01/02/2028</DUC><MOTHER /><MC_DOB />', // 6
  '      <AREVIEW><REVIEW>01/06/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>', // 7
  '      <AMISSING><MISSING>M</MISSING><MIS_START>02/06/2024</MIS_START><MIS_END /></AMISSING>', // 8
  '      <PERMANENCE><PREV_PERM>Z1</PREV_PERM><LA_PERM /><DATE_PERM /></PERMANENCE>', // 9
  '      <OC2><SDQ_SCORE>17</SDQ_SCORE><CONVICTED>0</CONVICTED><HEALTH_CHECK>1</HEALTH_CHECK>', // 10
  '        <IMMUNISATIONS>1</IMMUNISATIONS><TEETH_CHECK>1</TEETH_CHECK><HEALTH_ASSESSMENT>1</HEALTH_ASSESSMENT>', // 11
  '        <SUBSTANCE_MISUSE>0</SUBSTANCE_MISUSE><INTERVENTION_RECEIVED /><INTERVENTION_OFFERED /></OC2>', // 12
  '    </HEADER>', // 13
  '    <EPISODE><DECOM>01/04/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U4</PL>', // 14
  '      <PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC>15/06/2024</DEC><REC>X1</REC><REASON_PLACE_CHANGE>CARPL</REASON_PLACE_CHANGE>', // 15
  '      <HOME_POST>AB1 2CD</HOME_POST><PL_POST>EF3 4GH</PL_POST><URN>1234567</URN></EPISODE>', // 16
  '    <EPISODE><DECOM>15/06/2024</DECOM><RNE>P</RNE><LS>C2</LS><CIN>N1</CIN><PL>K2</PL><PLACE_PROVIDER>PR4</PLACE_PROVIDER>', // 17
  '      <DEC /><REC /><REASON_PLACE_CHANGE /><HOME_POST>AB1 2CD</HOME_POST><PL_POST /><URN>SC123456</URN></EPISODE>', // 18
  '  </CHILD>', // 19
  '  <CHILD><HEADER><CHILDID>C2</CHILDID><UPN /><SEX>F</SEX><DOB>01/09/2005</DOB><ETHNIC>BAFR</ETHNIC><UASC />', // 20
  '    <MOTHER>0</MOTHER><MC_DOB /><IN_TOUCH>YES</IN_TOUCH><ACTIV>F1</ACTIV><ACCOM>B1</ACCOM></HEADER></CHILD>', // 21
  '</EXPSSDA903>', // 22
].join('\n');

const CSV = {
  'header.csv': lines(HEADER, 'C1,M,01/02/2010,WBRI,A123456789012,,', 'C2,F,01/09/2005,BAFR,,0,'),
  'uasc.csv': lines('CHILD,SEX,DOB,DUC', 'C1,M,01/02/2010,01/02/2028'),
  'oc3.csv': lines('CHILD,DOB,IN_TOUCH,ACTIV,ACCOM', 'C2,01/09/2005,YES,F1,B1'),
  'reviews.csv': lines('CHILD,DOB,REVIEW,REVIEW_CODE', 'C1,01/02/2010,01/06/2024,PN1'),
  'missing.csv': lines('CHILD,DOB,MISSING,MIS_START,MIS_END', 'C1,01/02/2010,M,02/06/2024,'),
  'prevperm.csv': lines('CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM', 'C1,01/02/2010,Z1,,'),
  'oc2.csv': lines(OC2, 'C1,01/02/2010,17,,0,1,1,1,1,0,,'),
  'episodes.csv': lines(
    EPISODES,
    'C1,01/04/2024,S,C2,N1,U4,PR1,15/06/2024,X1,CARPL,AB1 2CD,EF3 4GH,1234567',
    'C1,15/06/2024,P,C2,N1,K2,PR4,,,,AB1 2CD,,SC123456',
  ),
};

/** Records by table, in reading order within a table, without file names or row numbers. */
const byTable = (rows: AcceptedRow[]) => {
  const tables: Record<string, unknown[]> = {};
  for (const row of rows) {
    tables[row.table] ??= [];
    tables[row.table]?.push(row.record);
  }
  return tables;
};

describe('the XML form of the return', () => {
  it('reads into the same records as the equivalent CSV tables', async () => {
    const xml = await readFixture({ 'return.xml': XML });
    const csv = await readFixture(CSV);
    expect(xml.messages).toEqual([]);
    expect(csv.messages).toEqual([]);
    expect(byTable(xml.accepted)).toEqual(byTable(csv.accepted));
    expect(xml.result.rowCounts).toEqual(csv.result.rowCounts);
    expect(xml.result.files[0]).toMatchObject({
      format: 'xml',
      encoding: 'utf-8',
      rows: 10,
      tables: ['Header', 'UASC', 'Reviews', 'Missing', 'PrevPerm', 'OC2', 'Episodes', 'OC3'],
    });
  });

  it('numbers rows by the line where their element starts', async () => {
    const { accepted } = await readFixture({ 'return.xml': XML });
    expect(accepted.map((r) => `${r.table}@${r.rowNumber}`)).toEqual([
      'Header@4',
      'UASC@6',
      'Reviews@7',
      'Missing@8',
      'PrevPerm@9',
      'OC2@10',
      'Episodes@14',
      'Episodes@17',
      'Header@20',
      'OC3@21',
    ]);
  });

  it('reads the same whatever the chunk size', async () => {
    const whole = await readFixture({ 'return.xml': XML });
    const chunked = await readFixture({ 'return.xml': XML }, 2025, 13);
    expect(chunked.accepted).toEqual(whole.accepted);
  });

  it('names the line of a bad value inside an element', async () => {
    const { messages, setAside } = await readFixture({
      'return.xml': XML.replace('<DECOM>15/06/2024', '<DECOM>2024-06-15'),
    });
    expect(messages).toEqual([
      'return.xml row 17, DECOM: invalid date "2024-06-15" (expected a real date as dd/mm/yyyy)',
    ]);
    expect(setAside[0]?.raw).toContain('DECOM=2024-06-15,RNE=P');
  });

  it('stops at malformed XML with its line', async () => {
    const broken = XML.replace('</AREVIEW>', '</REVIEW_X>');
    const { messages, result, accepted } = await readFixture({ 'return.xml': broken });
    expect(messages).toEqual([
      'return.xml row 7: malformed XML: unexpected close tag; the file was not read further (expected well-formed XML)',
    ]);
    expect(result.structuralProblems).toBe(1);
    expect(accepted).toEqual([]);
  });

  it('reports a truncated XML file', async () => {
    const { messages, accepted } = await readFixture({
      'return.xml': XML.slice(0, XML.indexOf('  <CHILD><HEADER><CHILDID>C2')),
    });
    expect(accepted).toHaveLength(8);
    expect(messages).toEqual([
      'return.xml row 20: malformed XML: unclosed tag: EXPSSDA903; the file was not read further (expected well-formed XML)',
    ]);
  });

  it('notes elements it does not know, once per name', async () => {
    const { messages } = await readFixture({
      'return.xml': XML.replaceAll('<URN>', '<PL_DISTANCE>1.5</PL_DISTANCE><URN>'),
    });
    expect(messages).toEqual([
      'return.xml row 16: element <PL_DISTANCE> is not part of the 903 XML and was ignored (reported once per name)',
    ]);
  });

  it('refuses XML whose root is not EXPSSDA903', async () => {
    const { messages } = await readFixture({
      'other.xml': '<?xml version="1.0"?>\n<CARELEAVERS></CARELEAVERS>\n',
    });
    expect(messages).toEqual([
      'other.xml row 2: the XML root element is <CARELEAVERS>, so this is not a 903 return (expected <EXPSSDA903>)',
    ]);
  });
});
