import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { ComparatorFigure, Statistic } from './comparator-figure.ts';
import { ENGLAND_CODE } from './comparator-figure.ts';

/** The England table shipped with the product (figures from DfE's publication; placement mix from an FOI). */
export const ENGLAND_CSV_PATH = new URL('../../../assets/comparators/england.csv', import.meta.url);

const STATISTICS = new Set<Statistic>(['number', 'percentage', 'rate']);

/**
 * The shipped England figures from CSV text (`indicator_id,cell,year,statistic,value,source`; cell as
 * `dimension=value;…`, blank for a headline). Rows that do not parse are reported, not thrown.
 *
 * ### Example
 * ```ts
 * parseEnglandCsv('indicator_id,cell,year,statistic,value,source\nstability.long-term,,2024,percentage,68,DfE')
 * // { figures: [{ indicatorId: 'stability.long-term', cell: {}, year: 2024, value: 68, … }], problems: [] }
 * ```
 */
export function parseEnglandCsv(text: string): { figures: ComparatorFigure[]; problems: string[] } {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true, skipEmptyLines: true });
  const figures: ComparatorFigure[] = [];
  const problems: string[] = [];
  for (const [i, row] of parsed.data.entries()) {
    const where = `england.csv row ${i + 2}`;
    const year = Number(row.year);
    const value = Number(row.value);
    const statistic = row.statistic as Statistic;
    if (!row.indicator_id) {
      problems.push(`${where}, indicator_id: missing (expected an indicator id)`);
      continue;
    }
    if (!Number.isInteger(year)) {
      problems.push(`${where}, year: invalid "${row.year}" (expected yyyy)`);
      continue;
    }
    if (!STATISTICS.has(statistic)) {
      problems.push(`${where}, statistic: invalid "${row.statistic}" (expected number, percentage or rate)`);
      continue;
    }
    if (row.value === '' || !Number.isFinite(value)) {
      problems.push(`${where}, value: invalid "${row.value}" (expected a number)`);
      continue;
    }
    const cell = parseCell(row.cell ?? '');
    figures.push({
      source: row.source || 'shipped England table',
      level: 'national',
      code: ENGLAND_CODE,
      name: 'England',
      year,
      measure: row.indicator_id,
      characteristic: row.cell ?? '',
      statistic,
      value,
      indicatorId: row.indicator_id,
      cell,
    });
  }
  return { figures, problems };
}

/** `sex=M;ageBand=10-15` → `{ sex: 'M', ageBand: '10-15' }`. */
export function parseCell(text: string): Record<string, string> {
  const cell: Record<string, string> = {};
  for (const part of text.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) cell[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return cell;
}

let shipped: ComparatorFigure[] | undefined;

/** The shipped England figures (read once). */
export function englandFigures(): ComparatorFigure[] {
  shipped ??= parseEnglandCsv(readFileSync(ENGLAND_CSV_PATH, 'utf8')).figures;
  return shipped;
}

/**
 * England's figure for one of our indicators, cell and year, if published.
 *
 * ### Example
 * ```ts
 * englandFigure(englandFigures(), 'population.looked-after-at-31-march', 2025)?.value // 81770
 * ```
 */
export function englandFigure(
  figures: readonly ComparatorFigure[],
  indicatorId: string,
  year: number,
  cell: Readonly<Record<string, string>> = {},
): ComparatorFigure | undefined {
  const wanted = cellText(cell);
  return figures.find(
    (f) =>
      f.level === 'national' &&
      f.indicatorId === indicatorId &&
      f.year === year &&
      cellText(f.cell ?? {}) === wanted,
  );
}

/** A cell written one way whatever its property order. */
export function cellText(cell: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.entries(cell).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
