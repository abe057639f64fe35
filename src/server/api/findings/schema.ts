import { z } from 'zod';
import { findingFieldsSchema, pageQuery } from '../common-schema.ts';

const filters = {
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  severity: z.enum(['structural', 'content']).optional(),
  code: z.string().max(60).optional(),
  q: z.string().max(200).optional(),
};

export const findingsQuery = z.object({ ...filters, ...pageQuery });
export const findingsExportQuery = z.object({ ...filters, format: z.enum(['csv', 'xlsx']).default('csv') });

export const findingSchema = findingFieldsSchema.extend({
  id: z.number(),
  batchId: z.number(),
  collectionYear: z.number(),
});

export const findingsPageSchema = z.object({
  findings: z.array(findingSchema),
  total: z.number().int(),
  codes: z.array(z.object({ code: z.string(), count: z.number().int() })),
});
