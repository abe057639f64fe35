import { describe, expect, it } from 'vitest';
import { EPISODES, HEADER, lines, readFixture } from './fixtures/read-fixture.ts';

const header = (...ids: string[]) => lines(HEADER, ...ids.map((id) => `${id},M,01/02/2010,WBRI,,,`));
/** An episode row: child, start, RNE, end (blank = open), REC. */
const ep = (child: string, start: string, rne: string, end = '', rec = end ? 'X1' : '') =>
  `${child},${start},${rne},C2,N1,U4,PR1,${end},${rec},,,,`;

async function contentFindings(episodes: string[], ids = ['C1'], year = 2025) {
  const { result, messages } = await readFixture(
    { 'header.csv': header(...ids), 'episodes.csv': lines(EPISODES, ...episodes) },
    year,
  );
  expect(result.structuralProblems).toBe(0);
  return { messages, codes: result.findings.map((f) => f.code), findings: result.findings };
}

describe('checks across the return, with the message a user sees', () => {
  it('finds nothing in a clean sequence: contiguous P after S, a gap then S, one open episode', async () => {
    const { messages } = await contentFindings([
      ep('C1', '01/04/2024', 'S', '15/06/2024'),
      ep('C1', '15/06/2024', 'P', '01/08/2024', 'E4A'),
      ep('C1', '01/10/2024', 'S'),
    ]);
    expect(messages).toEqual([]);
  });

  it('reports duplicate episodes (same child and start date)', async () => {
    const { messages, findings } = await contentFindings([
      ep('C1', '01/04/2024', 'S', '15/06/2024'),
      ep('C1', '01/04/2024', 'S', '15/06/2024'),
    ]);
    expect(messages).toEqual([
      'episodes.csv row 3, DECOM: second episode for the child starting on the same day as row 2 "01/04/2024" (expected one episode per child and start date)',
    ]);
    expect(findings[0]).toMatchObject({
      severity: 'content',
      code: 'duplicate-episode',
      childId: 'C1',
      row: 3,
      table: 'Episodes',
    });
  });

  it('reports overlapping episodes, closed and open', async () => {
    const { messages } = await contentFindings([
      ep('C1', '01/04/2024', 'S', '15/06/2024'),
      ep('C1', '01/06/2024', 'P', '01/07/2024'),
      ep('C1', '01/08/2024', 'S'),
      ep('C1', '01/09/2024', 'P', '01/10/2024'),
    ]);
    expect(messages).toEqual([
      'episodes.csv row 3, DECOM: episode starts before row 2 ends on 15/06/2024 "01/06/2024" (expected a start on or after 15/06/2024)',
      'episodes.csv row 5, DECOM: episode starts while row 4 (no end date) is still open "01/09/2024" (expected row 4 to end on or before this date)',
    ]);
  });

  it('reports episodes in another file by file name', async () => {
    const { messages } = await readFixture({
      'header.csv': header('C1'),
      'episodes-a.csv': lines(EPISODES, ep('C1', '01/04/2024', 'S', '15/06/2024')),
      'episodes-b.csv': lines(EPISODES, ep('C1', '01/04/2024', 'S', '15/06/2024')),
    });
    expect(messages).toEqual([
      'episodes-b.csv row 2, DECOM: second episode for the child starting on the same day as episodes-a.csv row 2 "01/04/2024" (expected one episode per child and start date)',
    ]);
  });

  it('reports orphan episodes (a child with no Header row), once per child', async () => {
    const { messages, codes } = await contentFindings([
      ep('C1', '01/04/2024', 'S'),
      ep('C9', '01/04/2024', 'S', '02/05/2024'),
      ep('C9', '02/05/2024', 'P'),
    ]);
    expect(codes).toEqual(['orphan-episode']);
    expect(messages).toEqual([
      'episodes.csv row 3, CHILD: episodes for a child with no Header row "C9" (expected a Header row for every child with episodes)',
    ]);
  });

  it('does not call every episode an orphan when there is no Header table', async () => {
    const { messages } = await readFixture({ 'episodes.csv': lines(EPISODES, ep('C1', '01/04/2024', 'S')) });
    expect(messages).toEqual([]);
  });

  it('reports a Header child with no episodes, unless a care leaver', async () => {
    const { result, messages } = await readFixture({
      'header.csv': header('C1', 'C2', 'C3'),
      'episodes.csv': lines(EPISODES, ep('C1', '01/04/2024', 'S')),
      'oc3.csv': lines('CHILD,DOB,IN_TOUCH,ACTIV,ACCOM', 'C3,01/02/2005,YES,F1,B1'),
    });
    expect(result.findings.map((f) => f.childId)).toEqual(['C2']);
    expect(messages).toEqual([
      'header.csv row 3, CHILD: child in Header has no episodes "C2" (expected at least one episode, unless the child is a care leaver (OC3) or adopted (AD1))',
    ]);
  });

  it('reports duplicate Header rows', async () => {
    const { messages } = await readFixture({ 'header.csv': header('C1', 'C2', 'C1') });
    expect(messages).toEqual([
      'header.csv row 4, CHILD: duplicate Header row for child "C1" (expected one Header row per child; the first is row 2)',
    ]);
  });

  it('reports a gap whose next episode is not RNE S, and a contiguous episode that is', async () => {
    const { messages } = await contentFindings([
      ep('C1', '01/04/2024', 'S', '15/06/2024', 'E4A'),
      ep('C1', '01/07/2024', 'P', '01/08/2024'),
      ep('C1', '01/08/2024', 'S'),
    ]);
    expect(messages).toEqual([
      'episodes.csv row 3, RNE: episode starts after a gap in care (row 2 ended 15/06/2024) but RNE is "P" (expected S, started to be looked after)',
      'episodes.csv row 4, RNE: episode continues row 3 (no gap in care) but RNE is "S" (expected L, P, T, U or B for a change within a period of care)',
    ]);
  });

  it('reports more than one open episode', async () => {
    const { messages } = await contentFindings([ep('C1', '01/04/2024', 'S'), ep('C1', '01/06/2024', 'S')]);
    expect(messages).toEqual([
      'episodes.csv row 2, DEC: episode has no end date but is not the child’s latest open episode (expected only the latest episode open; row 3 is also open)',
    ]);
  });

  it('checks episode dates against the collection year (2024/25 ends 31/03/2025)', async () => {
    const { messages } = await contentFindings([
      ep('C1', '01/06/2024', 'S', '01/05/2024', 'E4A'),
      ep('C1', '01/07/2024', 'S', '01/04/2025', 'E4A'),
      ep('C1', '02/04/2025', 'S'),
    ]);
    expect(messages).toEqual([
      'episodes.csv row 2, DEC: episode ends before it starts "01/05/2024" (expected on or after DECOM 01/06/2024)',
      'episodes.csv row 3, DEC: episode ends after the collection year "01/04/2025" (expected on or before 31/03/2025, the end of 2024/25; leave DEC blank if the episode was open on 31 March)',
      'episodes.csv row 4, DECOM: episode starts after the collection year "02/04/2025" (expected on or before 31/03/2025, the end of 2024/25)',
    ]);
  });
});
