import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../../src/store/embedded-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the `postgres` database on the run's server; test files create their own databases from it. */
    databaseAdminUrl: string;
  }
}

/**
 * One PostgreSQL server for the whole test run: an embedded server in a temp dir, not crash-safe (fast)
 * and deleted afterwards. Set `TEST_DATABASE_URL` (a superuser URL) to use an existing server instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide('databaseAdminUrl', external);
    return async () => {};
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'sufficiency-test-pg-'));
  const server = await startEmbeddedDatabase({
    dataDir,
    database: 'postgres',
    persistent: false,
    durable: false,
  });
  project.provide('databaseAdminUrl', server.url);
  return () => server.stop();
}
