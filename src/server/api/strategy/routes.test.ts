import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { day } from '../../../dates/index.ts';
import { strategySummary } from '../../../plan/index.ts';
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

const base = `/api/councils/${COUNCIL_A}/strategy`;
const action = {
  title: 'Recruit 20 more enhanced foster carers',
  owner: 'Head of fostering',
  partners: ['Fostering Network'],
  startDate: '2026-01-01',
  dueDate: '2026-04-20',
  status: 'in-progress',
};

describe('strategy API', () => {
  let priorityId = 0;
  let actionId = 0;

  it('seeds the six priorities once, for an editor only', async () => {
    expect((await as(app, 'vic', { method: 'POST', url: `${base}/seed` })).statusCode).toBe(403);
    const res = await as(app, 'cora', { method: 'POST', url: `${base}/seed` });
    expect(res.statusCode).toBe(201);
    const titles = res.json().priorities.map((p: { title: string }) => p.title);
    expect(titles).toHaveLength(6);
    expect(titles[2]).toBe('More in-house foster carers');
    priorityId = res.json().priorities[2].id;
    const again = await as(app, 'ana', { method: 'POST', url: `${base}/seed` });
    expect(again.statusCode).toBe(409);
    expect(again.json().id).toBe('strategy-in-use');
  });

  it('adds an action, rating it by its dates: due 20 April is amber on 1 April (19 days), red on 21 April', async () => {
    const res = await as(app, 'ana', {
      method: 'POST',
      url: `${base}/priorities/${priorityId}/actions`,
      payload: action,
    });
    expect(res.statusCode).toBe(201);
    actionId = res.json().id;
    const on = async (asAt: string) => {
      const summary = (await as(app, 'vic', { method: 'GET', url: `${base}?asAt=${asAt}` })).json();
      return summary.priorities[2].actions[0];
    };
    expect((await on('2026-04-01')).rag).toEqual({
      rag: 'amber',
      suggested: { rag: 'amber', reason: 'Due within 30 days (20/04/2026)' },
      override: null,
    });
    expect((await on('2026-04-21')).rag.rag).toBe('red');
    expect((await on('2026-03-01')).rag.rag).toBe('green');
  });

  it('keeps a RAG override visible beside the suggestion', async () => {
    const res = await as(app, 'cora', {
      method: 'PUT',
      url: `${base}/actions/${actionId}`,
      payload: { ...action, ragOverride: { rag: 'green', reason: 'Panel dates agreed' } },
    });
    expect(res.statusCode).toBe(200);
    const summary = (await as(app, 'vic', { method: 'GET', url: `${base}?asAt=2026-04-21` })).json();
    expect(summary.priorities[2].actions[0].rag).toEqual({
      rag: 'green',
      suggested: { rag: 'red', reason: 'Overdue: was due 20/04/2026' },
      override: { rag: 'green', reason: 'Panel dates agreed' },
    });
    expect(summary.ragCounts).toEqual({ red: 0, amber: 0, green: 1, 'not-rated': 0 });
  });

  it('records dated progress updates with evidence, shown up to the day asked for', async () => {
    const res = await as(app, 'cora', {
      method: 'POST',
      url: `${base}/actions/${actionId}/updates`,
      payload: {
        date: '2026-03-15',
        text: 'Six households approved at panel',
        evidenceText: 'Panel minutes',
        evidenceUrl: 'https://intranet.example.gov.uk/panel',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      date: '2026-03-15',
      evidence: { text: 'Panel minutes', url: 'https://intranet.example.gov.uk/panel' },
      updatedBy: 'cora',
    });
    const updates = async (asAt: string) =>
      (await as(app, 'vic', { method: 'GET', url: `${base}?asAt=${asAt}` })).json().priorities[2].actions[0]
        .updates;
    expect(await updates('2026-03-14')).toEqual([]);
    expect((await updates('2026-03-15')).map((u: { text: string }) => u.text)).toEqual([
      'Six households approved at panel',
    ]);
  });

  it('answers bad input field by field', async () => {
    const res = await as(app, 'cora', {
      method: 'POST',
      url: `${base}/priorities/${priorityId}/actions`,
      payload: { ...action, title: ' ', dueDate: '2025-12-31', status: 'finished' },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields).sort()).toEqual(['status', 'title']);
    const dates = await as(app, 'cora', {
      method: 'POST',
      url: `${base}/priorities/${priorityId}/actions`,
      payload: { ...action, dueDate: '2025-12-31' },
    });
    expect(dates.json().fields).toEqual({ dueDate: 'the due date must be on or after the start date' });
    const url = await as(app, 'cora', {
      method: 'POST',
      url: `${base}/actions/${actionId}/updates`,
      payload: { date: '2026-02-30', text: 'x', evidenceUrl: 'javascript:alert(1)' },
    });
    expect(url.json().fields).toEqual({
      date: 'enter a real date as yyyy-mm-dd, e.g. 2026-03-31',
      evidenceUrl: 'enter a web address starting https:// or http://',
    });
  });

  it('computes a KPI’s status against its trajectory and target', async () => {
    // Baseline 100 carers on 31/03/2025, target 120 on 31/03/2027 (730 days): on 31/03/2026 (365 days) the
    // trajectory is 100 + 20 × 365/730 = 110; 107 is 3 behind, within the tolerance of 5 → on track.
    const res = await as(app, 'cora', {
      method: 'POST',
      url: `${base}/kpis`,
      payload: {
        priorityId,
        title: 'Fostering households',
        unit: 'households',
        link: { source: 'manual', key: '' },
        baseline: { value: 100, date: '2025-03-31' },
        target: { value: 120, date: '2027-03-31' },
        direction: 'higher',
        tolerance: 5,
        manualValues: [{ date: '2026-03-31', value: 107 }],
      },
    });
    expect(res.statusCode).toBe(201);
    const kpi = (await as(app, 'vic', { method: 'GET', url: `${base}?asAt=2026-04-01` })).json().kpis[0];
    expect(kpi).toMatchObject({
      status: 'on-track',
      statusReason: '3 behind the trajectory, within the tolerance of 5',
      latest: { date: '2026-03-31', value: 107, expected: 110 },
      series: {
        actual: [{ date: '2026-03-31', value: 107 }],
        trajectory: [
          { date: '2025-03-31', value: 100 },
          { date: '2026-03-31', value: 110 },
          { date: '2027-03-31', value: 120 },
        ],
      },
    });
  });

  it('follows an indicator: children looked after at 31 March 2025 in the small return is 2', async () => {
    const res = await as(app, 'cora', {
      method: 'POST',
      url: `${base}/kpis`,
      payload: {
        priorityId: null,
        title: 'Children looked after',
        link: { source: 'indicator', key: 'population.looked-after-at-31-march' },
        baseline: { value: 3, date: '2024-03-31' },
        target: { value: 1, date: '2026-03-31' },
        direction: 'lower',
      },
    });
    expect(res.statusCode).toBe(201);
    // Trajectory on 31/03/2025 (365 of 730 days): 3 − 2 × 0.5 = 2; actual 2 → on track.
    const summary = await strategySummary(t.db, COUNCIL_A, day(2025, 6, 1));
    const kpi = summary.kpis.find((k) => k.title === 'Children looked after');
    expect(kpi?.series.actual).toEqual([{ date: day(2025, 3, 31), value: 2 }]);
    expect(kpi?.assessment.status).toBe('on-track');
    const sources = (await as(app, 'vic', { method: 'GET', url: `${base}/kpi-sources` })).json();
    expect(sources.indicators.map((i: { id: string }) => i.id)).toContain(
      'population.looked-after-at-31-march',
    );
  });

  it('keeps every change with who, when, before and after, and refuses to delete a priority in use', async () => {
    expect(
      (await as(app, 'cora', { method: 'DELETE', url: `${base}/priorities/${priorityId}` })).statusCode,
    ).toBe(409);
    expect((await as(app, 'cora', { method: 'DELETE', url: `${base}/actions/${actionId}` })).statusCode).toBe(
      204,
    );
    const history = (
      await as(app, 'vic', { method: 'GET', url: `${base}/history?entity=action&entityId=${actionId}` })
    ).json();
    expect(history.changes.map((c: { operation: string; actor: string }) => [c.operation, c.actor])).toEqual([
      ['delete', 'cora'],
      ['update', 'cora'],
      ['create', 'ana'],
    ]);
    const [deleted, updated, created] = history.changes;
    expect(created.before).toBeNull();
    expect(created.after).toMatchObject({ title: action.title, dueDate: '2026-04-20', ragOverride: null });
    expect(updated.before.ragOverride).toBeNull();
    expect(updated.after.ragOverride).toEqual({ rag: 'green', reason: 'Panel dates agreed' });
    expect(deleted.after).toBeNull();
    // The action's update was deleted with it, and that is in the history too.
    const all = (await as(app, 'vic', { method: 'GET', url: `${base}/history` })).json();
    expect(
      all.changes
        .filter((c: { entity: string }) => c.entity === 'update')
        .map((c: { operation: string }) => c.operation),
    ).toEqual(['delete', 'create']);
    await expect(t.db.deleteFrom('strategy_change').execute()).rejects.toThrow(/append-only/);
  });

  it('hides another council’s strategy (404) and its ids', async () => {
    expect((await as(app, 'bob', { method: 'GET', url: base })).statusCode).toBe(404);
    const res = await as(app, 'bob', {
      method: 'PUT',
      url: `/api/councils/${COUNCIL_B}/strategy/priorities/${priorityId}`,
      payload: { title: 'Taken over' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().id).toBe('strategy-not-found');
  });
});
