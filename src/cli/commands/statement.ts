import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { type EpochDay, formatIsoDate, todayEpochDay } from '../../dates/index.ts';
import {
  loadCouncilStatement,
  loadScrutinyReport,
  renderDocx,
  renderHtml,
  renderPdf,
  SCRUTINY_SECTIONS,
  STATEMENT_SECTIONS,
  type StatementDocument,
} from '../../report/index.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../database.ts';
import { councilOption, positiveIntOption, ukDateOption } from '../options.ts';

type Format = 'pdf' | 'docx' | 'html';
const FORMATS: readonly Format[] = ['pdf', 'docx', 'html'];

interface DocumentOptions {
  council: string;
  format: string;
  out?: string;
  asAt?: string;
  narratives?: string;
  paths?: string;
}

/**
 * `sufficiency statement build` (the Market Position & Sufficiency Statement) and `sufficiency report
 * scrutiny` (the annual progress report): built from the council's data as at a date, written as PDF, DOCX
 * or HTML. Everything printed goes through disclosure control.
 */
export function registerStatementCommands(program: Command): void {
  const statement = program.command('statement').description('The Market Position & Sufficiency Statement');
  withDocumentOptions(
    statement
      .command('build')
      .description(
        'Build the statement from the council’s data (figures disclosure-controlled; no child-level data)',
      )
      .option('--paths <n>', 'forecast Monte Carlo paths (default 500, as the app)'),
  ).action(async (options: DocumentOptions) => {
    const { council, format, asAt } = parsed(options);
    const paths = options.paths === undefined ? 500 : positiveIntOption('--paths', options.paths);
    const narratives = await narrativesOption(options.narratives, STATEMENT_SECTIONS);
    const document = await withDatabase(async (db) => {
      const result = await loadCouncilStatement(db, council.code, {
        asAt,
        // The council forecast as the app makes it (reference by backtest, bands scaled, local costs).
        forecastPaths: paths,
        ...(narratives ? { narratives } : {}),
      });
      if (result.status !== 'ok') throw new CliError(`--council: ${result.message}`);
      return result.document;
    });
    await write(
      document,
      format,
      options.out ?? `statement-${council.code}-${formatIsoDate(asAt)}.${format}`,
    );
  });

  const report = program.command('report').description('Reports from the strategy');
  withDocumentOptions(
    report
      .command('scrutiny')
      .description('The annual progress report to scrutiny: priorities, KPIs against target, actions RAG'),
  ).action(async (options: DocumentOptions) => {
    const { council, format, asAt } = parsed(options);
    const narratives = await narrativesOption(options.narratives, SCRUTINY_SECTIONS);
    const document = await withDatabase((db) =>
      loadScrutinyReport(db, council.code, { asAt, ...(narratives ? { narratives } : {}) }),
    );
    await write(document, format, options.out ?? `scrutiny-${council.code}-${formatIsoDate(asAt)}.${format}`);
  });
}

function withDocumentOptions(command: Command): Command {
  return command
    .requiredOption('--council <code>', 'ONS code or DfE number')
    .requiredOption('--format <format>', 'pdf, docx or html')
    .option('--out <file>', 'where to write it (default: <kind>-<council>-<date>.<format> here)')
    .option(
      '--as-at <dd/mm/yyyy>',
      'the edition date (default today): figures to the last 31 March on or before it',
    )
    .option('--narratives <file.json>', 'the council’s text per section, as {"introduction": "…", …}');
}

function parsed(options: DocumentOptions): {
  council: ReturnType<typeof councilOption>;
  format: Format;
  asAt: EpochDay;
} {
  const council = councilOption(options.council);
  if (!(FORMATS as string[]).includes(options.format))
    throw new CliError(`--format: unknown format "${options.format}" (expected pdf, docx or html)`);
  const asAt = options.asAt === undefined ? todayEpochDay() : ukDateOption('--as-at', options.asAt);
  return { council, format: options.format as Format, asAt };
}

async function narrativesOption(
  file: string | undefined,
  sections: readonly { id: string }[],
): Promise<Record<string, string> | undefined> {
  if (file === undefined) return undefined;
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CliError(`--narratives: cannot read "${file}" as JSON (${(error as Error).message})`);
  }
  if (typeof parsedJson !== 'object' || parsedJson === null || Array.isArray(parsedJson))
    throw new CliError(`--narratives: "${file}" must hold an object of section id → text`);
  const ids = sections.map((s) => s.id);
  for (const [key, value] of Object.entries(parsedJson)) {
    if (!ids.includes(key))
      throw new CliError(
        `--narratives: unknown section "${key}" in "${file}" (expected one of ${ids.join(', ')})`,
      );
    if (typeof value !== 'string') throw new CliError(`--narratives: "${key}" in "${file}" is not text`);
  }
  return parsedJson as Record<string, string>;
}

async function write(document: StatementDocument, format: Format, out: string): Promise<void> {
  let bytes: Uint8Array | string;
  if (format === 'html') bytes = renderHtml(document);
  else if (format === 'docx') bytes = await renderDocx(document);
  else {
    const pdf = await renderPdf(document);
    if (pdf.status !== 'ok') throw new CliError(`--format pdf: ${pdf.message}`);
    bytes = pdf.pdf;
  }
  await writeFile(out, bytes);
  process.stderr.write(
    `${document.title}, ${document.council.name}, ${document.editionLabel}: written to ${out}\n`,
  );
}
