import { z } from 'zod';

/** The form fields of an upload (files come as `files[]` parts). */
export const uploadFieldsSchema = z.object({
  year: z.coerce
    .number({ error: 'expected a collection year such as 2025 (for 2024/25)' })
    .int()
    .min(2000, 'expected a collection year such as 2025 (for 2024/25)')
    .max(2100, 'expected a collection year such as 2025 (for 2024/25)'),
  asAt: z
    .string()
    .regex(/^\d{2}\/\d{2}\/\d{4}$/, 'expected a date as dd/mm/yyyy')
    .optional(),
  allowPartial: z.enum(['true', 'false']).optional(),
});

export const jobAcceptedSchema = z.object({ jobId: z.string().uuid() });

const fileSummarySchema = z.object({
  name: z.string(),
  sha256: z.string(),
  bytes: z.number(),
  rows: z.number().optional(),
});

export const batchSchema = z.object({
  id: z.number().int(),
  collectionYear: z.number().int(),
  label: z.string(),
  kind: z.enum(['return', 'in-year']),
  asAt: z.string().describe('yyyy-mm-dd'),
  status: z.enum(['active', 'superseded', 'rejected']),
  importedBy: z.string(),
  importedAt: z.string(),
  restoredBy: z.string().nullable(),
  restoredAt: z.string().nullable(),
  supersededBy: z.number().int().nullable(),
  files: z.array(fileSummarySchema),
  rowCounts: z.record(z.string(), z.number()),
  structuralFindings: z.number().int(),
  contentFindings: z.number().int(),
  rowsSetAside: z.number().int(),
});

export const batchIdParams = z.object({ id: z.coerce.number().int().positive() });

export const restoreResultSchema = z.object({
  batchId: z.number().int(),
  supersededBatchId: z.number().int().optional(),
});
