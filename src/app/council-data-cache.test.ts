import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { bufferSource } from '../ssda903/index.ts';
import { importReturn } from '../store/index.ts';
import { CouncilDataCache } from './council-data-cache.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

// One child, C1, in care from 01/06/2024 (open): looked after at 31/03/2025.
const FILES: [string, string][] = [
  ['header.csv', 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,M,01/05/2012,WBRI,,,\n'],
  [
    'episodes.csv',
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nC1,01/06/2024,S,C2,N1,U4,PR1,,,,,,\n',
  ],
];
const load = (collectionYear: number) =>
  importReturn(t.db, {
    sources: FILES.map(([name, text]) => bufferSource(name, new TextEncoder().encode(text))),
    councilCode: 'E06000016',
    collectionYear,
    importedBy: 'test',
  });

describe('CouncilDataCache', () => {
  it('computes once per state, shares concurrent misses, and sees a change after the key check or invalidate', async () => {
    await load(2025);
    let clock = 0;
    const cache = new CouncilDataCache(t.db, 4, 1000, () => clock);
    const [a, b] = await Promise.all([cache.get('E06000016'), cache.get('E06000016')]);
    expect(a).toBe(b); // one computation for two concurrent requests
    expect(a.years.map((y) => [y.collectionYear, y.lookedAfterAtCensus])).toEqual([[2025, 1]]);
    expect(await cache.get('E06000016')).toBe(a);

    // An import made elsewhere (not through this cache): unseen within the key-check window…
    await load(2026);
    clock = 500;
    expect(await cache.get('E06000016')).toBe(a);
    // …seen once the window has passed: the active batches changed, so the key did.
    clock = 1500;
    const fresh = await cache.get('E06000016');
    expect(fresh.years.map((y) => y.collectionYear)).toEqual([2025, 2026]);
    expect(fresh.key).not.toBe(a.key);

    // invalidate drops both the data and the key check.
    cache.invalidate('E06000016');
    const again = await cache.get('E06000016');
    expect(again).not.toBe(fresh);
    expect(again.key).toBe(fresh.key);
  });
});
