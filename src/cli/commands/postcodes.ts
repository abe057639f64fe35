import type { Command } from 'commander';
import { buildPackFromOnspd, installedPostcodePackPath, loadPostcodeDirectory } from '../../geo/index.ts';
import { CliError } from '../cli-error.ts';

export function registerPostcodeCommands(program: Command): void {
  const postcodes = program
    .command('postcodes')
    .description('The postcode directory used for distances and areas');

  postcodes
    .command('version')
    .description('Show which ONS Postcode Directory is in use')
    .action(() => {
      const directory = loadPostcodeDirectory();
      process.stdout.write(
        `${directory.version}: ${directory.size.toLocaleString('en-GB')} postcodes with grid references\n`,
      );
    });

  postcodes
    .command('import')
    .description(
      'Install a newer ONS Postcode Directory (the ONSPD CSV, plain or .gz) in place of the shipped one',
    )
    .argument('<csv>', 'ONSPD CSV file, e.g. ONSPD_FEB_2026_UK.csv')
    .option(
      '--version-label <label>',
      'label to show, e.g. "ONSPD February 2026" (default: from the file name)',
    )
    .action(async (csv: string, options: { versionLabel?: string }) => {
      const out = installedPostcodePackPath();
      const result = await buildPackFromOnspd(csv, out, {
        version: options.versionLabel,
        onProgress: (rows) => process.stderr.write(`\r${rows.toLocaleString('en-GB')} rows read`),
      });
      process.stderr.write('\n');
      if (result.status === 'rejected') throw new CliError(`${csv}: ${result.message}`);
      process.stdout.write(
        `Installed ${result.version}: ${result.postcodes.toLocaleString('en-GB')} postcodes (${result.withoutCoordinates.toLocaleString('en-GB')} without a grid reference, left out) at ${out}.\n`,
      );
    });
}
