import { z } from 'zod';
import { parseUkDate } from '../../../dates/index.ts';

const ukDate = z
  .string()
  .refine((t) => parseUkDate(t) !== null, { message: 'expected a real date as dd/mm/yyyy, e.g. 31/03/2026' });
const entries = z.enum(['trend', 'flat'], { error: 'expected trend or flat' });

/** What a forecast run may set; the rest has defaults (docs/forecast.md). */
const runFields = {
  from: ukDate.optional().describe('the last day the data speaks for (default: the latest 31 March)'),
  years: z.number().int().min(1).max(10).optional().describe('years ahead (default 5)'),
  paths: z.number().int().min(20).max(5000).optional().describe('Monte Carlo paths (default 1,000)'),
  seed: z.number().int().min(0).max(2_147_483_647).optional().describe('default 1'),
  referenceYears: z.number().int().min(1).max(10).optional().describe('with entries: overrides the backtest'),
  entries: entries.optional(),
  strata: z
    .enum(['uasc', 'uasc-sex'], { error: 'expected uasc or uasc-sex' })
    .optional()
    .describe('groups with rates of their own: UASC status (default) or UASC status and sex'),
  referencePaths: z
    .number()
    .int()
    .min(5)
    .max(500)
    .optional()
    .describe('paths per backtest forecast (default 60)'),
  backtestPaths: z
    .number()
    .int()
    .min(10)
    .max(2000)
    .optional()
    .describe('paths per backtest forecast shown (default 200)'),
};

function bothOrNeither(body: { referenceYears?: number | undefined; entries?: string | undefined }): boolean {
  return (body.referenceYears === undefined) === (body.entries === undefined);
}
const PAIR = { message: 'expected referenceYears and entries together', path: ['entries'] };

export const forecastBodySchema = z
  .object({
    ...runFields,
    scenarioId: z.number().int().positive().optional().describe('a saved scenario'),
    scenario: z.unknown().optional().describe('a scenario in the file format, not saved'),
  })
  .refine(bothOrNeither, PAIR);

export const compareBodySchema = z
  .object({
    ...runFields,
    scenarioIds: z
      .array(z.number().int().positive())
      .min(1)
      .max(6)
      .describe('saved scenarios beside the baseline'),
  })
  .refine(bothOrNeither, PAIR);

export const referenceQuery = z.object({ from: ukDate.optional() });

export const backtestQuery = z
  .object({
    referenceYears: z.coerce.number().int().min(1).max(10).optional(),
    entries: entries.optional(),
    horizons: z
      .string()
      .regex(/^[1-5](,[1-5]){0,4}$/, 'expected years ahead such as 1,2,3')
      .optional()
      .describe('default 1,2,3'),
    paths: z.coerce.number().int().min(10).max(2000).optional(),
  })
  .refine(bothOrNeither, PAIR);

export const forecastJobParams = z.object({
  code: z.string().regex(/^[A-Za-z0-9]{1,20}$/),
  id: z.string().max(64),
});

export const scenarioParams = z.object({
  code: z.string().regex(/^[A-Za-z0-9]{1,20}$/),
  id: z.coerce.number().int().positive(),
});

export const jobAcceptedSchema = z.object({ jobId: z.string() });

export const scenarioSchema = z.object({
  id: z.number(),
  name: z.string(),
  description: z.string(),
  levers: z.array(z.unknown()).describe('in the scenario file format (dates dd/mm/yyyy)'),
  described: z.array(z.string()).describe('one plain-English line per lever'),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});

const byCategory = <T extends z.ZodType>(t: T) =>
  z.object({ fostering: t, residential: t, supported: t, other: t });
const unitCost = z.object({
  inHouse: z.number().min(0).max(100_000),
  external: z.number().min(0).max(100_000),
});

export const costsBodySchema = z.union([
  z.object({
    weekly: byCategory(unitCost).describe('pounds a week per child, in-house and external'),
    inflation: byCategory(z.number().min(-0.2).max(0.5)).describe('a year, e.g. 0.03 for 3%'),
  }),
  z.object({ reset: z.literal(true).describe('back to the defaults') }),
]);

export const costsSchema = z.object({
  weekly: byCategory(unitCost),
  inflation: byCategory(z.number()),
  source: z.string(),
  isDefault: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

/** Large aggregate answers (docs/forecast.md describes them); no child-level data. */
export const forecastResultSchema = z
  .object({ forecast: z.record(z.string(), z.unknown()), backtest: z.record(z.string(), z.unknown()) })
  .describe(
    'the forecast (fans by year, category and age band; costs; reference and assumptions) and its backtest',
  );
export const comparisonSchema = z
  .object({ baseline: z.record(z.string(), z.unknown()), scenarios: z.array(z.unknown()) })
  .describe('baseline and scenarios with the same seed');
export const looseSchema = z.record(z.string(), z.unknown());
