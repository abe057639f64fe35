import { z } from 'zod';
import { councilRefSchema } from '../common-schema.ts';

export const councilListSchema = z.array(
  z.object({
    code: z.string(),
    name: z.string(),
    region: z.string().nullable(),
    years: z.array(z.number().int()),
  }),
);

export const overviewYearSchema = z.object({
  collectionYear: z.number().int(),
  label: z.string().describe('e.g. 2024/25'),
  lookedAfterDuringYear: z.number().int(),
  lookedAfterAtCensus: z.number().int().describe('looked after at 31 March, not on a short break'),
  startedInYear: z.number().int().optional(),
  ceasedInYear: z.number().int().optional(),
});

export const councilOverviewSchema = z.object({
  council: councilRefSchema,
  years: z.array(overviewYearSchema),
  latest: overviewYearSchema.nullable(),
});

const pooledYearSchema = overviewYearSchema.extend({
  councilsWithData: z.number().int().describe('how many of the pooled councils have data for the year'),
});

export const regionOverviewSchema = z.object({
  councils: z.array(councilRefSchema),
  years: z.array(pooledYearSchema),
  latest: pooledYearSchema.nullable(),
  perCouncil: z.array(councilOverviewSchema),
});
