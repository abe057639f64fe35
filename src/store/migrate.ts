import { type Kysely, type MigrationResultSet, Migrator } from 'kysely';
import type { Database } from './database-schema.ts';
import { migrations } from './migrations/index.ts';

/** A Migrator over the in-code migrations (see migrations/index.ts). */
export function migrator(db: Kysely<Database>): Migrator {
  // Unordered: features land in parallel and each migration adds its own tables, so a database that has run
  // 0009 must still accept a 0006 added later (Kysely otherwise refuses it as "corrupted migrations").
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
  });
}

/**
 * Brings the schema to the latest migration. Returns Kysely's result set (never throws): `error` is set
 * when a migration failed; the caller at the edge decides how to report it.
 *
 * ### Example
 * ```ts
 * const { error, results } = await migrateToLatest(db);
 * if (error) throw new Error(`migration failed: ${String(error)}`);
 * ```
 */
export function migrateToLatest(db: Kysely<Database>): Promise<MigrationResultSet> {
  return migrator(db).migrateToLatest();
}
