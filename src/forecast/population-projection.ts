import Papa from 'papaparse';
import { AGE_BANDS, type AgeBand, ageBand } from '../care/index.ts';
import { calendarDate, type EpochDay } from '../dates/index.ts';

/** Projected children (persons aged 0–17) of one area by mid-year: `byAge[age]` for ages 0–17. */
export interface ChildPopulation {
  /** Mid-years (30 June) covered, ascending. */
  years: number[];
  /** byYear[year][age]: persons of that single year of age at mid-year. */
  byYear: Record<number, number[]>;
}

/** One problem with a projections file, in the words of the 903 findings: where, what, and the fix. */
export interface ProjectionProblem {
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

export type ProjectionRead =
  | { ok: true; areas: Map<string, ChildPopulation> }
  | { ok: false; problems: ProjectionProblem[] };

const REQUIRED = ['AREA_CODE', 'AGE_GROUP'] as const;

/**
 * Reads ONS sub-national population projections in their published CSV form ("… SNPP population
 * persons.csv": AREA_CODE, AREA_NAME, COMPONENT, SEX, AGE_GROUP, then one column per mid-year). Keeps the
 * persons rows (or adds males and females when the file has only those) of ages 0–17, per area.
 * Column names are matched without regard to case; anything else a file holds is ignored.
 */
export function readPopulationProjection(text: string): ProjectionRead {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  if (!header)
    return fail(null, null, null, 'The file is empty: expected the ONS projections CSV with a header row.');
  const names = header.map((h) => h.trim().toUpperCase());
  for (const column of REQUIRED) {
    if (!names.includes(column)) {
      return fail(
        1,
        column,
        null,
        `Column ${column} is missing: expected the ONS layout (AREA_CODE, …, AGE_GROUP, 2022, 2023, …).`,
      );
    }
  }
  const area = names.indexOf('AREA_CODE');
  const age = names.indexOf('AGE_GROUP');
  const sex = names.indexOf('SEX');
  const yearColumns = names
    .map((n, i) => ({ year: Number(n), i }))
    .filter((c) => /^\d{4}$/.test(names[c.i] ?? ''));
  if (yearColumns.length === 0) {
    return fail(
      1,
      null,
      null,
      'No year columns (e.g. 2022, 2023) found: expected one column per projected mid-year.',
    );
  }
  const persons = new Map<string, ChildPopulation>();
  const bySex = new Map<string, ChildPopulation>();
  const problems: ProjectionProblem[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    const ageText = (row[age] ?? '').trim();
    if (!/^\d+$/.test(ageText)) return; // "All ages", "90 and over": not children
    const years = Number(ageText);
    if (years > 17) return;
    const sexText = sex >= 0 ? (row[sex] ?? '').trim().toLowerCase() : 'persons';
    const target = sexText === 'persons' || sexText === 'all' || sexText === '0' ? persons : bySex;
    const code = (row[area] ?? '').trim();
    let population = target.get(code);
    if (!population) {
      population = { years: yearColumns.map((c) => c.year), byYear: {} };
      for (const c of yearColumns) population.byYear[c.year] = new Array<number>(18).fill(0);
      target.set(code, population);
    }
    for (const c of yearColumns) {
      const raw = (row[c.i] ?? '').trim().replace(/,/g, '');
      const value = Number(raw);
      if (raw === '' || !Number.isFinite(value) || value < 0) {
        problems.push({
          row: line,
          column: String(c.year),
          value: raw,
          message: 'Expected a number of persons (0 or more).',
        });
        continue;
      }
      (population.byYear[c.year] as number[])[years] =
        ((population.byYear[c.year] as number[])[years] as number) + value;
    }
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 50) };
  // Areas with persons rows use them; areas with only male and female rows use their sum.
  for (const [code, population] of bySex) if (!persons.has(code)) persons.set(code, population);
  if (persons.size === 0) return fail(null, 'AGE_GROUP', null, 'No rows for ages 0 to 17 were found.');
  return { ok: true, areas: persons };
}

function fail(
  row: number | null,
  column: string | null,
  value: string | null,
  message: string,
): ProjectionRead {
  return { ok: false, problems: [{ row, column, value, message }] };
}

/** A council's children: its own row, or the sum of its districts' (county councils), else null. */
export function councilPopulation(
  areas: ReadonlyMap<string, ChildPopulation>,
  councilCode: string,
  districts: readonly string[],
): ChildPopulation | null {
  const own = areas.get(councilCode);
  if (own) return own;
  const parts = districts.map((d) => areas.get(d)).filter((p): p is ChildPopulation => p !== undefined);
  if (parts.length === 0) return null;
  const years = (parts[0] as ChildPopulation).years.filter((y) => parts.every((p) => p.byYear[y]));
  const byYear: Record<number, number[]> = {};
  for (const y of years) {
    byYear[y] = Array.from({ length: 18 }, (_, a) =>
      parts.reduce((s, p) => s + ((p.byYear[y] as number[])[a] as number), 0),
    );
  }
  return { years, byYear };
}

/** Persons of an age band at a day: mid-year figures, linear between mid-years, held flat beyond them. */
export function bandPopulationOn(population: ChildPopulation, band: AgeBand, on: EpochDay): number {
  const c = calendarDate(on);
  const t = c.year + (c.month - 7 + (c.day - 1) / 31) / 12; // mid-year = 1 July, near enough
  const years = population.years;
  const at = (year: number) => {
    const ages = population.byYear[year] as number[];
    let sum = 0;
    for (let a = 0; a < 18; a++) if (ageBand(a) === band) sum += ages[a] as number;
    return sum;
  };
  if (years.length === 0) return 0;
  if (t <= (years[0] as number)) return at(years[0] as number);
  if (t >= (years[years.length - 1] as number)) return at(years[years.length - 1] as number);
  const lower = Math.floor(t);
  const w = t - lower;
  return (1 - w) * at(lower) + w * at(lower + 1);
}

/**
 * The population as an exposure for entries: entries of an age band scale with its projected children
 * relative to the reference period's average, factor = population(band, day) ÷ mean population(band) over
 * the reference period's mid-months. A band with no population in the reference period is left as it is.
 */
export function populationEntryFactor(
  population: ChildPopulation,
  referenceFrom: EpochDay,
  origin: EpochDay,
): (band: AgeBand, on: EpochDay) => number {
  const base = new Map<AgeBand, number>();
  for (const band of AGE_BANDS) {
    let sum = 0;
    let n = 0;
    for (let d = referenceFrom + 15; d <= origin; d += 30) {
      sum += bandPopulationOn(population, band, d);
      n += 1;
    }
    base.set(band, n > 0 ? sum / n : 0);
  }
  return (band, on) => {
    const reference = base.get(band) ?? 0;
    return reference > 0 ? bandPopulationOn(population, band, on) / reference : 1;
  };
}
