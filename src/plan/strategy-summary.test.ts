import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { day } from '../dates/index.ts';
import { createAction, createKpi, createProgressUpdate, seedPriorities } from '../store/index.ts';
import { strategySummary } from './strategy-summary.ts';

const COUNCIL = 'E06000016';
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('strategySummary', () => {
  it('summarises priorities, actions with RAG and updates to the day, and KPIs through pluggable resolvers', async () => {
    const seeded = await seedPriorities(t.db, COUNCIL, 'cora');
    if (seeded.status !== 'saved') throw new Error('not seeded');
    const priority = seeded.value[3];
    if (!priority) throw new Error('no fourth priority');
    const action = await createAction(
      t.db,
      COUNCIL,
      priority.id,
      {
        title: 'Open a third in-house home',
        description: '',
        owner: 'Head of residential',
        partners: [],
        startDate: day(2025, 4, 1),
        dueDate: day(2025, 10, 31),
        status: 'in-progress',
        ragOverride: null,
      },
      'cora',
    );
    if (action.status !== 'saved') throw new Error('no action');
    for (const [date, text] of [
      [day(2025, 6, 1), 'Site bought'],
      [day(2025, 12, 1), 'Registered with Ofsted'],
    ] as const)
      await createProgressUpdate(
        t.db,
        COUNCIL,
        action.value.id,
        { date, text, evidence: { text: '', url: null } },
        'cora',
      );
    const kpi = {
      priorityId: priority.id,
      unit: 'children',
      baseline: { value: 40, date: day(2025, 3, 31) },
      target: { value: 30, date: day(2027, 3, 31) },
      direction: 'lower' as const,
      tolerance: 1,
      manualValues: [],
    };
    await createKpi(
      t.db,
      COUNCIL,
      {
        ...kpi,
        title: 'Placed > 20 miles (forecast)',
        link: { source: 'forecast', key: 'residential-2027' },
      },
      'cora',
    );
    await createKpi(
      t.db,
      COUNCIL,
      { ...kpi, title: 'Gap', link: { source: 'gap', key: 'residential' } },
      'cora',
    );

    // On 1 November 2025 the action (due 31 October) is overdue → red; only the June update is on or before then.
    const summary = await strategySummary(t.db, COUNCIL, day(2025, 11, 1), {
      // A forecast resolver as the forecast module would plug in: 39 on 31/03/2026.
      resolvers: { forecast: () => ({ status: 'ok', points: [{ date: day(2026, 3, 31), value: 39 }] }) },
    });
    expect(summary.priorities.map((p) => p.title)).toHaveLength(6);
    const [summarised] = summary.priorities[3]?.actions ?? [];
    expect(summarised?.rag.rag).toBe('red');
    expect(summarised?.updates.map((u) => u.text)).toEqual(['Site bought']);
    expect(summary.ragCounts).toEqual({ red: 1, amber: 0, green: 0, 'not-rated': 0 });
    // The forecast figure dated after 1 November 2025 is not yet known: no data.
    expect(summary.kpis.map((k) => [k.title, k.assessment.status, k.unavailable])).toEqual([
      ['Placed > 20 miles (forecast)', 'no-data', null],
      ['Gap', 'no-data', 'Gap figures are not linked to KPIs yet'],
    ]);
    // On 1 April 2026 the forecast's 39 is judged: the trajectory on 31/03/2026 (365 of 730 days) is 35, so 4 above → off track.
    const later = await strategySummary(t.db, COUNCIL, day(2026, 4, 1), {
      resolvers: { forecast: () => ({ status: 'ok', points: [{ date: day(2026, 3, 31), value: 39 }] }) },
    });
    expect(later.kpis[0]?.assessment).toMatchObject({ status: 'off-track', expected: 35 });
    expect(JSON.stringify(later)).not.toMatch(/childId|dob|postcode/i);
  });
});
