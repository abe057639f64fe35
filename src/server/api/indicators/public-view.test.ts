import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { bufferSource } from '../../../ssda903/index.ts';
import { importReturn } from '../../../store/index.ts';
import { as, buildTestApp, COUNCIL_A } from '../test-app.ts';

let t: TestDatabase;
let app: FastifyInstance;

/**
 * A hand-built 2024/25 return of 23 children, all starting care on 01/06/2024 in in-house foster care and
 * still looked after at 31/03/2025: 3 girls (G1–G3) and 20 boys (B1–B20), all born 01/05/2012 (12 at 31 March).
 * So "looked after at 31 March by sex" is the row F 3, M 20, total 23.
 */
function smallCouncil(): [string, string][] {
  const girls = ['G1', 'G2', 'G3'];
  const boys = Array.from({ length: 20 }, (_, i) => `B${i + 1}`);
  const header = [...girls.map((c) => `${c},F`), ...boys.map((c) => `${c},M`)]
    .map((row) => `${row},01/05/2012,WBRI,,,`)
    .join('\n');
  const episodes = [...girls, ...boys]
    .map((c) => `${c},01/06/2024,S,C2,N1,U4,PR1,,,,LE1 1AA,LE2 2BB,`)
    .join('\n');
  return [
    ['header.csv', `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n${header}\n`],
    [
      'episodes.csv',
      `CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n${episodes}\n`,
    ],
  ];
}

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildTestApp(t.db);
  const result = await importReturn(t.db, {
    sources: smallCouncil().map(([name, text]) => bufferSource(name, new TextEncoder().encode(text))),
    councilCode: COUNCIL_A,
    collectionYear: 2025,
    importedBy: 'ana',
  });
  expect(result.status).toBe('imported');
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const base = `/api/councils/${COUNCIL_A}/indicators`;
const BY_SEX = 'profile.sex-at-31-march';
type Cell = { key: Record<string, string>; value: number | null; display?: string; flag?: string };
const cellOf = (cells: Cell[], key: object) =>
  cells.find((c) => JSON.stringify(c.key) === JSON.stringify(key)) as Cell;

describe('GET …/indicators?view=public', () => {
  it('shows the full figures by default: F 3, M 20, total 23', async () => {
    const body = (await as(app, 'vic', { method: 'GET', url: `${base}?theme=profile` })).json();
    expect(body.view).toBe('full');
    const bySex = body.indicators.find((i: { id: string }) => i.id === BY_SEX);
    expect(bySex.cells.map((c: Cell) => [c.key, c.value])).toEqual([
      [{ sex: 'F' }, 3],
      [{ sex: 'M' }, 20],
      [{}, 23],
    ]);
  });

  it('suppresses the 3 (c) and one complement, so neither 3 = 23 − 20 nor its complement can be worked out', async () => {
    // Any role may ask for it: this is what a published statement would show.
    const res = await as(app, 'vic', { method: 'GET', url: `${base}?theme=profile&view=public` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.view).toBe('public');
    const bySex = body.indicators.find((i: { id: string }) => i.id === BY_SEX);
    const [total, male, female] = [
      cellOf(bySex.cells, {}),
      cellOf(bySex.cells, { sex: 'M' }),
      cellOf(bySex.cells, { sex: 'F' }),
    ];
    // Primary: 3 is within 1–5.
    expect(female).toEqual({ key: { sex: 'F' }, display: 'c', value: null, flag: 'c' });
    // Secondary: with total = M + F, showing both 23 and 20 would give F = 3; one of them must be c too.
    const hidden = [total, male].filter((c) => c.flag === 'c');
    expect(hidden).toHaveLength(1);
    expect(bySex.disclosure).toMatchObject({ threshold: 5, minBase: 10, rounding: 1, secondary: 1 });
    // The share of girls (3 of 23) rests on a suppressed count: suppressed as well.
    const share = body.indicators.find((i: { id: string }) => i.id === 'profile.sex-share-at-31-march');
    expect(cellOf(share.cells, { sex: 'F' }).flag).toBe('c');
    // Nothing child-level, nor the numerators and bases of shares, leaves in the public view.
    const text = JSON.stringify(body);
    for (const word of ['childIds', 'numerator', 'denominator', 'G1', 'B1']) expect(text).not.toContain(word);
  });

  it('discloses a trend the same way, and downloads the published figures with their flags', async () => {
    const trend = (
      await as(app, 'vic', {
        method: 'GET',
        url: `${base}/trend?id=${BY_SEX}&cell=${encodeURIComponent('{"sex":"F"}')}&view=public`,
      })
    ).json();
    expect(trend.view).toBe('public');
    expect(trend.points).toEqual([
      { collectionYear: 2025, label: '2024/25', value: null, display: 'c', flag: 'c', england: null },
    ]);
    const csv = (await as(app, 'vic', { method: 'GET', url: `${base}/export?theme=profile&view=public` }))
      .body;
    expect(csv).toContain(
      `profile,${BY_SEX},Children looked after at 31 March by sex,2024/25,children,sex: Female,c,`,
    );
    expect(csv).not.toContain('Numerator');
  });
});
