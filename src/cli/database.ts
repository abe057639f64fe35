import type { Kysely } from 'kysely';
import { type Database, migrateToLatest, openDatabase, resolveDatabase } from '../store/index.ts';
import { CliError } from './cli-error.ts';

/**
 * Opens the database for one command (DATABASE_URL, else the embedded server in ./data), brings its
 * schema up to date, runs `work`, and always stops what it started.
 */
export async function withDatabase<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const server = await resolveDatabase();
  const handle = openDatabase(server.url);
  try {
    const migration = await migrateToLatest(handle.db);
    if (migration.error) throw new CliError(`database migration failed: ${String(migration.error)}`);
    return await work(handle.db);
  } finally {
    await handle.close();
    await server.stop();
  }
}
