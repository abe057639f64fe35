import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvSources } from '../../test/store/return-files.ts';
import { oneChildTables } from '../../test/store/return-fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { day, type EpochDay } from '../dates/index.ts';
import { importReturn } from './import-return.ts';
import { loadReturnData } from './load-return-data.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

function load(
  collectionYear: number,
  childId: string,
  kind: 'return' | 'in-year',
  asAt?: EpochDay,
  council = 'E06000016',
) {
  return importReturn(t.db, {
    sources: csvSources(collectionYear, oneChildTables(childId, day(collectionYear - 1, 5, 1), 'K2')),
    councilCode: council,
    collectionYear,
    kind,
    asAt,
    importedBy: 'ana',
  });
}

const summary = (returns: Awaited<ReturnType<typeof loadReturnData>>) =>
  returns.map((r) => [r.collectionYear, r.kind, r.observedUntil, r.episodes.map((e) => e.childId).join()]);

describe('loadReturnData', () => {
  it('uses the in-year extract until the full return for that year arrives', async () => {
    await load(2024, 'R24', 'return');
    await load(2025, 'Q2', 'in-year', day(2024, 9, 30));
    await load(2025, 'OTHER', 'return', undefined, 'E09000033');
    expect(summary(await loadReturnData(t.db, 'E06000016'))).toEqual([
      [2024, 'return', day(2024, 3, 31), 'R24'],
      [2025, 'in-year', day(2024, 9, 30), 'Q2'],
    ]);

    await load(2025, 'R25', 'return');
    expect(summary(await loadReturnData(t.db, 'E06000016'))).toEqual([
      [2024, 'return', day(2024, 3, 31), 'R24'],
      [2025, 'return', day(2025, 3, 31), 'R25'],
    ]);
    // As the data stood at 31 December 2024, the 2025 return (as at 31 March 2025) did not exist yet.
    expect(summary(await loadReturnData(t.db, 'E06000016', { asAt: day(2024, 12, 31) }))).toEqual([
      [2024, 'return', day(2024, 3, 31), 'R24'],
      [2025, 'in-year', day(2024, 9, 30), 'Q2'],
    ]);
    expect(await loadReturnData(t.db, 'E99999999')).toEqual([]);
  });

  it('gives back domain records with dates as epoch days', async () => {
    const [first] = await loadReturnData(t.db, 'E06000016');
    expect(first?.headers).toEqual([
      {
        childId: 'R24',
        sex: 'F',
        dob: day(2023, 5, 1) - 3000,
        ethnicity: 'WBRI',
        upn: null,
        motherStatus: null,
        motherChildDob: null,
      },
    ]);
    expect(first?.episodes).toEqual([
      {
        childId: 'R24',
        start: day(2023, 5, 1),
        reasonNewEpisode: 'S',
        legalStatus: 'C2',
        categoryOfNeed: 'N1',
        placementType: 'K2',
        provider: 'PR1',
        end: null,
        reasonEnded: null,
        reasonPlaceChange: null,
        homePostcode: 'LE1 1AA',
        placementPostcode: 'LE2 2BB',
        urn: null,
      },
    ]);
    expect(first?.uasc).toEqual([]);
    expect(first?.missing).toEqual([]);
  });
});
