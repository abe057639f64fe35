import Papa from 'papaparse';
import type { ComparatorFigure, ComparatorFlag, GeographicLevel, Statistic } from './comparator-figure.ts';
import { indicatorForDfe } from './dfe-mapping.ts';

const LEVELS: Record<string, GeographicLevel> = {
  national: 'national',
  regional: 'regional',
  'local authority': 'local-authority',
};

/** DfE's symbols; `low` (a share under 0.5%) is their older spelling of `k`. */
const FLAGS: Record<string, ComparatorFlag> = { c: 'c', k: 'k', low: 'k', z: 'z', x: 'x' };

/** The value columns of each DfE layout: 2024 and before, and the 2025 layout. */
const VALUE_COLUMNS: [string, Statistic][] = [
  ['number', 'number'],
  ['percentage', 'percentage'],
  ['children_count', 'number'],
  ['children_percent', 'percentage'],
];

export interface DfeCsvResult {
  figures: ComparatorFigure[];
  /** Rows skipped, each as "file row N, column: what was wrong (expected …)". */
  problems: string[];
}

/**
 * The figures in one of DfE's "Children looked after in England" CSV tables (explore-education-statistics
 * layout: `time_period, time_identifier, geographic_level, country_code, country_name, region_code,
 * region_name, old_la_code, la_name, new_la_code`, then either `cla_group, characteristic, number,
 * percentage` or, from 2025, `characteristic, breakdown, children_count, children_percent`). National,
 * regional and council rows are all kept; `c`/`k`/`z`/`x` (and `low`) become flags with no value.
 * Figures whose definition matches one of our indicators carry its id and cell.
 *
 * ### Example
 * ```ts
 * parseDfeCsv(text, 'cla_on_31_march_by_characteristics.csv').figures[0]
 * // { level: 'national', code: 'E92000001', year: 2024, measure: 'Age group', characteristic: 'Total', … }
 * ```
 */
export function parseDfeCsv(text: string, source: string): DfeCsvResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, '').trim(), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const columns = parsed.meta.fields ?? [];
  const problems: string[] = [];
  const missing = ['time_period', 'geographic_level'].filter((c) => !columns.includes(c));
  const values = VALUE_COLUMNS.filter(([c]) => columns.includes(c));
  if (missing.length > 0 || values.length === 0) {
    const absent = [...missing, ...(values.length === 0 ? ['number or children_count'] : [])];
    return {
      figures: [],
      problems: [`${source}: missing column ${absent.join(', ')} (expected a DfE CSV table)`],
    };
  }
  const twentyFive = columns.includes('breakdown');
  const figures: ComparatorFigure[] = [];
  for (const [i, row] of parsed.data.entries()) {
    const where = `${source} row ${i + 2}`;
    const place = placeOf(row);
    if (typeof place === 'string') {
      problems.push(`${where}, ${place}`);
      continue;
    }
    const year = yearOf(row.time_period ?? '');
    if (year === null) {
      problems.push(`${where}, time_period: invalid "${row.time_period}" (expected yyyy or yyyyyy)`);
      continue;
    }
    const measure = (twentyFive ? row.characteristic : row.cla_group) ?? '';
    const characteristic = (twentyFive ? row.breakdown : row.characteristic) ?? '';
    for (const [column, statistic] of values) {
      const cell = readValue(row[column] ?? '');
      if (cell === undefined) continue;
      if (cell === null) {
        problems.push(`${where}, ${column}: invalid "${row[column]}" (expected a number or c, k, z, x)`);
        continue;
      }
      const figure: ComparatorFigure = {
        source,
        ...place,
        year,
        measure,
        characteristic,
        statistic,
        ...cell,
      };
      const mapped = indicatorForDfe(measure, characteristic, statistic);
      if (mapped) Object.assign(figure, mapped);
      figures.push(figure);
    }
  }
  return { figures, problems };
}

type Place = Pick<ComparatorFigure, 'level' | 'code' | 'name'>;

/** The geography of a row, or what is wrong with it. */
function placeOf(row: Record<string, string>): Place | string {
  const level = LEVELS[(row.geographic_level ?? '').trim().toLowerCase()];
  if (!level) {
    return `geographic_level: unknown "${row.geographic_level}" (expected National, Regional or Local authority)`;
  }
  const [codeColumn, nameColumn] =
    level === 'national'
      ? ['country_code', 'country_name']
      : level === 'regional'
        ? ['region_code', 'region_name']
        : ['new_la_code', 'la_name'];
  const code = (row[codeColumn] ?? '').trim();
  if (!code) return `${codeColumn}: missing (expected an ONS code)`;
  return { level, code, name: (row[nameColumn] ?? '').trim() || null };
}

/** 2024 → 2024; 202324 (a two-year label) → 2024, the year its 31 March falls in. */
function yearOf(text: string): number | null {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  if (/^\d{6}$/.test(t)) return Number(t.slice(0, 4)) + 1;
  return null;
}

/** A figure's value: undefined when blank (no figure), null when unreadable. */
function readValue(text: string): Pick<ComparatorFigure, 'value' | 'flag'> | null | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const flag = FLAGS[t.toLowerCase()];
  if (flag) return { value: flag === 'k' ? 0 : null, flag };
  const value = Number(t.replace(/,/g, ''));
  return Number.isFinite(value) ? { value } : null;
}
