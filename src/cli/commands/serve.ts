import type { Command } from 'commander';
import { positiveIntOption } from '../options.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the web app (on DATABASE_URL, or the embedded database in ./data)')
    .option('--port <n>', 'port to listen on', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--demo', 'the embedded demo: load the synthetic demo council and one demo user per role')
    .action(async (options: { port: string; host: string; demo?: boolean }) => {
      const port = positiveIntOption('--port', options.port);
      // Loaded only when serving, so the other commands start fast and never load the web stack.
      const { runServer } = await import('../run-server.ts');
      await runServer({ port, host: options.host, demo: options.demo ?? false });
    });
}
