import type { Kysely } from 'kysely';
import { findCouncil } from '../councils/index.ts';
import { type Database, importLocalData, importReturn, listBatches } from '../store/index.ts';
import {
  generateCouncil,
  generateLocalData,
  localDataFiles,
  placesForCouncil,
  returnSources,
  type SyntheticCouncil,
  type SynthPlaces,
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

/**
 * Imports a synthetic council's returns and, with `localDataSeed`, its local data made consistent with them
 * (carers, homes, market, costs, requests, care leavers, budget); throws naming the first thing rejected.
 * Returns the number of returns imported.
 */
export async function importSyntheticCouncil(
  db: Kysely<Database>,
  synthetic: SyntheticCouncil,
  options: {
    places: SynthPlaces;
    localDataSeed?: number;
    importedBy: string;
    onReturn?: (p: DemoProgress) => void;
  },
): Promise<number> {
  const code = synthetic.options.councilCode;
  let done = 0;
  for (const ret of synthetic.returns) {
    options.onReturn?.({ collectionYear: ret.collectionYear, done, total: synthetic.returns.length });
    const result = await importReturn(db, {
      sources: returnSources(ret),
      councilCode: code,
      collectionYear: ret.collectionYear,
      kind: 'return',
      allowPartial: false,
      importedBy: options.importedBy,
    });
    if (result.status !== 'imported') {
      const first = result.findings
        .slice(0, 5)
        .map((f) => f.message)
        .join('; ');
      throw new Error(`the synthetic ${ret.collectionYear} return of ${code} was rejected: ${first}`);
    }
    done++;
  }
  if (options.localDataSeed !== undefined) {
    const local = generateLocalData(synthetic, { seed: options.localDataSeed, places: options.places });
    for (const file of localDataFiles(local)) {
      const result = await importLocalData(db, { council: code, ...file, user: options.importedBy });
      if (result.status !== 'imported')
        throw new Error(
          `the synthetic ${file.fileName} of ${code} was rejected: ${result.findings[0]?.message ?? ''}`,
        );
    }
  }
  return done;
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
  const done = await importSyntheticCouncil(db, synthetic, {
    places,
    localDataSeed: DEMO.seed,
    importedBy: 'demo',
    onReturn: onProgress,
  });
  onProgress({ collectionYear: DEMO.lastYear, done, total: synthetic.returns.length });
  return done;
}
