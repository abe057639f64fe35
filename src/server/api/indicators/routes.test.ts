import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { saveComparators, setStatisticalNeighbours } from '../../../indicators/comparators/index.ts';
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

const get = (url: string, user: string | null = 'vic') => as(app, user, { method: 'GET', url });
const base = `/api/councils/${COUNCIL_A}/indicators`;
const LOOKED_AFTER = 'population.looked-after-at-31-march';
const cell = (key: object) => encodeURIComponent(JSON.stringify(key));

// The small 2024/25 return (test-app.ts): C1 (born 01/05/2012, male) starts 01/06/2024, C2 (born 31/01/2009,
// female) starts 10/04/2024; neither leaves. So at 31/03/2025: looked after 2 (C1, C2), started 2, ceased 0,
// and no population is set, so the rate is unknown. C1 is 12 on 31/03/2025, C2 is 16.
describe('GET /api/councils/:code/indicators', () => {
  it('gives a viewer the latest year by default, aggregates only (no child ids)', async () => {
    const res = await get(base);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.council).toEqual({ code: COUNCIL_A, name: 'Leicester' });
    expect(body.collectionYear).toBe(2025);
    expect(body.label).toBe('2024/25');
    expect(body.years).toEqual([2025]);
    const lookedAfter = body.indicators.find((i: { id: string }) => i.id === LOOKED_AFTER);
    expect(lookedAfter.cells).toEqual([
      {
        key: {},
        value: 2,
        // No DfE table imported yet: England from the shipped table, no region, no neighbours chosen.
        comparators: {
          england: 81770,
          englandSource: 'DfE, Children looked after in England, year to 31 March 2025',
          region: null,
          neighboursMean: null,
          neighbours: [],
        },
      },
    ]);
    expect(lookedAfter.england).toBe(81770);
    expect(body.view).toBe('full');
    const started = body.indicators.find((i: { id: string }) => i.id === 'population.started-in-year');
    // England's starts for 2024/25 are not in the shipped table: nothing to compare with.
    expect(started.cells).toEqual([{ key: {}, value: 2 }]);
    const rate = body.indicators.find((i: { id: string }) => i.id === 'population.rate-per-10000');
    expect(rate.cells[0].value).toBeNull();
    expect(JSON.stringify(body)).not.toContain('childIds');
    for (const i of body.indicators) for (const c of i.cells) expect(c).not.toHaveProperty('childIds');
  });

  it('filters by theme, and answers a year not loaded with 404 and another council with 404', async () => {
    const body = (await get(`${base}?year=2025&theme=population`)).json();
    expect(new Set(body.indicators.map((i: { theme: string }) => i.theme))).toEqual(new Set(['population']));
    expect(
      (await get(`${base}?theme=uasc`)).json().indicators.every((i: { theme: string }) => i.theme === 'uasc'),
    ).toBe(true);
    expect((await get(`${base}?year=2019`)).json().id).toBe('year-not-loaded');
    expect((await get(`/api/councils/${COUNCIL_B}/indicators`)).json().id).toBe('council-not-found');
    expect((await get(`${base}?theme=nonsense`)).statusCode).toBe(400);
    expect((await get(base, null)).statusCode).toBe(401);
  });

  it('downloads one row per cell as CSV, with no child ids', async () => {
    const res = await get(`${base}/export?theme=population&format=csv`);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="indicators-${COUNCIL_A}-2025-population.csv"`,
    );
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Theme,Indicator id,Indicator,Year,Unit,Breakdown,Value,Numerator,Denominator,England,Why unknown',
    );
    expect(lines).toContain(
      `population,${LOOKED_AFTER},Children looked after at 31 March,2024/25,children,Total,2,,,81770,`,
    );
    const xlsx = await get(`${base}/export?format=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });
});

