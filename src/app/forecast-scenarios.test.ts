import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { DEFAULT_COSTS } from '../forecast/index.ts';
import {
  councilScenario,
  councilScenarios,
  deleteCouncilScenario,
  saveCouncilScenario,
} from './forecast-scenarios.ts';
import { councilUnitCosts, saveCouncilUnitCosts } from './forecast-unit-costs.ts';

const A = 'E06000016';
const B = 'E08000025';
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const UASC = {
  name: 'More UASC',
  levers: [{ kind: 'entries-change', percent: 30, uasc: true, from: '01/04/2026' }],
};

describe('saved scenarios', () => {
  it('saves, lists, renames, refuses a duplicate or invalid one, and deletes', async () => {
    const saved = await saveCouncilScenario(t.db, A, undefined, UASC, 'ana');
    if (saved.status !== 'saved') throw new Error(saved.status);
    expect(saved.scenario).toMatchObject({
      name: 'More UASC',
      description: '',
      levers: ['Entries of UASC aged 0–17 change by +30% from 01/04/2026.'],
      createdBy: 'ana',
    });
    const row = await t.db.selectFrom('forecast_scenario').selectAll().executeTakeFirstOrThrow();
    // Stored in the file format, defaults filled in.
    expect(row.levers).toEqual([
      { kind: 'entries-change', percent: 30, uasc: true, ageFrom: 0, ageTo: 17, from: '01/04/2026' },
    ]);

    expect(await saveCouncilScenario(t.db, A, undefined, UASC, 'cora')).toEqual({
      status: 'duplicate-name',
      message: 'name: a scenario called "More UASC" already exists (expected a name not used yet)',
    });
    // Another council may use the same name.
    expect((await saveCouncilScenario(t.db, B, undefined, UASC, 'bob')).status).toBe('saved');

    const invalid = await saveCouncilScenario(
      t.db,
      A,
      undefined,
      { name: 'Bad', levers: [{ kind: 'x' }] },
      'ana',
    );
    expect(invalid.status).toBe('invalid');

    const id = saved.scenario.id;
    const renamed = await saveCouncilScenario(t.db, A, id, { ...UASC, name: 'UASC +30%' }, 'cora');
    expect(renamed).toMatchObject({
      status: 'saved',
      scenario: { id, name: 'UASC +30%', updatedBy: 'cora', createdBy: 'ana' },
    });
    expect((await councilScenarios(t.db, A)).map((s) => s.name)).toEqual(['UASC +30%']);
    // Council B cannot reach A's scenario by id.
    expect(await councilScenario(t.db, B, id)).toBeUndefined();
    expect(await saveCouncilScenario(t.db, B, id, UASC, 'bob')).toEqual({ status: 'not-found' });

    expect(await deleteCouncilScenario(t.db, A, id, 'cora')).toBe(true);
    expect(await deleteCouncilScenario(t.db, A, id, 'cora')).toBe(false);
    expect(await councilScenarios(t.db, A)).toEqual([]);
    const audit = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('council_code', '=', A)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'forecast.scenario.save',
      'forecast.scenario.save',
      'forecast.scenario.delete',
    ]);
  });
});

describe('unit costs', () => {
  it('are the defaults until saved, then the council own, and back to the defaults', async () => {
    expect(await councilUnitCosts(t.db, A)).toEqual({
      assumptions: DEFAULT_COSTS,
      isDefault: true,
      updatedBy: null,
      updatedAt: null,
    });
    const weekly = { ...DEFAULT_COSTS.weekly, residential: { inHouse: 5000, external: 7000 } };
    const saved = await saveCouncilUnitCosts(t.db, A, { weekly, inflation: DEFAULT_COSTS.inflation }, 'ana');
    expect(saved.isDefault).toBe(false);
    expect(saved.assumptions.weekly.residential).toEqual({ inHouse: 5000, external: 7000 });
    expect(saved.updatedBy).toBe('ana');
    expect((await saveCouncilUnitCosts(t.db, A, null, 'ana')).isDefault).toBe(true);
    const event = await t.db
      .selectFrom('audit_event')
      .select(['detail'])
      .where('action', '=', 'forecast.costs')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(event.detail).toMatchObject({
      before: { weekly: { residential: { inHouse: 5750, external: 6000 } } },
      after: { weekly: { residential: { inHouse: 5000, external: 7000 } } },
    });
  });
});
