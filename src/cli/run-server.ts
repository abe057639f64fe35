import { ensureDemoCouncil } from '../app/index.ts';
import { collectionYearLabel } from '../dates/index.ts';
import { buildServer } from '../server/index.ts';
import { migrateToLatest, openDatabase, resolveDatabase } from '../store/index.ts';
import { CliError } from './cli-error.ts';

export interface RunServerOptions {
  port: number;
  host: string;
  demo: boolean;
}

/** Starts the database (or connects), migrates, loads the demo when asked, and listens until a signal. */
export async function runServer(options: RunServerOptions): Promise<void> {
  const server = await resolveDatabase();
  const handle = openDatabase(server.url);
  const stopAll = async () => {
    await handle.close().catch(() => {});
    await server.stop().catch(() => {});
  };
  try {
    const migration = await migrateToLatest(handle.db);
    if (migration.error) throw new CliError(`database migration failed: ${String(migration.error)}`);
    if (options.demo) {
      const loaded = await ensureDemoCouncil(handle.db, (p) => {
        if (p.done < p.total) {
          process.stdout.write(`Loading the demo council: ${collectionYearLabel(p.collectionYear)} (${p.done + 1} of ${p.total})\n`);
        }
      });
      if (loaded > 0) process.stdout.write(`Demo council loaded: ${loaded} returns.\n`);
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  const app = await buildServer({ db: handle.db });
  await app.listen({ port: options.port, host: options.host });
  process.stdout.write(`Sufficiency is running at http://localhost:${options.port}/\n`);
  const shutdown = async () => {
    await app.close();
    await stopAll();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
