import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { DEFAULT_CATEGORY_MAPPING } from '../../../care/index.ts';
import { as, buildTestApp, COUNCIL_A, COUNCIL_B, importSmallReturn } from '../test-app.ts';

let t: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildTestApp(t.db);
  await importSmallReturn(t.db, COUNCIL_A);
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const url = `/api/councils/${COUNCIL_A}/settings`;
const body = {
  displayName: 'Leicester City Council',
  contactEmail: 'data@example.gov.uk',
  populationUnder18: [{ year: 2024, population: 80_000 }],
  categoryMapping: null,
};

describe('council settings', () => {
  it('starts from defaults: the registry name and the default mapping', async () => {
    const res = await as(app, 'vic', { method: 'GET', url });
    expect(res.json()).toMatchObject({
      councilCode: COUNCIL_A,
      displayName: 'Leicester',
      contactEmail: null,
      populationUnder18: [],
      categoryMappingIsDefault: true,
      updatedBy: null,
    });
    expect(res.json().categoryMapping).toHaveLength(DEFAULT_CATEGORY_MAPPING.length);
  });

  it('saves a change by an admin and audits it with before and after', async () => {
    const res = await as(app, 'adam', { method: 'PUT', url, payload: body });
    expect(res.statusCode).toBe(200);
    const { categoryMapping: _none, ...fields } = body;
    expect(res.json()).toMatchObject({ ...fields, categoryMappingIsDefault: true, updatedBy: 'adam' });
    const events = await t.db
      .selectFrom('audit_event')
      .select(['actor', 'council_code', 'detail'])
      .where('action', '=', 'settings.change')
      .execute();
    expect(events).toEqual([
      {
        actor: 'adam',
        council_code: COUNCIL_A,
        detail: {
          changed: {
            displayName: { before: 'Leicester', after: 'Leicester City Council' },
            contactEmail: { before: null, after: 'data@example.gov.uk' },
            populationUnder18: { before: [], after: [{ year: 2024, population: 80_000 }] },
          },
        },
      },
    ]);
  });

  it('applies a new category mapping to the children at once (the cache is dropped)', async () => {
    expect(
      (await as(app, 'ana', { method: 'GET', url: `/api/councils/${COUNCIL_A}/children?q=C1` })).json()
        .children[0].currentCategory,
    ).toBe('residential-in-house');
    const mapping = [{ category: 'secure', placementTypes: ['K2'] }, ...DEFAULT_CATEGORY_MAPPING];
    const res = await as(app, 'adam', { method: 'PUT', url, payload: { ...body, categoryMapping: mapping } });
    expect(res.json().categoryMappingIsDefault).toBe(false);
    expect(
      (await as(app, 'ana', { method: 'GET', url: `/api/councils/${COUNCIL_A}/children?q=C1` })).json()
        .children[0].currentCategory,
    ).toBe('secure');
  });

  it('refuses an analyst (403) and another council (404)', async () => {
    expect((await as(app, 'ana', { method: 'PUT', url, payload: body })).json()).toMatchObject({
      id: 'forbidden',
    });
    expect((await as(app, 'bob', { method: 'GET', url })).statusCode).toBe(404);
    expect(
      (await as(app, 'ana', { method: 'GET', url: `/api/councils/${COUNCIL_B}/settings` })).json().id,
    ).toBe('council-not-found');
  });

  it('answers invalid settings with invalid-request and a message per field', async () => {
    const res = await as(app, 'adam', {
      method: 'PUT',
      url,
      payload: {
        ...body,
        contactEmail: 'not an email',
        categoryMapping: [{ category: 'castle', placementTypes: ['K2'] }],
      },
    });
    expect(res.statusCode).toBe(400);
    const error = res.json();
    expect(error.id).toBe('invalid-request');
    expect(error.fields).toEqual({
      contactEmail: 'enter an email address such as data@council.gov.uk',
      'categoryMapping.0.category': expect.stringContaining('expected one of'),
    });
    expect(error.message).toMatch(/^The body is not valid: contactEmail: enter an email address/);
  });
});
