import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../../src/store/database-schema.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { openDatabase } from '../../src/store/open-database.ts';

export interface TestDatabase {
  db: Kysely<Database>;
  url: string;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database with a random name on the run's server (see global-setup.ts): one per test
 * file, so files running in parallel workers never see each other's rows. close() drops it.
 *
 * ### Example
 * ```ts
 * let t: TestDatabase;
 * beforeAll(async () => { t = await createTestDatabase(); });
 * afterAll(() => t.close());
 * ```
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('databaseAdminUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  await admin(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const { db, close } = openDatabase(url.toString(), { max: 5 });
  const migration = await migrateToLatest(db);
  if (migration.error) {
    await close();
    throw new Error(`test database migration failed: ${String(migration.error)}`);
  }
  return {
    db,
    url: url.toString(),
    close: async () => {
      await close();
      await admin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function admin(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}
