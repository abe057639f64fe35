import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import {
  LOCAL_DATA_KINDS,
  type LocalDataKind,
  localDataKind,
  localTemplateCsv,
  templateOf,
  writeLocalCsv,
} from '../../local/index.ts';
import { importLocalData, loadLocalRecords, refreshProvidersFromOfsted } from '../../store/index.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../database.ts';
import { councilOption } from '../options.ts';

const kindNames = () => LOCAL_DATA_KINDS.map((k) => templateOf(k).slug).join(', ');

function kindOption(value: string): LocalDataKind {
  const kind = localDataKind(value);
  if (kind === null) throw new CliError(`--kind: unknown kind "${value}" (expected one of ${kindNames()})`);
  return kind;
}

/** `import-local`, `local-template` and `export-local`: the council's local data as CSV. */
export function registerLocalDataCommands(program: Command): void {
  program
    .command('import-local')
    .description(
      "Import a council's local data CSV (carers, homes, providers, costs, requests, care leavers, budget); it replaces the active file of that kind",
    )
    .argument('<file>', 'the CSV file')
    .requiredOption('--council <code>', 'ONS code (E06000016) or DfE number (856)')
    .option('--kind <kind>', `${kindNames()} (default: recognised from the header)`)
    .option('--by <name>', 'who is importing (recorded on the batch)', process.env.USER ?? 'cli')
    .action(async (file: string, options: { council: string; kind?: string; by?: string }) => {
      const council = councilOption(options.council);
      const kind = options.kind ? kindOption(options.kind) : undefined;
      const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        throw new CliError(`${file}: cannot read the file (${error.code ?? error.message})`);
      });
      const result = await withDatabase((db) =>
        importLocalData(db, {
          council: council.code,
          ...(kind ? { kind } : {}),
          fileName: basename(file),
          bytes,
          user: options.by ?? 'cli',
        }),
      );
      if (result.status === 'rejected') {
        const lines = result.findings.map((f) => `  ${f.message}\n    Fix: ${f.fix}`).join('\n');
        const n = result.findings.length;
        throw new CliError(
          `Import rejected: nothing was written. ${n} problem${n === 1 ? '' : 's'} to fix:\n${lines}\n` +
            `Fix the file and import again. Templates: sufficiency local-template <kind> (${kindNames()}).`,
        );
      }
      const template = templateOf(result.kind);
      process.stdout.write(
        `Imported ${template.title.toLowerCase()} for ${council.name} (${council.code}) as local batch ${result.batchId}: ${result.rows} rows.\n`,
      );
      if (result.supersededBatchId)
        process.stdout.write(`It replaces local batch ${result.supersededBatchId}, which is kept.\n`);
    });

  program
    .command('local-template')
    .description('Write the blank CSV template of a kind of local data (header and one example row)')
    .argument('<kind>', kindNames())
    .option('--out <file>', 'write to this file (default: standard output)')
    .action(async (name: string, options: { out?: string }) => {
      const csv = localTemplateCsv(kindOption(name));
      if (options.out) await writeFile(options.out, csv);
      else process.stdout.write(csv);
    });

  program
    .command('export-local')
    .description("Export a council's active local data of one kind as CSV in its template's columns")
    .requiredOption('--council <code>', 'ONS code (E06000016) or DfE number (856)')
    .requiredOption('--kind <kind>', kindNames())
    .option('--out <file>', 'write to this file (default: standard output)')
    .action(async (options: { council: string; kind: string; out?: string }) => {
      const council = councilOption(options.council);
      const kind = kindOption(options.kind);
      const records = await withDatabase((db) => loadLocalRecords(db, council.code, kind));
      const csv = writeLocalCsv(kind, records);
      if (options.out) await writeFile(options.out, csv);
      else process.stdout.write(csv);
    });

  program
    .command('import-ofsted-register')
    .description(
      "Fill and refresh the council's provider list from Ofsted's register of children's social care providers (.xlsx or .csv): new URNs added, grades and places refreshed, prices kept",
    )
    .argument('<file>', 'the register as Ofsted publishes it')
    .requiredOption('--council <code>', 'ONS code (E06000016) or DfE number (856)')
    .option(
      '--local-authority <names...>',
      'keep only settings in these local authorities (as the register names them)',
    )
    .option('--by <name>', 'who is importing (recorded on the batch)', process.env.USER ?? 'cli')
    .action(async (file: string, options: { council: string; localAuthority?: string[]; by?: string }) => {
      const council = councilOption(options.council);
      const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        throw new CliError(`${file}: cannot read the file (${error.code ?? error.message})`);
      });
      const result = await withDatabase((db) =>
        refreshProvidersFromOfsted(db, {
          council: council.code,
          fileName: basename(file),
          bytes,
          user: options.by ?? 'cli',
          ...(options.localAuthority ? { localAuthorities: options.localAuthority } : {}),
        }),
      );
      if (result.status === 'rejected')
        throw new CliError(
          `Register not read: nothing was written.\n${result.findings.map((f) => `  ${f.message}\n    Fix: ${f.fix}`).join('\n')}`,
        );
      process.stdout.write(
        `Providers for ${council.name} (${council.code}) are now local batch ${result.batchId}: ${result.rows} providers, ${result.added} added and ${result.refreshed} refreshed from the register.\n`,
      );
    });
}
