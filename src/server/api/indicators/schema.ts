import { z } from 'zod';
import { councilRefSchema } from '../common-schema.ts';

const THEME = z.enum([
  'population',
  'profile',
  'placements',
  'location',
  'stability',
  'durations',
  'first-placement',
  'uasc',
  'specific-needs',
  'unregistered',
  'equality',
]);

const year = z.coerce.number().int().min(2000).max(2100);

const VIEW = z
  .enum(['full', 'public'])
  .default('full')
  .describe('public: as a published statement shows them, small numbers suppressed (c, k, z, x)');

export const indicatorsQuery = z.object({
  year: year.optional().describe('collection year (2025 = 2024/25); default the latest loaded'),
  theme: THEME.optional(),
  view: VIEW,
});

export const indicatorsExportQuery = indicatorsQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

/** `?cell=` — a cell key as JSON, e.g. `{"sex":"M"}`; `{}` is the headline or grand total. */
const cellQuery = z
  .string()
  .max(500)
  .default('{}')
  .describe('the cell key as JSON, e.g. {"sex":"M"}; {} for the total');

export const trendQuery = z.object({ id: z.string().min(1).max(120), cell: cellQuery, view: VIEW });

export const drilldownParams = z.object({
  code: z.string().regex(/^[A-Za-z0-9]{1,20}$/),
  id: z.string().min(1).max(120),
});
export const drilldownQuery = z.object({ year: year.optional(), cell: cellQuery });

const FLAG = z
  .enum(['c', 'k', 'z', 'x'])
  .describe('c suppressed (small numbers), k non-zero that rounds to 0, z not applicable, x not available');

const comparatorsSchema = z
  .object({
    england: z.number().nullable(),
    englandSource: z.string().optional(),
    region: z.number().nullable(),
    neighboursMean: z.number().nullable(),
    neighbours: z.array(
      z.object({ code: z.string(), name: z.string(), value: z.number().nullable(), flag: FLAG.optional() }),
    ),
  })
  .describe('published figures for the same definition, cell and year');

const cellSchema = z.object({
  key: z.record(z.string(), z.string()),
  value: z.number().nullable(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  unknownReason: z.string().optional(),
  display: z.string().optional().describe('public view: the figure as printed, or its flag'),
  flag: FLAG.optional(),
  comparators: comparatorsSchema.optional(),
});

export const indicatorSchema = z.object({
  id: z.string(),
  theme: THEME,
  title: z.string(),
  definition: z.string(),
  unit: z.string(),
  collectionYear: z.number().int(),
  dimensions: z.array(z.string()),
  labels: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  cells: z.array(cellSchema),
  unknown: z
    .object({
      count: z.number().int().nullable(),
      reason: z.string(),
      display: z.string().optional(),
      flag: FLAG.optional(),
    })
    .optional(),
  england: z.number().nullable().optional(),
  disclosure: z
    .object({
      threshold: z.number().int(),
      minBase: z.number().int(),
      rounding: z.number().int(),
      secondary: z.number().int(),
    })
    .optional()
    .describe('public view: the rules applied, for a footnote'),
});

export const indicatorsSchema = z.object({
  council: councilRefSchema,
  collectionYear: z.number().int().nullable(),
  label: z.string().nullable(),
  years: z.array(z.number().int()).describe('collection years loaded'),
  view: z.enum(['full', 'public']),
  indicators: z.array(indicatorSchema),
});

export const trendSchema = z.object({
  council: councilRefSchema,
  indicator: indicatorSchema.omit({ cells: true, collectionYear: true }),
  cell: z.record(z.string(), z.string()),
  view: z.enum(['full', 'public']),
  points: z.array(
    z.object({
      collectionYear: z.number().int(),
      label: z.string(),
      value: z.number().nullable(),
      numerator: z.number().optional(),
      denominator: z.number().optional(),
      display: z.string().optional(),
      flag: FLAG.optional(),
      england: z.number().nullable(),
    }),
  ),
});

export const drilldownSchema = z.object({
  council: councilRefSchema,
  indicator: z.object({ id: z.string(), title: z.string() }),
  collectionYear: z.number().int(),
  cell: z.record(z.string(), z.string()),
  children: z.array(
    z.object({ childId: z.string(), sex: z.string().nullable(), ageAtCensus: z.number().int().nullable() }),
  ),
});
