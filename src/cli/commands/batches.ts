import type { Command } from 'commander';
import { collectionYearLabel, formatUkDate } from '../../dates/index.ts';
import { listBatches, restoreBatch } from '../../store/index.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../database.ts';
import { councilOption, positiveIntOption } from '../options.ts';

export function registerBatchCommands(program: Command): void {
  program
    .command('batches')
    .description('List import batches (active and superseded) with who imported them, when, and file hashes')
    .option('--council <code>', 'ONS code or DfE number')
    .option('--files', 'show each file with its SHA-256')
    .action(async (options: { council?: string; files?: boolean }) => {
      const council = options.council ? councilOption(options.council) : undefined;
      const batches = await withDatabase((db) => listBatches(db, council?.code));
      if (batches.length === 0) {
        process.stdout.write('No imports yet.\n');
        return;
      }
      for (const b of batches) {
        const kind = b.kind === 'in-year' ? `in-year as at ${formatUkDate(b.asAt)}` : 'return';
        process.stdout.write(
          `#${b.id} ${b.councilCode} ${collectionYearLabel(b.collectionYear)} ${kind} — ${b.status}, by ${b.importedBy} at ${b.importedAt.toISOString()}\n`,
        );
        if (options.files)
          for (const f of b.files)
            process.stdout.write(`    ${f.name}  ${f.rows} rows  sha256 ${f.sha256}\n`);
      }
    });

  program
    .command('restore')
    .description('Make a superseded import batch active again (the current one is superseded, not deleted)')
    .argument('<batch>', 'batch number, as listed by `sufficiency batches`')
    .option('--by <name>', 'who is restoring', process.env.USER ?? 'cli')
    .action(async (batch: string, options: { by: string }) => {
      const id = positiveIntOption('batch', batch);
      const result = await withDatabase((db) => restoreBatch(db, id, options.by));
      if (result.status !== 'restored') throw new CliError(result.message);
      process.stdout.write(
        `Batch ${id} is active again.${result.supersededBatchId ? ` Batch ${result.supersededBatchId} is superseded.` : ''}\n`,
      );
    });
}
