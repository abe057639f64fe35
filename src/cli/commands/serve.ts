import type { Command } from 'commander';
import { ensureDemoCouncil } from '../../app/index.ts';
import { collectionYearLabel } from '../../dates/index.ts';
import { buildServer } from '../../server/index.ts';
import { migrateToLatest, openDatabase, resolveDatabase } from '../../store/index.ts';
import { CliError } from '../cli-error.ts';
import { positiveIntOption } from '../options.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the web app (on DATABASE_URL, or the embedded database in ./data)')
    .option('--port <n>', 'port to listen on', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--demo', 'load the synthetic demo council if the database has none')
    .action(async (options: { port: string; host: string; demo?: boolean }) => {
      const port = positiveIntOption('--port', options.port);
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
            if (p.done < p.total) process.stdout.write(`Loading the demo council: ${collectionYearLabel(p.collectionYear)} (${p.done + 1} of ${p.total})\n`);
          });
          if (loaded > 0) process.stdout.write(`Demo council loaded: ${loaded} returns.\n`);
        }
      } catch (error) {
        await stopAll();
        throw error;
      }
      const app = buildServer({ db: handle.db });
      await app.listen({ port, host: options.host });
      process.stdout.write(`Sufficiency is running at http://localhost:${port}/\n`);
      const shutdown = async () => {
        await app.close();
        await stopAll();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}
