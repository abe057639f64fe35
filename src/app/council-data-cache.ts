import { type Kysely, sql } from 'kysely';
import type { ChildTimeline } from '../care/timeline-types.ts';
import type { Database } from '../store/index.ts';
import { type OverviewYear, overviewYears } from './council-overview.ts';
import { councilSettings, type PopulationCount } from './council-settings.ts';
import { councilTimelines } from './council-timelines.ts';

/** A council's derived data at one state of its imports and settings. */
export interface CouncilData {
  councilCode: string;
  /** Active batch ids and the settings' save time: the state this was computed from. */
  key: string;
  timelines: ChildTimeline[];
  byChild: Map<string, ChildTimeline>;
  years: OverviewYear[];
  /** Children aged 0–17 in the council's area by mid-year estimate (settings), for rates. */
  populationUnder18: PopulationCount[];
}

/**
 * Timelines and headline counts per council, computed once per state of the council's active imports
 * and settings, so many users reading the overview at once cost one small query each. Every read checks
 * the key (one query), so an import by the CLI or another process is seen too; `invalidate` drops an
 * entry at once after an import, restore or settings change here. Concurrent misses share one computation.
 *
 * ### Example
 * ```ts
 * const cache = new CouncilDataCache(db);
 * const { years } = await cache.get('E06000016');
 * ```
 */
export class CouncilDataCache {
  readonly #entries = new Map<string, Promise<CouncilData>>();
  /** Recent key checks, shared by requests within `keyCheckMs` of each other. */
  readonly #checks = new Map<string, { at: number; state: Promise<{ key: string; years: number[] }> }>();

  constructor(
    private readonly db: Kysely<Database>,
    /** Councils kept (least recently used dropped first); one council's timelines are a few MB. */
    private readonly capacity = 16,
    /**
     * How long one key check answers for (default 1 s): under load, many requests share one query. A change
     * made through this process is seen at once (`invalidate`); one made by another process within this time.
     */
    private readonly keyCheckMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(councilCode: string): Promise<CouncilData> {
    const state = await this.#checkedState(councilCode);
    const cached = this.#entries.get(councilCode);
    if (cached) {
      const data = await cached.catch(() => null);
      if (data && data.key === state.key) {
        this.#touch(councilCode, cached);
        return data;
      }
      if (this.#entries.get(councilCode) !== cached) return this.get(councilCode);
    }
    const computing = this.#compute(councilCode, state);
    this.#touch(councilCode, computing);
    computing.catch(() => {
      if (this.#entries.get(councilCode) === computing) this.#entries.delete(councilCode);
    });
    return computing;
  }

  /** Forget a council's data (after an import, restore or settings change). */
  invalidate(councilCode: string): void {
    this.#entries.delete(councilCode);
    this.#checks.delete(councilCode);
  }

  #checkedState(councilCode: string): Promise<{ key: string; years: number[] }> {
    const at = this.now();
    const recent = this.#checks.get(councilCode);
    if (recent && at - recent.at < this.keyCheckMs) return recent.state;
    const state = this.#state(councilCode);
    this.#checks.set(councilCode, { at, state });
    state.catch(() => this.#checks.delete(councilCode));
    if (this.#checks.size > this.capacity * 4) this.#checks.clear();
    return state;
  }

  #touch(councilCode: string, entry: Promise<CouncilData>): void {
    this.#entries.delete(councilCode);
    this.#entries.set(councilCode, entry);
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }

  async #state(councilCode: string): Promise<{ key: string; years: number[] }> {
    const { rows } = await sql<{ batches: string | null; years: number[] | null; settings: string | null }>`
      select string_agg(id::text, ',' order by id) as batches,
        array_agg(distinct collection_year) as years,
        (select updated_at::text from council_setting where council_code = ${councilCode}) as settings
      from import_batch where council_code = ${councilCode} and status = 'active'`.execute(this.db);
    const row = rows[0];
    return { key: `${row?.batches ?? ''}|${row?.settings ?? ''}`, years: row?.years ?? [] };
  }

  async #compute(councilCode: string, state: { key: string; years: number[] }): Promise<CouncilData> {
    const settings = await councilSettings(this.db, councilCode);
    const mapping = settings.categoryMappingIsDefault ? undefined : settings.categoryMapping;
    const timelines = await councilTimelines(this.db, councilCode, mapping);
    return {
      councilCode,
      key: state.key,
      timelines,
      byChild: new Map(timelines.map((t) => [t.childId, t])),
      years: overviewYears(timelines, state.years),
      populationUnder18: settings.populationUnder18,
    };
  }
}
