import type { Kysely } from 'kysely';
import { findCouncil } from '../councils/index.ts';
import { type Database, importLocalData, importReturn, listBatches } from '../store/index.ts';
import {
  generateCouncil,
  generateLocalData,
  localDataFiles,
  placesForCouncil,
  returnSources,
} from '../synth/index.ts';

/**
 * The demo council loaded by `npm start`: synthetic children, real postcodes in and around Leicester
 * (E06000016), five returns 2021/22 → 2025/26, each with a few known data errors to review. Fixed seed, so
 * every fresh install shows the same figures.
 */
export const DEMO = {
  councilCode: 'E06000016',
  children: 600,
  years: 5,
  lastYear: 2026,
  seed: 2026,
  growth: 0.02,
  /** A few known data errors in each return, so the findings screens have something to show. */
  errors: true,
} as const;

export interface DemoProgress {
  collectionYear: number;
  done: number;
  total: number;
}

/** Loads the demo council unless it is already there. Returns the number of returns imported. */
export async function ensureDemoCouncil(
  db: Kysely<Database>,
  onProgress: (p: DemoProgress) => void = () => {},
): Promise<number> {
  const existing = await listBatches(db, DEMO.councilCode);
  if (existing.length > 0) return 0;
  if (!findCouncil(DEMO.councilCode))
    throw new Error(`demo council ${DEMO.councilCode} missing from the registry`);
  const places = placesForCouncil(DEMO.councilCode);
  const synthetic = generateCouncil(
    {
      councilCode: DEMO.councilCode,
      children: DEMO.children,
      years: DEMO.years,
      lastYear: DEMO.lastYear,
      seed: DEMO.seed,
      growth: DEMO.growth,
      errors: DEMO.errors,
    },
    places,
  );
  let done = 0;
  for (const ret of synthetic.returns) {
    onProgress({ collectionYear: ret.collectionYear, done, total: synthetic.returns.length });
    const sources = returnSources(ret);
    const result = await importReturn(db, {
      sources,
      councilCode: DEMO.councilCode,
      collectionYear: ret.collectionYear,
      kind: 'return',
      allowPartial: false,
      importedBy: 'demo',
    });
    if (result.status !== 'imported') {
      const first = result.findings
        .slice(0, 5)
        .map((f) => f.message)
        .join('; ');
      throw new Error(`the demo council's ${ret.collectionYear} return was rejected: ${first}`);
    }
    done++;
  }
  // The council's local data (carers, homes, market, costs, requests, care leavers, budget), consistent with the returns.
  for (const file of localDataFiles(generateLocalData(synthetic, { seed: DEMO.seed, places }))) {
    const result = await importLocalData(db, { council: DEMO.councilCode, ...file, user: 'demo' });
    if (result.status !== 'imported')
      throw new Error(
        `the demo council's ${file.fileName} was rejected: ${result.findings[0]?.message ?? ''}`,
      );
  }
  onProgress({ collectionYear: DEMO.lastYear, done, total: synthetic.returns.length });
  return done;
}
