import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { REFERENCE_CHOICES } from '../../../forecast/index.ts';
import { importReturn } from '../../../store/index.ts';
import { generateCouncil, placesForCouncil, returnSources } from '../../../synth/index.ts';
import { as, buildTestApp, COUNCIL_A, COUNCIL_B, waitForJob } from '../test-app.ts';

let t: TestDatabase;
let app: FastifyInstance;
// A small synthetic council A: 80 children, returns 2022/23 → 2025/26. Few paths keep the jobs quick.
const council = generateCouncil(
  { councilCode: COUNCIL_A, children: 80, years: 4, lastYear: 2026, seed: 5 },
  placesForCouncil(COUNCIL_A),
);
const FAST = { years: 3, paths: 40, referencePaths: 8, backtestPaths: 20 };

beforeAll(async () => {
  t = await createTestDatabase();
  for (const ret of council.returns) {
    const result = await importReturn(t.db, {
      sources: returnSources(ret),
      councilCode: COUNCIL_A,
      collectionYear: ret.collectionYear,
      importedBy: 'ana',
    });
    if (result.status !== 'imported') throw new Error('synthetic return rejected');
  }
  app = await buildTestApp(t.db);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.close();
});

const post = (user: string, url: string, payload: unknown) =>
  as(app, user, { method: 'POST', url, payload: payload as object });
const get = (user: string, url: string) => as(app, user, { method: 'GET', url });
const base = `/api/councils/${COUNCIL_A}`;

