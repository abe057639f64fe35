import type { Command } from 'commander';
import { batchFindings } from '../../store/index.ts';
import { csvLine } from '../csv-line.ts';
import { withDatabase } from '../database.ts';
import { collectionYearOption, councilOption } from '../options.ts';

export function registerFindingsCommand(program: Command): void {
  program
    .command('findings')
    .description('List data-quality findings from the active imports of a council')
    .requiredOption('--council <code>', 'ONS code or DfE number')
    .option('--year <YYYY>', 'only this collection year')
    .option('--severity <kind>', 'structural or content')
    .option('--csv', 'print CSV instead of text')
    .action(async (options: { council: string; year?: string; severity?: string; csv?: boolean }) => {
      const council = councilOption(options.council);
      const collectionYear = options.year ? collectionYearOption(options.year) : undefined;
      const severity =
        options.severity === 'structural' || options.severity === 'content' ? options.severity : undefined;
      const findings = await withDatabase((db) =>
        batchFindings(db, { councilCode: council.code, collectionYear, severity }),
      );
      if (options.csv) {
        const columns = [
          'severity',
          'code',
          'file',
          'table',
          'row',
          'column',
          'value',
          'expected',
          'childId',
          'message',
        ] as const;
        process.stdout.write(`${csvLine([...columns])}\n`);
        for (const f of findings) process.stdout.write(`${csvLine(columns.map((c) => f[c]))}\n`);
        return;
      }
      if (findings.length === 0) {
        process.stdout.write(`No findings for ${council.name}.\n`);
        return;
      }
      for (const f of findings) process.stdout.write(`[${f.severity}] ${f.message}\n`);
      process.stdout.write(`${findings.length} finding${findings.length === 1 ? '' : 's'}.\n`);
    });
}
