import { type EmbeddedDatabaseOptions, startEmbeddedDatabase } from './embedded-database.ts';

export interface ResolvedDatabase {
  url: string;
  /** True when we started the embedded server (and stop() stops it). */
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The database to use: `DATABASE_URL` when set (production, any PostgreSQL ≥ 14), else the embedded
 * server in `./data/postgres` (quick start).
 */
export async function resolveDatabase(
  options: EmbeddedDatabaseOptions & { env?: Record<string, string | undefined> } = {},
): Promise<ResolvedDatabase> {
  const { env = process.env, ...embeddedOptions } = options;
  const url = env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => {} };
  const server = await startEmbeddedDatabase(embeddedOptions);
  return { url: server.url, embedded: true, stop: server.stop };
}
