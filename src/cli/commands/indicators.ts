import type { Command } from 'commander';
import { councilSettings, councilTimelines, populationForYear } from '../../app/index.ts';
import { collectionYearLabel } from '../../dates/index.ts';
import { discloseIndicator, type PublicIndicator } from '../../indicators/disclosure/index.ts';
import {
  computeIndicators,
  type Indicator,
  type IndicatorCell,
  THEME_TITLES,
  THEMES,
  type Theme,
  withoutChildIds,
} from '../../indicators/index.ts';
import { CliError } from '../cli-error.ts';
import { csvLine } from '../csv-line.ts';
import { withDatabase } from '../database.ts';
import { collectionYearOption, councilOption } from '../options.ts';

interface IndicatorOptions {
  council: string;
  year: string;
  theme?: string;
  json?: boolean;
  csv?: boolean;
  withChildren?: boolean;
  public?: boolean;
}

export function registerIndicatorsCommand(program: Command): void {
  program
    .command('indicators')
    .description('Compute the sufficiency indicators of a council for one collection year')
    .requiredOption('--council <code>', 'ONS code or DfE number')
    .requiredOption('--year <YYYY>', 'collection year (the year it ends: 2025 = 2024/25)')
    .option('--theme <theme>', `only one theme: ${THEMES.join(', ')}`)
    .option('--json', 'print JSON instead of text')
    .option('--csv', 'print CSV, one row per cell')
    .option(
      '--with-children',
      'include the child identifiers behind each count (personal data: never for publication)',
    )
    .option(
      '--public',
      'as a published statement shows them: small numbers suppressed (c), and k, z, x as DfE marks them',
    )
    .action(async (options: IndicatorOptions) => {
      if (options.public && options.withChildren)
        throw new CliError(
          '--public: cannot be combined with --with-children (child ids are never published)',
        );
      const council = councilOption(options.council);
      const collectionYear = collectionYearOption(options.year);
      const theme = themeOption(options.theme);
      const all = await withDatabase(async (db) => {
        const settings = await councilSettings(db, council.code);
        const mapping = settings.categoryMappingIsDefault ? undefined : settings.categoryMapping;
        const timelines = await councilTimelines(db, council.code, mapping);
        if (timelines.length === 0)
          throw new CliError(`--council: ${council.name} (${council.code}) has no active imports`);
        const population0to17 = populationForYear(settings.populationUnder18, collectionYear);
        return computeIndicators({
          timelines,
          councilCode: council.code,
          collectionYear,
          ...(population0to17 !== undefined ? { population0to17 } : {}),
        });
      });
      const inTheme = all.filter((i) => theme === undefined || i.theme === theme);
      if (options.public) {
        const published = inTheme.map((i) => discloseIndicator(i));
        if (options.json) process.stdout.write(`${JSON.stringify(published, null, 2)}\n`);
        else if (options.csv) process.stdout.write(publicIndicatorsCsv(published));
        else
          process.stdout.write(
            publicIndicatorsText(published, `${council.name} (${council.code})`, collectionYear),
          );
        return;
      }
      const chosen = inTheme.map((i) => (options.withChildren ? i : withoutChildIds(i)));
      if (options.json) process.stdout.write(`${JSON.stringify(chosen, null, 2)}\n`);
      else if (options.csv) process.stdout.write(indicatorsCsv(chosen, options.withChildren === true));
      else process.stdout.write(indicatorsText(chosen, `${council.name} (${council.code})`, collectionYear));
    });
}

function themeOption(value: string | undefined): Theme | undefined {
  if (value === undefined) return undefined;
  if ((THEMES as string[]).includes(value)) return value as Theme;
  throw new CliError(`--theme: unknown theme "${value}" (expected one of ${THEMES.join(', ')})`);
}

/** `sex=M; ageBand=10-15`, or `total` for the headline/grand-total cell; display labels unless `raw`. */
export function cellKeyLabel(
  indicator: Pick<Indicator, 'dimensions' | 'labels'>,
  cell: Pick<IndicatorCell, 'key'>,
  raw = false,
): string {
  const parts = indicator.dimensions
    .filter((d) => cell.key[d] !== undefined)
    .map((d) => {
      const value = cell.key[d] as string;
      return `${d}=${raw ? value : (indicator.labels?.[d]?.[value] ?? value)}`;
    });
  return parts.length === 0 ? 'total' : parts.join('; ');
}

/** A figure with its unit, e.g. `12.5%`, `71 per 10,000`, `230 days`; unknown as `unknown`. */
export function formatFigure(value: number | null | undefined, unit: Indicator['unit']): string {
  if (value === null || value === undefined) return 'unknown';
  const n = Number.isInteger(value) ? value.toLocaleString('en-GB') : value.toFixed(1);
  switch (unit) {
    case 'percent':
      return `${n}%`;
    case 'rate-per-10000':
      return `${n} per 10,000`;
    default:
      return `${n} ${unit}`;
  }
}

