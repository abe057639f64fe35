import type { Command } from 'commander';
import { returnFiles } from '../../app/return-files.ts';
import { collectionYearBounds, formatUkDate } from '../../dates/index.ts';
import { importReturn } from '../../store/index.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../database.ts';
import { collectionYearOption, councilOption, ukDateOption } from '../options.ts';
import { progressBar } from '../progress.ts';

interface ImportOptions {
  council: string;
  year: string;
  asAt?: string;
  allowPartial?: boolean;
  by?: string;
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      "Import a council's SSDA903 return (a folder of CSVs, CSV files, or the XML file) for one collection year",
    )
    .argument('<paths...>', 'folder(s) or file(s)')
    .requiredOption('--council <code>', 'ONS code (E06000016) or DfE number (856)')
    .requiredOption('--year <YYYY>', 'year the collection ends: 2025 = 2024/25')
    .option('--as-at <dd/mm/yyyy>', 'an in-year extract as at this date, not a full return')
    .option('--allow-partial', 'import the readable rows and set aside rows with structural problems')
    .option('--by <name>', 'who is importing (recorded on the batch)', process.env.USER ?? 'cli')
    .action(async (paths: string[], options: ImportOptions) => {
      const council = councilOption(options.council);
      const collectionYear = collectionYearOption(options.year);
      const asAt = options.asAt ? ukDateOption('--as-at', options.asAt) : undefined;
      if (asAt !== undefined) {
        const { start, end } = collectionYearBounds(collectionYear);
        if (asAt < start || asAt > end) {
          throw new CliError(
            `--as-at: ${formatUkDate(asAt)} is outside collection year ${collectionYear} (expected a date from ${formatUkDate(start)} to ${formatUkDate(end)})`,
          );
        }
      }
      const files = await returnFiles(paths);
      if (files.status === 'error') throw new CliError(files.message);

      const bar = progressBar('import');
      const result = await withDatabase((db) =>
        importReturn(db, {
          sources: files.sources,
          councilCode: council.code,
          collectionYear,
          kind: asAt === undefined ? 'return' : 'in-year',
          asAt,
          allowPartial: options.allowPartial ?? false,
          importedBy: options.by ?? 'cli',
          onProgress: (p) => bar.update(p.done, p.total, p.phase),
        }),
      ).finally(() => bar.stop());

      const structural = result.findings.filter((f) => f.severity === 'structural');
      const content = result.findings.filter((f) => f.severity === 'content');
      if (result.status === 'rejected') {
        const lines = structural.map((f) => `  ${f.message}`).join('\n');
        throw new CliError(
          `Import rejected: nothing was written. ${structural.length} problem${structural.length === 1 ? '' : 's'} to fix:\n${lines}\n` +
            'Fix the files and import again, or use --allow-partial to import the readable rows and set these aside.',
        );
      }
      const rows = Object.entries(result.rowCounts)
        .map(([table, n]) => `${table} ${n}`)
        .join(', ');
      process.stdout.write(
        `Imported ${council.name} (${council.code}) ${collectionYear - 1}/${String(collectionYear % 100).padStart(2, '0')} as batch ${result.batchId}: ${rows}.\n`,
      );
      if (result.supersededBatchId) {
        process.stdout.write(
          `It supersedes batch ${result.supersededBatchId}, which is kept and can be restored.\n`,
        );
      }
      if (structural.length > 0)
        process.stdout.write(`${structural.length} rows set aside (structural problems).\n`);
      if (content.length > 0) {
        process.stdout.write(
          `${content.length} findings to review: sufficiency findings --council ${council.code} --year ${collectionYear}\n`,
        );
      }
    });
}
