import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import type { ChildPopulation } from '../forecast/index.ts';
import { loadCouncilPopulation, replacePopulationProjection } from './population-projections.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const flat = (n: number): ChildPopulation => ({
  years: [2025, 2026],
  byYear: { 2025: new Array(18).fill(n), 2026: new Array(18).fill(n + 1) },
});

describe('population projections in the store', () => {
  it('loads a unitary council by its own code and a county as the sum of its districts', async () => {
    // Derbyshire (E10000007) has eight districts, E07000032–E07000039; two are loaded: 10 + 20 of every age.
    const areas = new Map([
      ['E06000016', flat(100)],
      ['E07000032', flat(10)],
      ['E07000033', flat(20)],
    ]);
    expect(await replacePopulationProjection(t.db, areas, { fileName: 'snpp.csv', user: 'ann' })).toBe(
      3 * 2 * 18,
    );
    expect((await loadCouncilPopulation(t.db, 'E06000016'))?.byYear[2026]?.[0]).toBe(101);
    const derbyshire = await loadCouncilPopulation(t.db, 'E10000007');
    expect(derbyshire?.years).toEqual([2025, 2026]);
    expect(derbyshire?.byYear[2025]?.[17]).toBe(30);
    expect(await loadCouncilPopulation(t.db, 'E08000025')).toBeNull();
  });

  it('replaces the previous set rather than adding to it', async () => {
    await replacePopulationProjection(t.db, new Map([['E06000016', flat(5)]]), {
      fileName: 'b.csv',
      user: 'ann',
    });
    expect((await loadCouncilPopulation(t.db, 'E06000016'))?.byYear[2025]?.[3]).toBe(5);
    expect(await loadCouncilPopulation(t.db, 'E10000007')).toBeNull();
  });
});
