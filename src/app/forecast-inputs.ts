import type { Kysely } from 'kysely';
import { buildTimelines, type CategoryMapping, type ChildTimeline, type ReturnData } from '../care/index.ts';
import { censusDate, type EpochDay } from '../dates/index.ts';
import { type ChildPopulation, dataStart, type LeaverSpell } from '../forecast/index.ts';
import {
  type Database,
  loadCouncilPopulation,
  loadLocalRecords,
  loadReturnData,
  localDataBatches,
} from '../store/index.ts';
import type { CouncilData } from './council-data-cache.ts';
import { councilSettings } from './council-settings.ts';

/** What a council's forecast is made from: its returns, their timelines and the days they cover. */
export interface ForecastInputs {
  councilCode: string;
  /** The state of the data (active imports and settings) these were read at. */
  key: string;
  returns: ReturnData[];
  /** Every child's timeline from all the returns (locality is not needed and not resolved). */
  timelines: ChildTimeline[];
  /** The first return's 1 April (null without returns). */
  dataFrom: EpochDay | null;
  /** The latest 31 March a full return speaks for: where a forecast starts by default (null: none). */
  latestOrigin: EpochDay | null;
  /** The last day any return speaks for. */
  lastObserved: EpochDay | null;
  /** The council's own placement category mapping, if it has one. */
  categoryMapping?: CategoryMapping | undefined;
  buildTimelines(returns: ReturnData[]): ChildTimeline[];
  /** The council's projected children (ONS projections, `sufficiency population import`), or null. */
  population?: ChildPopulation | null;
  /** Where the council's care leavers have lived (local data), or null when none is loaded. */
  careLeaverSpells?: LeaverSpell[] | null;
}

/**
 * A council's forecast inputs from its returns, with the council's category mapping. Pure. The timelines
 * skip postcode look-ups: the forecast does not use locality, and the backtest rebuilds them many times.
 *
 * ### Example
 * ```ts
 * const inputs = forecastInputsFrom('E06000016', await loadReturnData(db, 'E06000016'));
 * inputs.latestOrigin // censusDate(2026) when the 2025/26 return is loaded
 * ```
 */
export function forecastInputsFrom(
  councilCode: string,
  returns: ReturnData[],
  categoryMapping?: CategoryMapping,
  key = '',
): ForecastInputs {
  const options = {
    councilCode,
    locate: () => null,
    inArea: () => true,
    ...(categoryMapping ? { categoryMapping } : {}),
  };
  const build = (r: ReturnData[]) => buildTimelines(r, options);
  const full = returns.filter((r) => r.kind === 'return' && r.observedUntil >= censusDate(r.collectionYear));
  const latest = full.reduce((m, r) => Math.max(m, r.collectionYear), Number.NEGATIVE_INFINITY);
  return {
    councilCode,
    key,
    returns,
    timelines: build(returns),
    dataFrom: returns.length > 0 ? dataStart(returns) : null,
    latestOrigin: Number.isFinite(latest) ? censusDate(latest) : null,
    lastObserved: returns.length > 0 ? Math.max(...returns.map((r) => r.observedUntil)) : null,
    categoryMapping,
    buildTimelines: build,
  };
}

/** A council's forecast inputs read from the database (the CLI: no cache). */
export async function loadForecastInputs(db: Kysely<Database>, councilCode: string): Promise<ForecastInputs> {
  const [inputs, careLeaverSpells] = await Promise.all([
    loadReturnsInputs(db, councilCode),
    loadCareLeaverSpells(db, councilCode),
  ]);
  return { ...inputs, careLeaverSpells };
}

/** Everything but the care leavers: the returns' timelines under the council's mapping, and its projection. */
async function loadReturnsInputs(db: Kysely<Database>, councilCode: string): Promise<ForecastInputs> {
  const settings = await councilSettings(db, councilCode);
  const mapping = settings.categoryMappingIsDefault ? undefined : settings.categoryMapping;
  const [returns, population] = await Promise.all([
    loadReturnData(db, councilCode),
    loadCouncilPopulation(db, councilCode),
  ]);
  return { ...forecastInputsFrom(councilCode, returns, mapping), population };
}

/** Where the council's care leavers have lived (its active care-leaver local data), or null without any. */
async function loadCareLeaverSpells(
  db: Kysely<Database>,
  councilCode: string,
): Promise<LeaverSpell[] | null> {
  const records = await loadLocalRecords(db, councilCode, 'careLeaverAccommodation');
  if (records.length === 0) return null;
  return records.map((r) => ({
    childId: r.childId,
    supported: r.type === 'supported-accommodation',
    start: r.start,
    end: r.end,
  }));
}

/** The id of the council's active care-leaver local-data batch (null: none): what the spells are read from. */
async function careLeaverBatch(db: Kysely<Database>, councilCode: string): Promise<number | null> {
  const batches = await localDataBatches(db, councilCode);
  return batches.find((b) => b.kind === 'careLeaverAccommodation' && b.status === 'active')?.id ?? null;
}

/** Per state of a council's data (a new import or settings change makes a new CouncilData, dropping these). */
const returnsInputs = new WeakMap<CouncilData, Promise<ForecastInputs>>();

/**
 * Then per active care-leaver local-data batch: a new care leavers' file refreshes the forecast with the same
 * timelines (other local data does not touch the forecast). One inputs object per state, as the forecast
 * caches of council-forecast.ts are kept per inputs object.
 */
const withLeavers = new WeakMap<CouncilData, Map<number | null, Promise<ForecastInputs>>>();

/**
 * The forecast inputs for a council's cached data: read once per state of its active imports and settings.
 *
 * ### Example
 * ```ts
 * const inputs = await councilForecastInputs(db, await cache.get('E06000016'));
 * ```
 */
export async function councilForecastInputs(
  db: Kysely<Database>,
  data: CouncilData,
): Promise<ForecastInputs> {
  const batch = await careLeaverBatch(db, data.councilCode);
  let byBatch = withLeavers.get(data);
  if (!byBatch) {
    byBatch = new Map();
    withLeavers.set(data, byBatch);
  }
  let inputs = byBatch.get(batch);
  if (!inputs) {
    let base = returnsInputs.get(data);
    if (!base) {
      base = loadReturnsInputs(db, data.councilCode);
      base.catch(() => returnsInputs.delete(data));
      returnsInputs.set(data, base);
    }
    inputs = Promise.all([base, loadCareLeaverSpells(db, data.councilCode)]).then(
      ([i, careLeaverSpells]) => ({
        ...i,
        careLeaverSpells,
        key: `${data.key}|${batch ?? ''}`,
      }),
    );
    inputs.catch(() => byBatch.delete(batch));
    byBatch.set(batch, inputs);
  }
  return inputs;
}
