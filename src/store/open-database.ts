import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database-schema.ts';
import { storeTypes } from './type-parsers.ts';

export interface OpenDatabase {
  db: Kysely<Database>;
  pool: pg.Pool;
  close(): Promise<void>;
}

/** Pools behind Kysely instances we opened: the import needs a raw client for COPY. */
const pools = new WeakMap<Kysely<Database>, pg.Pool>();

/**
 * Opens a connection pool to `url` with our type parsers (dates as epoch days, bigint as number).
 *
 * ### Example
 * ```ts
 * const { db, close } = openDatabase(process.env.DATABASE_URL!);
 * const batches = await listBatches(db);
 * await close();
 * ```
 */
export function openDatabase(url: string, options: { max?: number } = {}): OpenDatabase {
  const pool = new pg.Pool({ connectionString: url, types: storeTypes, max: options.max ?? 10 });
  // An idle client losing its server (restart, network) must not crash the process.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, pool);
  return { db, pool, close: () => db.destroy() };
}

/** The pg pool behind a Kysely instance from {@link openDatabase}. */
export function poolOf(db: Kysely<Database>): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error('database handle was not opened with openDatabase(): no pool for COPY');
  return pool;
}
