import { DEMO, ensureDemoCouncil } from '../app/index.ts';
import { ensureDemoUsers, ensureInitialAdmin } from '../auth/index.ts';
import { collectionYearLabel } from '../dates/index.ts';
import { buildServer } from '../server/index.ts';
import { ensureWebBuild } from '../server/web-build.ts';
import { migrateToLatest, openDatabase, resolveDatabase } from '../store/index.ts';
import { CliError } from './cli-error.ts';

export interface RunServerOptions {
  port: number;
  host: string;
  demo: boolean;
}

/**
 * Starts the database (or connects to DATABASE_URL), migrates, creates the first admin on an empty database,
 * loads the demo council and demo users when asked, builds the front end if needed, and listens until a signal.
 */
export async function runServer(options: RunServerOptions): Promise<void> {
  const server = await resolveDatabase();
  const handle = openDatabase(server.url);
  const stopAll = async () => {
    await handle.close().catch(() => {});
    await server.stop().catch(() => {});
  };
  let webRoot: string;
  try {
    const migration = await migrateToLatest(handle.db);
    if (migration.error) throw new CliError(`database migration failed: ${String(migration.error)}`);
    const admin = await ensureInitialAdmin(handle.db);
    if (admin) {
      process.stdout.write(
        `First start: created the administrator "${admin.username}" with the one-time password ${admin.oneTimePassword}\n` +
          'Sign in with it once to choose a new password. It is not shown again.\n',
      );
    }
    if (options.demo) {
      const loaded = await ensureDemoCouncil(handle.db, (p) => {
        if (p.done < p.total) {
          process.stdout.write(
            `Loading the demo council: ${collectionYearLabel(p.collectionYear)} (${p.done + 1} of ${p.total})\n`,
          );
        }
      });
      if (loaded > 0) process.stdout.write(`Demo council loaded: ${loaded} returns.\n`);
      await ensureDemoUsers(handle.db, DEMO.councilCode);
    }
    webRoot = await ensureWebBuild();
  } catch (error) {
    await stopAll();
    throw error;
  }
  // Secure cookies unless serving plain http on this machine (the quick start); set PUBLIC_URL=https://… in production.
  const secureCookies = (process.env.PUBLIC_URL ?? '').startsWith('https://');
  const app = await buildServer({ db: handle.db, demo: options.demo, secureCookies, webRoot });
  await app.listen({ port: options.port, host: options.host });
  process.stdout.write(`Sufficiency is running at http://localhost:${options.port}/\n`);
  if (options.demo)
    process.stdout.write('Demo users (synthetic data only) are listed on the sign-in page.\n');
  const shutdown = async () => {
    await app.close();
    await stopAll();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
