import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoUsers } from '../src/auth/index.ts';
import { buildServer } from '../src/server/index.ts';
import { importReturn } from '../src/store/index.ts';
import {
  generateCouncil,
  placesForCouncil,
  returnSources,
  type SyntheticCouncil,
} from '../src/synth/index.ts';
import { createTestDatabase, type TestDatabase } from './support/database.ts';

/**
 * The whole pipeline on a small synthetic council: generate → write 903 CSVs → import → timelines →
 * the overview API as a signed-in viewer. The expected counts come straight from the CSV rows, independently of the timeline code:
 * at 31 March, children with an open episode (blank DEC) whose legal status is not V3/V4; during the year,
 * children with any episode in the return other than V3/V4.
 */
const COUNCIL = 'E06000016';
let t: TestDatabase;
let synthetic: SyntheticCouncil;
let app: FastifyInstance;
let cookie: string;

function expectedCounts(year: number) {
  const ret = synthetic.returns.find((r) => r.collectionYear === year);
  const episodes = ret?.tables.Episodes ?? [];
  const during = new Set<string>();
  const atCensus = new Set<string>();
  for (const e of episodes) {
    const shortBreak = e.legalStatus === 'V3' || e.legalStatus === 'V4';
    if (shortBreak) continue;
    during.add(String(e.childId));
    if (e.end === null) atCensus.add(String(e.childId));
  }
  return { lookedAfterDuringYear: during.size, lookedAfterAtCensus: atCensus.size };
}

beforeAll(async () => {
  t = await createTestDatabase();
  synthetic = generateCouncil(
    { councilCode: COUNCIL, children: 120, years: 3, lastYear: 2026, seed: 7 },
    placesForCouncil(COUNCIL),
  );
  for (const ret of synthetic.returns) {
    const sources = returnSources(ret);
    const result = await importReturn(t.db, {
      sources,
      councilCode: COUNCIL,
      collectionYear: ret.collectionYear,
      importedBy: 'test',
    });
    expect(result.status).toBe('imported');
  }
  await ensureDemoUsers(t.db, COUNCIL);
  app = await buildServer({ db: t.db, demo: true });
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { username: 'demo-viewer', password: 'demo-viewer-2026' },
  });
  expect(signIn.statusCode).toBe(200);
  cookie = String(signIn.headers['set-cookie']).split(';')[0] as string;
});
afterAll(() => t.close());

describe('demo pipeline', () => {
  it('serves each imported year with children looked after during the year and at 31 March', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/councils/${COUNCIL}/overview`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      years: { collectionYear: number; lookedAfterDuringYear: number; lookedAfterAtCensus: number }[];
    };
    expect(body.years.map((y) => y.collectionYear)).toEqual([2024, 2025, 2026]);
    for (const y of body.years) {
      expect({
        lookedAfterDuringYear: y.lookedAfterDuringYear,
        lookedAfterAtCensus: y.lookedAfterAtCensus,
      }).toEqual(expectedCounts(y.collectionYear));
    }
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('refuses the overview to someone not signed in', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/councils/${COUNCIL}/overview` });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ id: 'not-signed-in' });
  });

  it('answers 404 with a stable id for an unknown council', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/councils/E99999999/overview',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ id: 'council-not-found' });
  });
});
