import { z } from 'zod';
import { formatUkDate, parseUkDate } from '../dates/index.ts';
import type { Scenario, ScenarioLever } from '../forecast/index.ts';

const CATEGORIES = ['fostering', 'residential', 'supported', 'other'] as const;

const ukDate = z
  .string({ error: 'expected a date as dd/mm/yyyy' })
  .refine((text) => parseUkDate(text) !== null, { message: 'expected a real date as dd/mm/yyyy' });
const age = z
  .number({ error: 'expected a whole number of years from 0 to 17' })
  .int('expected a whole number of years from 0 to 17')
  .min(0, 'expected a whole number of years from 0 to 17')
  .max(17, 'expected a whole number of years from 0 to 17');
const category = z.enum(CATEGORIES, { error: `expected one of ${CATEGORIES.join(', ')}` });

/** "+10 a month aged 10–15 into residential from 01/10/2026". */
const extraEntries = z.object({
  kind: z.literal('extra-entries'),
  perMonth: z
    .number({ error: 'expected a number of children a month' })
    .min(0.1, 'expected at least 0.1 a month')
    .max(1000, 'expected at most 1,000 a month'),
  ageFrom: age,
  ageTo: age,
  category,
  uasc: z.boolean({ error: 'expected true or false' }).default(false),
  from: ukDate,
});

/** "UASC arrivals +30% from 01/04/2026". */
const entriesChange = z.object({
  kind: z.literal('entries-change'),
  percent: z
    .number({ error: 'expected a percentage such as 30 or -10' })
    .min(-100, 'expected -100 or more (entries cannot fall below none)')
    .max(1000, 'expected at most 1000'),
  uasc: z.boolean({ error: 'expected true, false or null (everyone)' }).nullable().default(null),
  ageFrom: age.default(0),
  ageTo: age.default(17),
  from: ukDate,
});

/** "Entries are 25 a month from 01/04/2027" (in place of the reference period's level and trend). */
const entriesLevel = z.object({
  kind: z.literal('entries-level'),
  perMonth: z
    .number({ error: 'expected a number of children a month' })
    .min(0, 'expected 0 or more a month')
    .max(5000, 'expected at most 5,000 a month'),
  from: ukDate,
});

/** "20% of children in residential move to fostering after 6 months, from 01/04/2026". */
const stepDown = z.object({
  kind: z.literal('step-down'),
  from: category,
  to: category,
  percent: z
    .number({ error: 'expected a percentage from 0 to 100' })
    .min(0, 'expected a percentage from 0 to 100')
    .max(100, 'expected a percentage from 0 to 100'),
  afterMonths: z
    .number({ error: 'expected a number of months' })
    .min(0, 'expected 0 months or more')
    .max(120, 'expected at most 120 months'),
  starts: ukDate,
});

/** "6-bed in-house home opens 01/10/2026" or "12 more in-house carers a year from 01/04/2026". */
const inHouseCapacity = z.object({
  kind: z.literal('in-house-capacity'),
  category,
  places: z
    .number({ error: 'expected a whole number of places' })
    .int('expected a whole number of places')
    .min(1, 'expected at least 1 place')
    .max(1000, 'expected at most 1,000 places'),
  opens: ukDate,
  yearly: z.boolean({ error: 'expected true (every year) or false (once)' }).default(false),
});

/** "Rates from the 3 years before the forecast start, entries flat". */
const referencePeriod = z.object({
  kind: z.literal('reference-period'),
  referenceYears: z
    .number({ error: 'expected a whole number of years from 1 to 10' })
    .int('expected a whole number of years from 1 to 10')
    .min(1, 'expected a whole number of years from 1 to 10')
    .max(10, 'expected a whole number of years from 1 to 10'),
  entries: z.enum(['trend', 'flat'], { error: 'expected trend or flat' }),
});

const LEVER_KINDS = [
  'extra-entries',
  'entries-change',
  'entries-level',
  'step-down',
  'in-house-capacity',
  'reference-period',
] as const;

/** One lever as written in a scenario file or sent to the API: dates as dd/mm/yyyy. */
export const scenarioLeverSchema = z
  .discriminatedUnion(
    'kind',
    [extraEntries, entriesChange, entriesLevel, stepDown, inHouseCapacity, referencePeriod],
    {
      error: `expected kind to be one of ${LEVER_KINDS.join(', ')}`,
    },
  )
  .superRefine((lever, ctx) => {
    if ((lever.kind === 'extra-entries' || lever.kind === 'entries-change') && lever.ageFrom > lever.ageTo)
      ctx.addIssue({
        code: 'custom',
        path: ['ageTo'],
        message: `expected ${lever.ageFrom} or more (ageFrom)`,
      });
    if (lever.kind === 'step-down' && lever.from === lever.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'expected a different category than from' });
  });

