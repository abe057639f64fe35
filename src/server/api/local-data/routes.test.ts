import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { writeLocalCsv } from '../../../local/index.ts';
import { SMALL_LOCAL_DATA } from '../../../local/test-fixtures.ts';
import { as, buildTestApp, COUNCIL_A, COUNCIL_B, multipart } from '../test-app.ts';

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

/** multipart() names file parts files[]; the route takes any one file part. */
const upload = (user: string, code: string, fields: Record<string, string>, name: string, text: string) =>
  as(app, user, {
    method: 'POST',
    url: `/api/councils/${code}/local-data`,
    ...multipart(fields, [[name, text]]),
  });

describe('local-data API', () => {
  it('imports a file (kind from the header) and lists it as the active file of its kind', async () => {
    const res = await upload(
      'ana',
      COUNCIL_A,
      {},
      'costs.csv',
      writeLocalCsv('placementCosts', SMALL_LOCAL_DATA.placementCosts),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'imported',
      kind: 'placementCosts',
      slug: 'placement-costs',
      rows: 2,
    });
    const summary = (
      await as(app, 'vic', { method: 'GET', url: `/api/councils/${COUNCIL_A}/local-data` })
    ).json();
    const costs = summary.kinds.find((k: { slug: string }) => k.slug === 'placement-costs');
    expect(costs.active).toMatchObject({
      fileName: 'costs.csv',
      rows: 2,
      importedBy: 'ana',
      status: 'active',
    });
    expect(summary.kinds.find((k: { slug: string }) => k.slug === 'budget').active).toBeNull();
  });

  it('answers rejected (200) with findings naming row, column, value and the fix; nothing is imported', async () => {
    const csv = 'financial_year,category,amount\n2025,fostering,100\n2025,fosterng,100\n';
    const res = await upload('adam', COUNCIL_A, { kind: 'budget' }, 'budget.csv', csv);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'rejected',
      kind: 'budget',
      findings: [
        {
          code: 'unknown-code',
          file: 'budget.csv',
          row: 3,
          column: 'category',
          value: 'fosterng',
          expected: 'one of fostering, residential, supported, other, care-leavers',
          fix: 'Did you mean fostering? Use one of the listed codes.',
          message:
            'budget.csv row 3, category: not an allowed value "fosterng" (expected one of fostering, residential, supported, other, care-leavers)',
        },
      ],
    });
    const summary = (
      await as(app, 'ana', { method: 'GET', url: `/api/councils/${COUNCIL_A}/local-data` })
    ).json();
    expect(summary.history).toHaveLength(1);
  });

  it('lets analysts and administrators import, not commissioners or viewers, and hides other councils', async () => {
    const csv = writeLocalCsv('budget', SMALL_LOCAL_DATA.budget);
    expect((await upload('cora', COUNCIL_A, {}, 'b.csv', csv)).statusCode).toBe(403);
    expect((await upload('vic', COUNCIL_A, {}, 'b.csv', csv)).statusCode).toBe(403);
    expect((await upload('bob', COUNCIL_A, {}, 'b.csv', csv)).statusCode).toBe(404);
    expect((await upload('adam', COUNCIL_A, {}, 'b.csv', csv)).statusCode).toBe(201);
    expect((await upload('ana', COUNCIL_A, {}, 'b.xlsx', csv)).json()).toMatchObject({ id: 'invalid-file' });
  });

  it('exports rows about children only to roles that may read children; the budget to anyone in the council', async () => {
    const url = `/api/councils/${COUNCIL_A}/local-data/placement-costs/export`;
    expect((await as(app, 'vic', { method: 'GET', url })).statusCode).toBe(403);
    const ok = await as(app, 'cora', { method: 'GET', url });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe(writeLocalCsv('placementCosts', SMALL_LOCAL_DATA.placementCosts));
    const budget = await as(app, 'vic', {
      method: 'GET',
      url: `/api/councils/${COUNCIL_A}/local-data/budget/export`,
    });
    expect(budget.body).toBe(writeLocalCsv('budget', SMALL_LOCAL_DATA.budget));
    expect((await as(app, 'bob', { method: 'GET', url })).statusCode).toBe(404);
    expect(
      (await as(app, 'ana', { method: 'GET', url: `/api/councils/${COUNCIL_B}/local-data` })).statusCode,
    ).toBe(404);
  });

  it('serves templates as CSV and as schema JSON', async () => {
    const csv = await as(app, 'vic', { method: 'GET', url: '/api/local-data/templates/budget/csv' });
    expect(csv.headers['content-disposition']).toBe('attachment; filename="placement-budget.csv"');
    expect(csv.body).toBe('financial_year,category,amount\n2025,fostering,12500000\n');
    const schema = (
      await as(app, 'vic', { method: 'GET', url: '/api/local-data/templates/placement-costs' })
    ).json();
    expect(schema.key).toEqual(['child_id', 'placement_start']);
    expect(schema.rules).toContain('social_care_share + health_share + education_share = 1 (±0.01)');
    expect(schema.columns[0]).toMatchObject({ name: 'child_id', required: true, type: 'id' });
    expect((await as(app, null, { method: 'GET', url: '/api/local-data/templates' })).statusCode).toBe(401);
    expect((await as(app, 'vic', { method: 'GET', url: '/api/local-data/templates/nope' })).statusCode).toBe(
      400,
    );
  });
});