describe('forecast jobs', () => {
  it('a viewer runs a forecast as a job and reads the result: fans, history, reference and backtest, no child ids', async () => {
    const started = await post('vic', `${base}/forecasts`, FAST);
    expect(started.statusCode).toBe(202);
    const { jobId } = started.json();
    const { job } = await waitForJob(app, 'vic', jobId);
    expect(job).toMatchObject({ kind: 'forecast', status: 'succeeded' });
    const polled = await get('vic', `${base}/forecasts/jobs/${jobId}`);
    expect(polled.json()).toMatchObject({ status: 'succeeded', progress: { phase: 'done' } });

    const res = await get('vic', `${base}/forecasts/jobs/${jobId}/result`);
    expect(res.statusCode).toBe(200);
    const { forecast, backtest } = res.json();
    expect(forecast).toMatchObject({ origin: '2026-03-31', yearsAhead: 3, paths: 40, seed: 1 });
    expect(forecast.years.map((y: { date: string }) => y.date)).toEqual([
      '2027-03-31',
      '2028-03-31',
      '2029-03-31',
    ]);
    expect(forecast.history.map((h: { date: string }) => h.date)).toEqual([
      '2023-03-31',
      '2024-03-31',
      '2025-03-31',
      '2026-03-31',
    ]);
    const first = forecast.years[0];
    expect(first.total.p10).toBeLessThanOrEqual(first.total.p50);
    expect(first.total.p50).toBeLessThanOrEqual(first.total.p90);
    expect(forecast.reference.chosenBy).toBe('backtest');
    expect(forecast.reference.choices).toHaveLength(REFERENCE_CHOICES.length);
    expect(forecast.costs.assumptions.weekly.residential).toEqual({ inHouse: 5750, external: 6000 });
    expect(backtest.choice).toEqual({
      referenceYears: forecast.reference.referenceYears,
      entries: forecast.reference.entries,
    });
    expect(
      backtest.scores.find((s: { key: string; horizon: number }) => s.key === 'total' && s.horizon === 1),
    ).toMatchObject({ n: 2 });
    // Aggregates only: no child identifier anywhere in the answer.
    const text = res.body;
    const ids = council.returns.flatMap((r) => (r.tables.Header ?? []).map((h) => String(h.CHILD)));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids.slice(0, 50)) expect(text).not.toContain(`"${id}"`);

    // Someone else's job is not theirs to read; another council's user gets 404 for the council.
    expect((await get('cora', `${base}/forecasts/jobs/${jobId}`)).json().id).toBe('job-not-found');
    expect((await get('bob', `${base}/forecasts/jobs/${jobId}/result`)).json().id).toBe('council-not-found');
  }, 60_000);

  it('answers the reference choice table and the backtest of a chosen reference', async () => {
    const reference = (await get('vic', `${base}/forecasts/reference`)).json();
    expect(reference.choices).toHaveLength(REFERENCE_CHOICES.length);
    expect(reference.origins).toEqual(['2024-03-31', '2025-03-31']);
    const res = await get(
      'vic',
      `${base}/forecasts/backtest?referenceYears=2&entries=flat&horizons=1&paths=10`,
    );
    expect(res.statusCode).toBe(200);
    const backtest = res.json();
    expect(backtest.choice).toEqual({ referenceYears: 2, entries: 'flat' });
    expect(backtest.scores.map((s: { key: string }) => s.key)).toEqual([
      'total',
      'fostering',
      'residential',
      'supported',
      'other',
    ]);
    expect((await get('vic', `${base}/forecasts/backtest?referenceYears=2`)).statusCode).toBe(400);
  }, 120_000);

  it('uses the reference period the user sets', async () => {
    const started = await post('ana', `${base}/forecasts`, { ...FAST, referenceYears: 2, entries: 'flat' });
    const { jobId } = started.json();
    await waitForJob(app, 'ana', jobId);
    const { forecast, backtest } = (await get('ana', `${base}/forecasts/jobs/${jobId}/result`)).json();
    expect(forecast.reference).toMatchObject({ chosenBy: 'user', referenceYears: 2, entries: 'flat' });
    expect(backtest.choice).toEqual({ referenceYears: 2, entries: 'flat' });
  }, 60_000);

  it('refuses a start outside the data, half a reference choice and an invalid inline scenario', async () => {
    const outside = await post('ana', `${base}/forecasts`, { ...FAST, from: '31/03/2030' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().message).toBe(
      'from: 31/03/2030 is outside the data (expected a day from 31/03/2023 to 31/03/2026, usually a 31 March)',
    );
    const half = await post('ana', `${base}/forecasts`, { ...FAST, referenceYears: 3 });
    expect(half.statusCode).toBe(400);
    expect(half.json().fields).toMatchObject({ entries: 'expected referenceYears and entries together' });
    const bad = await post('ana', `${base}/forecasts`, {
      ...FAST,
      scenario: {
        name: 'x',
        levers: [{ kind: 'in-house-capacity', category: 'residential', places: 6, opens: '31/02/2026' }],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      id: 'invalid-scenario',
      fields: { 'scenario.levers[0].opens': 'expected a real date as dd/mm/yyyy (found "31/02/2026")' },
    });
    const none = await post('bob', `/api/councils/${COUNCIL_B}/forecasts`, FAST);
    expect(none.statusCode).toBe(409);
    expect(none.json().id).toBe('no-data');
  });
});

describe('scenarios and comparison', () => {
  const UASC = {
    name: 'UASC arrivals +30%',
    levers: [{ kind: 'entries-change', percent: 30, uasc: true, from: '01/04/2026' }],
  };

  it('are saved by analysts, commissioners and admins (not viewers), listed, compared and deleted', async () => {
    expect((await post('vic', `${base}/forecast-scenarios`, UASC)).statusCode).toBe(403);
    const created = await post('cora', `${base}/forecast-scenarios`, UASC);
    expect(created.statusCode).toBe(201);
    const scenario = created.json();
    expect(scenario).toMatchObject({
      name: 'UASC arrivals +30%',
      described: ['Entries of UASC aged 0–17 change by +30% from 01/04/2026.'],
      levers: [
        { kind: 'entries-change', percent: 30, uasc: true, ageFrom: 0, ageTo: 17, from: '01/04/2026' },
      ],
      createdBy: 'cora',
    });
    expect((await post('adam', `${base}/forecast-scenarios`, UASC)).json()).toMatchObject({
      id: 'duplicate-name',
      message: 'name: a scenario called "UASC arrivals +30%" already exists (expected a name not used yet)',
    });
    const invalid = await post('ana', `${base}/forecast-scenarios`, {
      name: 'Bad',
      levers: [{ kind: 'step-down' }],
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().fields['levers[0].from']).toBe(
      'expected one of fostering, residential, supported, other (found (missing))',
    );
    const step = await post('ana', `${base}/forecast-scenarios`, {
      name: 'Step down from residential',
      levers: [
        {
          kind: 'step-down',
          from: 'residential',
          to: 'fostering',
          percent: 20,
          afterMonths: 6,
          starts: '01/04/2026',
        },
      ],
    });
    expect(step.statusCode).toBe(201);
    expect(
      (await get('vic', `${base}/forecast-scenarios`)).json().map((s: { name: string }) => s.name),
    ).toEqual(['Step down from residential', 'UASC arrivals +30%']);

    const compare = await post('vic', `${base}/forecasts/compare`, {
      ...FAST,
      scenarioIds: [scenario.id, step.json().id],
    });
    expect(compare.statusCode).toBe(202);
    const { jobId } = compare.json();
    const { job } = await waitForJob(app, 'vic', jobId);
    expect(job.status).toBe('succeeded');
    const result = (await get('vic', `${base}/forecasts/jobs/${jobId}/result`)).json();
    expect(result.scenarios.map((s: { name: string }) => s.name)).toEqual([
      'UASC arrivals +30%',
      'Step down from residential',
    ]);
    // Same seed and paths: the step-down moves children out of residential, so its residential need is lower.
    const residential = (r: { years: { byCategory: { residential: { mean: number } } }[] }) =>
      r.years[2]?.byCategory.residential.mean ?? 0;
    expect(residential(result.scenarios[1])).toBeLessThan(residential(result.baseline));

    const renamed = await as(app, 'ana', {
      method: 'PUT',
      url: `${base}/forecast-scenarios/${scenario.id}`,
      payload: { ...UASC, name: 'UASC +30%' },
    });
    expect(renamed.json()).toMatchObject({ name: 'UASC +30%', updatedBy: 'ana' });
    const gone = await as(app, 'ana', { method: 'DELETE', url: `${base}/forecast-scenarios/${scenario.id}` });
    expect(gone.statusCode).toBe(204);
    expect((await get('ana', `${base}/forecast-scenarios/${scenario.id}`)).statusCode).toBe(404);
    expect((await get('bob', `${base}/forecast-scenarios`)).json().id).toBe('council-not-found');
  }, 90_000);
});

describe('unit costs', () => {
  it('are read by anyone, changed by analysts and admins (not commissioners), and reset', async () => {
    const costs = (await get('vic', `${base}/forecast-costs`)).json();
    expect(costs).toMatchObject({ isDefault: true, weekly: { fostering: { inHouse: 500, external: 1000 } } });
    const change = {
      weekly: { ...costs.weekly, fostering: { inHouse: 550, external: 1100 } },
      inflation: costs.inflation,
    };
    const refused = await as(app, 'cora', { method: 'PUT', url: `${base}/forecast-costs`, payload: change });
    expect(refused.statusCode).toBe(403);
    const saved = await as(app, 'ana', { method: 'PUT', url: `${base}/forecast-costs`, payload: change });
    expect(saved.json()).toMatchObject({
      isDefault: false,
      updatedBy: 'ana',
      weekly: { fostering: { inHouse: 550 } },
    });
    const reset = await as(app, 'adam', {
      method: 'PUT',
      url: `${base}/forecast-costs`,
      payload: { reset: true },
    });
    expect(reset.json().isDefault).toBe(true);
  });
});
