import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { readPopulationProjection } from '../../forecast/index.ts';
import { loadCouncilPopulation, replacePopulationProjection } from '../../store/index.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../database.ts';

const CLI_USER = 'cli';

export function registerPopulationCommands(program: Command): void {
  const population = program
    .command('population')
    .description('ONS sub-national population projections, used as the exposure for entries to care');

  population
    .command('import')
    .description(
      'Load ONS projections (the published "SNPP population persons.csv"), replacing any loaded before',
    )
    .argument('<csv>', 'e.g. "2022-based SNPP population persons.csv"')
    .action(async (file: string) => {
      const read = readPopulationProjection(await readFile(file, 'utf8'));
      if (!read.ok) {
        const lines = read.problems.map(
          (p) =>
            `  ${p.row === null ? '' : `row ${p.row}, `}${p.column === null ? '' : `column ${p.column}, `}` +
            `${p.value === null ? '' : `value "${p.value}": `}${p.message}`,
        );
        throw new CliError(`${file}: not imported (nothing changed).\n${lines.join('\n')}`);
      }
      const rows = await withDatabase((db) =>
        replacePopulationProjection(db, read.areas, { fileName: file, user: CLI_USER }),
      );
      process.stdout.write(
        `Imported ${read.areas.size.toLocaleString('en-GB')} areas, ${rows.toLocaleString('en-GB')} rows (ages 0–17 by mid-year).\n`,
      );
    });

  population
    .command('show')
    .description("Show a council's projected children (0–17) by mid-year")
    .requiredOption('--council <code>', 'ONS code or DfE number')
    .action(async (options: { council: string }) => {
      const population = await withDatabase((db) => loadCouncilPopulation(db, options.council));
      if (!population)
        throw new CliError(
          `No projections loaded for ${options.council}: run "sufficiency population import <csv>".`,
        );
      for (const year of population.years) {
        const total = (population.byYear[year] ?? []).reduce((a, b) => a + b, 0);
        process.stdout.write(`${year}: ${Math.round(total).toLocaleString('en-GB')} children aged 0–17\n`);
      }
    });
}