/** Text grouped by theme: each indicator, its cells, England's figure and the unknowns. */
export function indicatorsText(indicators: readonly Indicator[], councilName: string, year: number): string {
  if (indicators.length === 0) return `No indicators for ${councilName}, ${collectionYearLabel(year)}.\n`;
  const lines = [`Sufficiency indicators: ${councilName}, ${collectionYearLabel(year)}`];
  for (const theme of THEMES) {
    const inTheme = indicators.filter((i) => i.theme === theme);
    if (inTheme.length === 0) continue;
    lines.push('', `== ${THEME_TITLES[theme]} ==`);
    for (const i of inTheme) {
      const england =
        i.england !== undefined && i.england !== null ? ` (England ${formatFigure(i.england, i.unit)})` : '';
      lines.push(`${i.title}${england}`);
      for (const cell of i.cells) {
        const base =
          cell.numerator !== undefined && cell.denominator !== undefined
            ? ` (${cell.numerator} of ${cell.denominator})`
            : '';
        const why = cell.value === null && cell.unknownReason ? ` — ${cell.unknownReason}` : '';
        lines.push(`  ${cellKeyLabel(i, cell)}: ${formatFigure(cell.value, i.unit)}${base}${why}`);
      }
      if (i.unknown && i.unknown.count > 0) lines.push(`  unknown: ${i.unknown.count} (${i.unknown.reason})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const CSV_COLUMNS = [
  'theme',
  'id',
  'title',
  'collectionYear',
  'unit',
  'cell',
  'value',
  'numerator',
  'denominator',
  'england',
  'unknownReason',
];

/** One row per cell; `childIds` (space-separated) only when asked for. */
export function indicatorsCsv(indicators: readonly Indicator[], withChildren: boolean): string {
  const lines = [csvLine(withChildren ? [...CSV_COLUMNS, 'childIds'] : CSV_COLUMNS)];
  for (const i of indicators) {
    for (const cell of i.cells) {
      const row = [
        i.theme,
        i.id,
        i.title,
        i.collectionYear,
        i.unit,
        cellKeyLabel(i, cell, true),
        cell.value,
        cell.numerator,
        cell.denominator,
        i.england,
        cell.unknownReason,
      ];
      if (withChildren) row.push((cell.childIds ?? []).join(' '));
      lines.push(csvLine(row));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A published figure with its unit (`12%`, `71 per 10,000`), or its DfE mark (`c`, `k`, `z`, `x`) alone. */
function publishedFigure(
  cell: { display: string; value: number | null; flag?: string },
  unit: Indicator['unit'],
): string {
  if (cell.flag) return cell.flag;
  return formatFigure(cell.value, unit);
}

/** Text as a published statement shows the figures: disclosure-controlled, no child ids, no numerators. */
export function publicIndicatorsText(
  indicators: readonly PublicIndicator[],
  councilName: string,
  year: number,
): string {
  if (indicators.length === 0) return `No indicators for ${councilName}, ${collectionYearLabel(year)}.\n`;
  const lines = [
    `Sufficiency indicators as published: ${councilName}, ${collectionYearLabel(year)}`,
    'c suppressed to protect confidentiality (counts of 1 to 5, percentages, rates and medians of fewer than 10,',
    'and figures that would reveal them); k a figure that rounds to 0; z not applicable (no base); x not available.',
  ];
  for (const theme of THEMES) {
    const inTheme = indicators.filter((i) => i.theme === theme);
    if (inTheme.length === 0) continue;
    lines.push('', `== ${THEME_TITLES[theme]} ==`);
    for (const i of inTheme) {
      const england =
        i.england !== undefined && i.england !== null ? ` (England ${formatFigure(i.england, i.unit)})` : '';
      lines.push(`${i.title}${england}`);
      for (const cell of i.cells) lines.push(`  ${cellKeyLabel(i, cell)}: ${publishedFigure(cell, i.unit)}`);
      if (i.unknown && i.unknown.count !== 0)
        lines.push(`  unknown: ${i.unknown.display} (${i.unknown.reason})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** One row per published cell: the figure as printed and its mark. */
export function publicIndicatorsCsv(indicators: readonly PublicIndicator[]): string {
  const lines = [
    csvLine(['theme', 'id', 'title', 'collectionYear', 'unit', 'cell', 'value', 'flag', 'england']),
  ];
  for (const i of indicators) {
    for (const cell of i.cells) {
      lines.push(
        csvLine([
          i.theme,
          i.id,
          i.title,
          i.collectionYear,
          i.unit,
          cellKeyLabel(i, cell, true),
          cell.value,
          cell.flag,
          i.england,
        ]),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
