import { join } from 'node:path';
import type { Command } from 'commander';
import {
  generateCouncil,
  generateLocalData,
  placesForCouncil,
  writeCouncil,
  writeLocalData,
} from '../../synth/index.ts';
import { CliError } from '../cli-error.ts';
import { councilOption, positiveIntOption } from '../options.ts';

interface SynthCliOptions {
  council: string;
  children: string;
  years: string;
  seed: string;
  growth?: string;
  lastYear?: string;
  futureYears?: string;
  out: string;
  /** false with --no-local. */
  local: boolean;
}

export function registerSynthCommand(program: Command): void {
  program
    .command('synth')
    .description(
      "Write a synthetic council's SSDA903 returns (every table, every year) for demos, tests and benchmarks",
    )
    .requiredOption(
      '--council <code>',
      'ONS code or DfE number: postcodes are real ones in and around this council',
    )
    .option('--children <N>', 'children looked after at 31 March in the first year', '600')
    .option('--years <Y>', 'collection years to write', '5')
    .option('--seed <S>', 'random seed: the same seed writes byte-identical files', '1')
    .option('--growth <g>', 'yearly growth of the looked-after population, e.g. 0.04', '0')
    .option('--last-year <YYYY>', 'collection year of the last return (2026 = 2025/26)')
    .option('--future-years <N>', 'also simulate N years past the last return and write them under truth/')
    .option('--out <dir>', 'output folder', 'synthetic')
    .option('--no-local', "skip the council's local data (the seven CSVs written under <out>/local/)")
    .action(async (options: SynthCliOptions) => {
      const council = councilOption(options.council);
      const growth = Number(options.growth ?? 0);
      if (!Number.isFinite(growth) || growth <= -1 || growth > 1) {
        throw new CliError(
          `--growth: "${options.growth}" is not a yearly growth rate (expected e.g. 0.04 for 4%)`,
        );
      }
      const places = placesForCouncil(council.code);
      const synthetic = generateCouncil(
        {
          councilCode: council.code,
          children: positiveIntOption('--children', options.children),
          years: positiveIntOption('--years', options.years),
          seed: Number(options.seed),
          growth,
          lastYear: options.lastYear ? positiveIntOption('--last-year', options.lastYear) : undefined,
          futureYears: options.futureYears ? Number(options.futureYears) : undefined,
        },
        places,
      );
      const files = await writeCouncil(synthetic, options.out);
      if (options.local) {
        const local = generateLocalData(synthetic, { seed: Number(options.seed), places });
        files.push(...(await writeLocalData(local, join(options.out, 'local'))));
      }
      process.stdout.write(`Wrote ${files.length} files for ${council.name} under ${options.out}/\n`);
    });
}
