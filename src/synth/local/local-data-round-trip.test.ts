import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { importLocalData, loadLocalData } from '../../store/index.ts';
import { generateCouncil } from '../generate.ts';
import { TEST_PLACES } from '../test-places.ts';
import { generateLocalData } from './generate-local-data.ts';
import { localDataFiles } from './local-data-files.ts';

const COUNCIL = 'E06000016';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('synthetic local data round trip', () => {
  it('generate → writeLocalCsv → importLocalData → loadLocalData gives the generated data back', async () => {
    const council = generateCouncil(
      { councilCode: COUNCIL, children: 120, years: 3, lastYear: 2026, seed: 9 },
      TEST_PLACES,
    );
    const local = generateLocalData(council, { seed: 9, places: TEST_PLACES });
    for (const file of localDataFiles(local)) {
      const result = await importLocalData(t.db, { council: COUNCIL, ...file, user: 'synth' });
      if (result.status === 'rejected')
        throw new Error(
          result.findings
            .slice(0, 3)
            .map((f) => f.message)
            .join('; '),
        );
      expect(result).toMatchObject({ status: 'imported', kind: file.kind, rows: local[file.kind].length });
    }
    expect(await loadLocalData(t.db, COUNCIL)).toEqual(local);
  });
});
