import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { as, buildTestApp, COUNCIL_A, multipart } from '../test-app.ts';

let t: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildTestApp(t.db);
});
afterAll(async () => {
  await app.close();
  await t.close();
});

// Synthetic DfE table (2024 layout): England's total, the East Midlands' total, Leicester's, and one row
// whose number is unreadable. By hand: 3 figures, 1 national, 1 regional, 1 council, all mapped to
// population.looked-after-at-31-march; 1 problem (row 5).
const TABLE = `time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,cla_group,characteristic,number,percentage
2024,Reporting year,National,E92000001,England,,,,,,Total,Total children,83630,
2024,Reporting year,Regional,E92000001,England,E12000004,East Midlands,,,,Total,Total children,6210,
2024,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,856,Leicester,E06000016,Total,Total children,1390,
2024,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,892,Nottingham,E06000018,Total,Total children,many,
`;

const upload = (user: string | null, fields: Record<string, string>, files: [string, string][]) =>
  as(app, user, { method: 'POST', url: '/api/comparators', ...multipart(fields, files) });

describe('POST /api/comparators', () => {
  it('stores an analyst upload, answers counts and problems, and audits it', async () => {
    const res = await upload('ana', { source: 'DfE CLA 2024' }, [['cla_2024.csv', TABLE]]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      source: 'DfE CLA 2024',
      saved: 3,
      national: 1,
      regional: 1,
      council: 1,
      matched: 3,
      years: [2024],
      problems: ['DfE CLA 2024 row 5, number: invalid "many" (expected a number or c, k, z, x)'],
    });
    const stored = await t.db
      .selectFrom('comparator')
      .select(['code', 'value', 'imported_by'])
      .orderBy('id')
      .execute();
    expect(stored).toEqual([
      { code: 'E92000001', value: 83630, imported_by: 'ana' },
      { code: 'E12000004', value: 6210, imported_by: 'ana' },
      { code: 'E06000016', value: 1390, imported_by: 'ana' },
    ]);
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['actor', 'council_code', 'detail'])
      .where('action', '=', 'comparators.import')
      .execute();
    expect(audit).toEqual([
      {
        actor: 'ana',
        council_code: null,
        detail: { source: 'DfE CLA 2024', file: 'cla_2024.csv', saved: 3, years: [2024], problems: 1 },
      },
    ]);
  });

  it('lets an admin upload (source defaults to the file name); refuses a viewer, a commissioner, no file, a file with no figures', async () => {
    const admin = await upload('adam', {}, [['cla_2024.csv', TABLE]]);
    expect(admin.json()).toMatchObject({ source: 'cla_2024.csv', saved: 3 });
    expect((await upload('vic', {}, [['cla_2024.csv', TABLE]])).json().id).toBe('forbidden');
    expect((await upload('cora', {}, [['cla_2024.csv', TABLE]])).statusCode).toBe(403);
    expect((await upload(null, {}, [['cla_2024.csv', TABLE]])).statusCode).toBe(401);
    expect((await upload('ana', { source: 'x' }, [])).json().id).toBe('no-files');
    expect((await upload('ana', {}, [['notes.xml', '<a/>']])).json().id).toBe('invalid-file');
    const empty = await upload('ana', {}, [['notes.csv', 'a,b\n1,2\n']]);
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({
      id: 'no-figures',
      message:
        'notes.csv: no figures imported. notes.csv: missing column time_period, geographic_level, number or children_count (expected a DfE CSV table)',
    });
  });
});

describe('GET/PUT /api/councils/:code/neighbours', () => {
  const url = `/api/councils/${COUNCIL_A}/neighbours`;

  it('round trip: none, chosen by an admin (audited with before and after), read back by a viewer', async () => {
    expect((await as(app, 'vic', { method: 'GET', url })).json()).toEqual({
      council: { code: COUNCIL_A, name: 'Leicester' },
      neighbours: [],
    });
    const payload = { neighbours: ['E06000018', 'E08000025', 'E06000018', COUNCIL_A] };
    const put = await as(app, 'adam', { method: 'PUT', url, payload });
    expect(put.statusCode).toBe(200);
    // Deduplicated, in the order given, never the council itself.
    const chosen = {
      council: { code: COUNCIL_A, name: 'Leicester' },
      neighbours: [
        { code: 'E06000018', name: 'Nottingham' },
        { code: 'E08000025', name: 'Birmingham' },
      ],
    };
    expect(put.json()).toEqual(chosen);
    expect((await as(app, 'vic', { method: 'GET', url })).json()).toEqual(chosen);
    await as(app, 'adam', { method: 'PUT', url, payload: { neighbours: ['E06000018'] } });
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['actor', 'council_code', 'detail'])
      .where('action', '=', 'neighbours.change')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { actor: 'adam', council_code: COUNCIL_A, detail: { before: [], after: ['E06000018', 'E08000025'] } },
      {
        actor: 'adam',
        council_code: COUNCIL_A,
        detail: { before: ['E06000018', 'E08000025'], after: ['E06000018'] },
      },
    ]);
  });

  it('refuses an analyst (403), another council (404), and codes that are not councils (400 per field)', async () => {
    const payload = { neighbours: ['E06000018'] };
    expect((await as(app, 'ana', { method: 'PUT', url, payload })).json().id).toBe('forbidden');
    expect((await as(app, 'bob', { method: 'GET', url })).json().id).toBe('council-not-found');
    const bad = await as(app, 'adam', {
      method: 'PUT',
      url,
      payload: { neighbours: ['E06000018', 'E06099999', 'Leeds'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual({ 'neighbours.2': 'expected an ONS council code such as E06000016' });
    const unknown = await as(app, 'adam', { method: 'PUT', url, payload: { neighbours: ['E06099999'] } });
    expect(unknown.json()).toMatchObject({
      id: 'invalid-request',
      fields: { 'neighbours.0': "E06099999 is not an English council with children's services" },
    });
  });
});
