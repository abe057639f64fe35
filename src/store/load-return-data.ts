import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { ReturnData } from '../care/timeline-types.ts';
import { censusDate, type EpochDay } from '../dates/index.ts';
import type { ChildHeader, Episode, MissingSpell, Sex, UascRecord } from '../ssda903/records.ts';
import type { Database } from './database-schema.ts';
import { poolOf } from './open-database.ts';

interface ChosenBatch {
  id: number;
  collectionYear: number;
  kind: 'return' | 'in-year';
  asAt: EpochDay;
}

/**
 * A council's data as timelines read it: for each collection year the active full return, else the
 * latest active in-year extract; `observedUntil` is 31 March or the extract's as-at date. With `asAt`,
 * only batches as at that date or earlier count (what was known then). Sorted by collection year;
 * rows in file order.
 *
 * ### Example
 * ```ts
 * const returns = await loadReturnData(db, 'E06000016');
 * returns.map((r) => [r.collectionYear, r.kind, r.episodes.length]);
 * ```
 */
export async function loadReturnData(
  db: Kysely<Database>,
  councilCode: string,
  options: { asAt?: EpochDay } = {},
): Promise<ReturnData[]> {
  const chosen = await chooseBatches(db, councilCode, options.asAt);
  if (chosen.length === 0) return [];
  const byId = new Map<number, ReturnData>();
  for (const b of chosen) {
    byId.set(b.id, {
      collectionYear: b.collectionYear,
      kind: b.kind,
      observedUntil: b.kind === 'return' ? censusDate(b.collectionYear) : b.asAt,
      headers: [],
      episodes: [],
      uasc: [],
      missing: [],
    });
  }
  const pool = poolOf(db);
  const ids = chosen.map((b) => b.id);
  // Four bulk selects in parallel (separate pooled connections), rows as arrays: no per-row key lookups.
  await Promise.all([
    selectRows(pool, EPISODES, ids, (r) => byId.get(r[0] as number)?.episodes.push(toEpisode(r))),
    selectRows(pool, HEADERS, ids, (r) => byId.get(r[0] as number)?.headers.push(toHeader(r))),
    selectRows(pool, UASC, ids, (r) => byId.get(r[0] as number)?.uasc.push(toUasc(r))),
    selectRows(pool, MISSING, ids, (r) => byId.get(r[0] as number)?.missing.push(toMissing(r))),
  ]);
  return chosen.map((b) => byId.get(b.id) as ReturnData);
}

/** Per collection year: the active full return, else the active in-year extract with the latest as-at. */
async function chooseBatches(
  db: Kysely<Database>,
  councilCode: string,
  asAt?: EpochDay,
): Promise<ChosenBatch[]> {
  const rows = await db
    .selectFrom('import_batch')
    .select(['id', 'collection_year', 'kind', 'as_at'])
    .where('council_code', '=', councilCode)
    .where('status', '=', 'active')
    .orderBy('collection_year')
    .orderBy('id')
    .execute();
  const byYear = new Map<number, ChosenBatch>();
  for (const r of rows) {
    if (asAt !== undefined && r.as_at > asAt) continue;
    const candidate = { id: r.id, collectionYear: r.collection_year, kind: r.kind, asAt: r.as_at };
    const current = byYear.get(r.collection_year);
    if (!current || outranks(candidate, current)) byYear.set(r.collection_year, candidate);
  }
  return [...byYear.values()].sort((a, b) => a.collectionYear - b.collectionYear);
}

function outranks(a: ChosenBatch, b: ChosenBatch): boolean {
  if (a.kind !== b.kind) return a.kind === 'return';
  return a.asAt > b.asAt || (a.asAt === b.asAt && a.id > b.id);
}

type Row = unknown[];

async function selectRows(
  pool: pg.Pool,
  text: string,
  ids: number[],
  each: (row: Row) => void,
): Promise<void> {
  const result = await pool.query<Row>({ text, values: [ids], rowMode: 'array' });
  for (const row of result.rows) each(row);
}

const EPISODES = `select batch_id, child_id, start_date, reason_new_episode, legal_status, category_of_need,
  placement_type, provider, end_date, reason_ended, reason_place_change, home_postcode, placement_postcode, urn
  from episode where batch_id = any($1) order by batch_id, row_number`;
const HEADERS = `select batch_id, child_id, sex, dob, ethnicity, upn, mother_status, mother_child_dob
  from child_header where batch_id = any($1) order by batch_id, row_number`;
const UASC = `select batch_id, child_id, sex, dob, uasc_ceased
  from uasc where batch_id = any($1) order by batch_id, row_number`;
const MISSING = `select batch_id, child_id, dob, kind, start_date, end_date
  from missing_spell where batch_id = any($1) order by batch_id, row_number`;

function toEpisode(r: Row): Episode {
  return {
    childId: r[1] as string,
    start: r[2] as EpochDay,
    reasonNewEpisode: r[3] as string | null,
    legalStatus: r[4] as string | null,
    categoryOfNeed: r[5] as string | null,
    placementType: r[6] as string | null,
    provider: r[7] as string | null,
    end: r[8] as EpochDay | null,
    reasonEnded: r[9] as string | null,
    reasonPlaceChange: r[10] as string | null,
    homePostcode: r[11] as string | null,
    placementPostcode: r[12] as string | null,
    urn: r[13] as string | null,
  };
}

function toHeader(r: Row): ChildHeader {
  return {
    childId: r[1] as string,
    sex: r[2] as Sex,
    dob: r[3] as EpochDay,
    ethnicity: r[4] as string | null,
    upn: r[5] as string | null,
    motherStatus: r[6] as string | null,
    motherChildDob: r[7] as EpochDay | null,
  };
}

function toUasc(r: Row): UascRecord {
  return {
    childId: r[1] as string,
    sex: r[2] as Sex | null,
    dob: r[3] as EpochDay,
    uascCeased: r[4] as EpochDay | null,
  };
}

function toMissing(r: Row): MissingSpell {
  return {
    childId: r[1] as string,
    dob: r[2] as EpochDay,
    kind: r[3] as string | null,
    start: r[4] as EpochDay,
    end: r[5] as EpochDay | null,
  };
}
