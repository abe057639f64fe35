import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { as, buildTestApp, COUNCIL_A, importSmallReturn } from '../test-app.ts';

let t: TestDatabase;
let app: FastifyInstance;
let batchId: number;
beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildTestApp(t.db);
  batchId = await importSmallReturn(t.db, COUNCIL_A);
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const get = (url: string, user = 'ana') => as(app, user, { method: 'GET', url });

describe('GET /api/councils/:code/findings', () => {
  it('lists the one content finding of the small return (placement code ZZ, episodes.csv row 4)', async () => {
    const res = await get(`/api/councils/${COUNCIL_A}/findings`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(1);
    expect(body.codes).toEqual([{ code: 'code-not-valid-for-year', count: 1 }]);
    expect(body.findings[0]).toMatchObject({
      batchId,
      collectionYear: 2025,
      severity: 'content',
      code: 'code-not-valid-for-year',
      file: 'episodes.csv',
      row: 4,
      column: 'PLACE',
      value: 'ZZ',
    });
  });

  it('filters by severity, code, year and text', async () => {
    const total = async (query: string) =>
      (await get(`/api/councils/${COUNCIL_A}/findings?${query}`)).json().total;
    expect(await total('severity=structural')).toBe(0);
    expect(await total('severity=content&code=code-not-valid-for-year')).toBe(1);
    expect(await total('code=episode-overlap')).toBe(0);
    expect(await total('year=2024')).toBe(0);
    expect(await total('q=%22zz%22')).toBe(1); // in the message, any case
    expect(await total('q=EPISODES.CSV')).toBe(1); // the file name
    expect(await total('q=100%25')).toBe(0); // % is text, not a wildcard
    // Paging past the end: no rows, the same total.
    const page2 = (await get(`/api/councils/${COUNCIL_A}/findings?page=2&pageSize=1`)).json();
    expect([page2.findings.length, page2.total]).toEqual([0, 1]);
  });

  it('answers a bad filter with invalid-request naming the field', async () => {
    const res = await get(`/api/councils/${COUNCIL_A}/findings?severity=fatal`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ id: 'invalid-request', fields: { severity: expect.any(String) } });
    expect(res.json().message).toMatch(/^The querystring is not valid: severity: /);
  });

  it('downloads the findings as CSV with a BOM, header row and the finding', async () => {
    const res = await get(`/api/councils/${COUNCIL_A}/findings/export?format=csv&year=2025`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="findings-${COUNCIL_A}-2025.csv"`);
    const lines = res.body.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFCollection year,Import batch,Severity,Code,File,Table,Row,Column,Value,Expected,Child,Message',
    );
    // The expected list and the message hold commas and quotes: quoted, quotes doubled; no child id on this finding.
    const codes =
      'A3, A4, A5, A6, H5, K1, K2, K3, P1, P2, P3, R1, R2, R3, R5, S1, T0, T1, T2, T3, T4, U1, U2, U3, U4, U5, U6, Z1';
    expect(lines[1]).toBe(
      `2025,${batchId},content,code-not-valid-for-year,episodes.csv,Episodes,4,PLACE,ZZ,"expected one of ${codes}",C2,` +
        `"episodes.csv row 4, PLACE: ""ZZ"" is not a valid placement code in 2024/25 (expected one of ${codes})"`,
    );
    expect(lines.slice(2)).toEqual(['']);
  });

  it('downloads XLSX too, and refuses viewers', async () => {
    const xlsx = await get(`/api/councils/${COUNCIL_A}/findings/export?format=xlsx`);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK'); // a zip
    expect((await get(`/api/councils/${COUNCIL_A}/findings`, 'vic')).json()).toMatchObject({
      id: 'forbidden',
    });
  });
});
