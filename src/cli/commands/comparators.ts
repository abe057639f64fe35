import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { findCouncil } from '../../councils/index.ts';
import {
  type ComparatorFigure,
  parseDfeCsv,
  saveComparators,
  setStatisticalNeighbours,
  statisticalNeighbours,
} from '../../indicators/comparators/index.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../database.ts';
import { councilOption } from '../options.ts';

/** Who the CLI records as having made a change (there is no session on the command line). */
const CLI_USER = 'cli';

/**
 * `sufficiency comparators import <csv> [--source …]` — load one of DfE's published CSV tables (national,
 * regional and council rows) — and `sufficiency comparators neighbours --council X [set <codes…>]`.
 */
export function registerComparatorsCommand(program: Command): void {
  const comparators = program
    .command('comparators')
    .description("England, regional and statistical neighbours' figures to compare with");
  comparators
    .command('import <csv>')
    .description("Import one of DfE's published CSV tables (Children looked after in England)")
    .option('--source <name>', 'what the figures are, e.g. "DfE CLA 2025" (default the file name)')
    .action(async (file: string, options: { source?: string }) => {
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new CliError(`${file}: cannot read (${error.code ?? error.message})`);
      });
      const { figures, problems } = parseDfeCsv(text, options.source ?? basename(file));
      if (figures.length === 0) {
        throw new CliError(
          [`${basename(file)}: no figures imported`, ...problems.map((p) => `  ${p}`)].join('\n'),
        );
      }
      const { saved } = await withDatabase((db) => saveComparators(db, figures, CLI_USER));
      process.stdout.write(importSummary(figures, saved, problems));
    });
  comparators
    .command('neighbours')
    .description(
      "Show a council's statistical neighbours, or choose them: neighbours --council X set <codes…>",
    )
    .requiredOption('--council <code>', 'ONS code or DfE number')
    .argument('[action]', '"set" to choose the neighbours')
    .argument('[codes...]', 'the neighbours, as ONS codes or DfE numbers')
    .action(async (action: string | undefined, codes: string[], options: { council: string }) => {
      const council = councilOption(options.council);
      if (action !== undefined && action !== 'set')
        throw new CliError(`neighbours: unknown action "${action}" (expected set)`);
      const list = await withDatabase((db) =>
        action === 'set'
          ? setStatisticalNeighbours(db, council.code, codes.map(neighbourCode), CLI_USER)
          : statisticalNeighbours(db, council.code),
      );
      process.stdout.write(neighboursText(`${council.name} (${council.code})`, list));
    });
}

/** A neighbour given by ONS code or DfE number, as its ONS code. */
function neighbourCode(value: string): string {
  const council = findCouncil(value);
  if (!council)
    throw new CliError(
      `neighbours: unknown council "${value}" (expected an English council's ONS code such as E06000016, or its DfE number such as 856)`,
    );
  return council.code;
}

/** Counts by level, how many match one of our indicators, and every problem row. */
export function importSummary(
  figures: readonly ComparatorFigure[],
  saved: number,
  problems: string[],
): string {
  const count = (level: ComparatorFigure['level']) => figures.filter((f) => f.level === level).length;
  const years = [...new Set(figures.map((f) => f.year))].sort();
  const lines = [
    `Imported ${saved} figures for ${years.join(', ')}: ${count('national')} national, ${count('regional')} regional, ${count('local-authority')} council; ${figures.filter((f) => f.indicatorId).length} match one of our indicators.`,
  ];
  if (problems.length > 0) {
    lines.push(`${problems.length} ${problems.length === 1 ? 'row' : 'rows'} skipped:`);
    for (const p of problems) lines.push(`  ${p}`);
  }
  return `${lines.join('\n')}\n`;
}

/** One neighbour a line, with its name. */
export function neighboursText(council: string, codes: readonly string[]): string {
  if (codes.length === 0) return `${council} has no statistical neighbours chosen.\n`;
  const lines = codes.map((c) => `  ${c} ${findCouncil(c)?.name ?? '(not in the council registry)'}`);
  return `Statistical neighbours of ${council}:\n${lines.join('\n')}\n`;
}