describe('comparators beside the figures', () => {
  it("carries England, the council's region and its statistical neighbours from imported DfE tables", async () => {
    // Synthetic DfE figures for 31 March 2025: the East Midlands (Leicester's region, E12000004) 6,210;
    // neighbours Nottingham 710 and Derby 390, Birmingham suppressed (c) and not chosen anyway.
    const figure = (level: 'regional' | 'local-authority', code: string, value: number | null) => ({
      source: 'DfE CLA 2025',
      level,
      code,
      name: null,
      year: 2025,
      measure: 'Total',
      characteristic: 'Total children',
      statistic: 'number' as const,
      value,
      indicatorId: LOOKED_AFTER,
      cell: {},
    });
    await saveComparators(
      t.db,
      [
        figure('regional', 'E12000004', 6210),
        figure('local-authority', 'E06000018', 710),
        figure('local-authority', 'E06000015', 390),
        { ...figure('local-authority', 'E08000025', null), flag: 'c' as const },
      ],
      'ana',
    );
    await setStatisticalNeighbours(t.db, COUNCIL_A, ['E06000015', 'E06000018', 'E06000019'], 'adam');
    const body = (await get(`${base}?theme=population`)).json();
    const lookedAfter = body.indicators.find((i: { id: string }) => i.id === LOOKED_AFTER);
    // Neighbours in the order chosen; Herefordshire (E06000019) has no figure and is left out; mean
    // (390 + 710) / 2 = 550.
    expect(lookedAfter.cells[0].comparators).toEqual({
      england: 81770,
      englandSource: 'DfE, Children looked after in England, year to 31 March 2025',
      region: 6210,
      neighboursMean: 550,
      neighbours: [
        { code: 'E06000015', name: 'Derby', value: 390 },
        { code: 'E06000018', name: 'Nottingham', value: 710 },
      ],
    });
    // The public view carries the same published comparators.
    const published = (await get(`${base}?theme=population&view=public`)).json();
    const shown = published.indicators.find((i: { id: string }) => i.id === LOOKED_AFTER);
    expect(shown.cells[0]).toMatchObject({ display: 'c', flag: 'c', comparators: { region: 6210 } });
  });
});

describe('GET /api/councils/:code/indicators/trend', () => {
  it('gives the value for every loaded year with England (null when not known)', async () => {
    const body = (await get(`${base}/trend?id=${LOOKED_AFTER}`)).json();
    expect(body.indicator.id).toBe(LOOKED_AFTER);
    expect(body.indicator).not.toHaveProperty('cells');
    expect(body.cell).toEqual({});
    expect(body.points).toHaveLength(1);
    // England at 31 March 2025: 81,770 (sector.md, shipped in assets/comparators/england.csv).
    expect(body.view).toBe('full');
    expect(body.points[0]).toEqual({ collectionYear: 2025, label: '2024/25', value: 2, england: 81770 });
    expect((await get(`${base}/trend?id=population.nothing`)).json().id).toBe('indicator-not-found');
    const bad = (await get(`${base}/trend?id=${LOOKED_AFTER}&cell=notjson`)).json();
    expect(bad.id).toBe('invalid-request');
    expect(bad.fields.cell).toMatch(/expected a JSON object/);
  });
});

describe('GET /api/councils/:code/indicators/:id/children', () => {
  it('lists the children behind a cell for an analyst and audits it', async () => {
    const res = await get(`${base}/${LOOKED_AFTER}/children?year=2025&cell=${cell({})}`, 'ana');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      council: { code: COUNCIL_A, name: 'Leicester' },
      indicator: { id: LOOKED_AFTER, title: 'Children looked after at 31 March' },
      collectionYear: 2025,
      cell: {},
      children: [
        { childId: 'C1', sex: 'M', ageAtCensus: 12 },
        { childId: 'C2', sex: 'F', ageAtCensus: 16 },
      ],
    });
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['actor', 'action', 'council_code', 'detail'])
      .where('action', '=', 'indicator.drilldown')
      .execute();
    expect(audit).toEqual([
      {
        actor: 'ana',
        action: 'indicator.drilldown',
        council_code: COUNCIL_A,
        detail: { indicatorId: LOOKED_AFTER, collectionYear: 2025, cell: {}, shown: 2 },
      },
    ]);
  });

  it('refuses a viewer (403), and answers an unknown cell or indicator with 404', async () => {
    expect((await get(`${base}/${LOOKED_AFTER}/children`, 'vic')).statusCode).toBe(403);
    expect((await get(`${base}/${LOOKED_AFTER}/children?cell=${cell({ sex: 'X' })}`, 'ana')).json().id).toBe(
      'cell-not-found',
    );
    expect((await get(`${base}/population.nothing/children`, 'ana')).json().id).toBe('indicator-not-found');
  });
});
