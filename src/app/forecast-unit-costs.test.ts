import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { DEFAULT_COSTS, MODEL_CATEGORIES } from '../forecast/index.ts';
import { importLocalData } from '../store/index.ts';
import { unitCosts } from '../supply/index.ts';
import { generateCouncil, placesForCouncil, syntheticReturnData } from '../synth/index.ts';
import { generateLocalData, localDataFiles } from '../synth/local/index.ts';
import { forecastInputsFrom } from './forecast-inputs.ts';
import { forecastCostAssumptions, saveCouncilUnitCosts } from './forecast-unit-costs.ts';

const B = 'E08000025';
const council = generateCouncil(
  { councilCode: B, children: 80, years: 4, lastYear: 2026, seed: 3 },
  placesForCouncil(B),
);
const inputs = forecastInputsFrom(B, council.returns.map(syntheticReturnData));
const local = generateLocalData(council, { seed: 3, places: placesForCouncil(B) });
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('forecastCostAssumptions', () => {
  it('uses the defaults, then the local placement costs once loaded, and the council’s own once saved', async () => {
    expect(await forecastCostAssumptions(t.db, inputs)).toEqual(DEFAULT_COSTS);
    const file = localDataFiles(local).find((f) => f.fileName === 'placement-costs.csv');
    if (!file) throw new Error('no placement costs file');
    const imported = await importLocalData(t.db, { council: B, ...file, user: 'ana' });
    expect(imported.status).toBe('imported');
    // The same medians the gap uses (src/supply unitCosts), in-house and external apart, defaults' inflation.
    const expected = unitCosts(local.placementCosts, inputs.timelines, inputs.latestOrigin as number);
    const fromLocal = await forecastCostAssumptions(t.db, inputs);
    for (const c of MODEL_CATEGORIES)
      expect(fromLocal.weekly[c]).toEqual({
        inHouse: expected.inHouse.weekly[c],
        external: expected.external.weekly[c],
      });
    expect(fromLocal.inflation).toEqual(DEFAULT_COSTS.inflation);
    expect(fromLocal.source).toMatch(
      /^the council's placement costs on 31\/03\/2026 \(local data: medians of \d+ current placements/,
    );
    const weekly = { ...DEFAULT_COSTS.weekly, residential: { inHouse: 5000, external: 7000 } };
    await saveCouncilUnitCosts(t.db, B, { weekly, inflation: DEFAULT_COSTS.inflation }, 'ana');
    expect((await forecastCostAssumptions(t.db, inputs)).weekly.residential).toEqual({
      inHouse: 5000,
      external: 7000,
    });
  });
});