/** A scenario file: `{ name, description?, levers: [...] }` (docs/forecast.md). */
export const scenarioFileSchema = z.object({
  name: z
    .string({ error: 'expected a name' })
    .trim()
    .min(1, 'expected a name')
    .max(120, 'expected at most 120 characters'),
  description: z
    .string({ error: 'expected text' })
    .max(1000, 'expected at most 1,000 characters')
    .default(''),
  levers: z
    .array(scenarioLeverSchema, { error: 'expected a list of levers' })
    .max(20, 'expected at most 20 levers'),
});

export type ScenarioFile = z.output<typeof scenarioFileSchema>;
export type ScenarioLeverFile = z.output<typeof scenarioLeverSchema>;

/** A problem in a scenario file: where (e.g. `levers[0].from`), the value found and what was expected. */
export interface ScenarioProblem {
  field: string;
  value: string;
  message: string;
}

export type ScenarioParse =
  | { status: 'ok'; file: ScenarioFile; scenario: Scenario }
  | { status: 'invalid'; problems: ScenarioProblem[] };

/**
 * Reads a scenario (parsed JSON) into the model's `Scenario`, or lists every problem with its field, the
 * value and what was expected.
 *
 * ### Example
 * ```ts
 * parseScenarioFile({ name: 'More UASC', levers: [{ kind: 'entries-change', percent: 30, uasc: true, from: '01/04/2026' }] })
 * ```
 */
export function parseScenarioFile(input: unknown): ScenarioParse {
  const parsed = scenarioFileSchema.safeParse(input);
  if (!parsed.success) {
    return {
      status: 'invalid',
      problems: parsed.error.issues.map((issue) => ({
        field: fieldName(issue.path),
        value: valueAt(input, issue.path),
        message: issue.message,
      })),
    };
  }
  return { status: 'ok', file: parsed.data, scenario: scenarioFromFile(parsed.data) };
}

/** `levers[0].from: invalid value "31/02/2026" (expected a real date as dd/mm/yyyy)` for each problem. */
export function scenarioProblemText(problem: ScenarioProblem): string {
  const found = problem.value === '(missing)' ? 'missing' : `invalid value ${problem.value}`;
  return `${problem.field}: ${found} (${problem.message})`;
}

/** The model's scenario from a validated file (dates to epoch days). */
export function scenarioFromFile(file: ScenarioFile): Scenario {
  return {
    name: file.name,
    ...(file.description ? { description: file.description } : {}),
    levers: file.levers.map(leverFromFile),
  };
}

function day(text: string): number {
  return parseUkDate(text) as number;
}

function leverFromFile(lever: ScenarioLeverFile): ScenarioLever {
  switch (lever.kind) {
    case 'extra-entries':
      return { ...lever, from: day(lever.from) };
    case 'entries-change':
    case 'entries-level':
      return { ...lever, from: day(lever.from) };
    case 'step-down':
      return { ...lever, starts: day(lever.starts) };
    case 'in-house-capacity':
      return { ...lever, opens: day(lever.opens) };
    case 'reference-period':
      return lever;
  }
}

/** A scenario as its file (dates as dd/mm/yyyy), e.g. to save or print. */
export function scenarioToFile(scenario: Scenario): ScenarioFile {
  return {
    name: scenario.name,
    description: scenario.description ?? '',
    levers: scenario.levers.map(leverToFile),
  };
}

function leverToFile(lever: ScenarioLever): ScenarioLeverFile {
  switch (lever.kind) {
    case 'extra-entries':
      return { ...lever, from: formatUkDate(lever.from) };
    case 'entries-change':
    case 'entries-level':
      return { ...lever, from: formatUkDate(lever.from) };
    case 'step-down':
      return { ...lever, starts: formatUkDate(lever.starts) };
    case 'in-house-capacity':
      return { ...lever, opens: formatUkDate(lever.opens) };
    case 'reference-period':
      return lever;
  }
}

function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the file)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): string {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return '(missing)';
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  if (value === undefined) return '(missing)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
