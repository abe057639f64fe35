import { z } from 'zod';
import { LOCAL_DATA_KINDS, templateOf } from '../../../local/index.ts';

const slugs = LOCAL_DATA_KINDS.map((k) => templateOf(k).slug) as [string, ...string[]];

export const kindParams = z.object({ kind: z.enum(slugs) });

export const councilKindParams = z.object({
  code: z.string().regex(/^[A-Za-z0-9]{1,20}$/, 'expected an ONS council code such as E06000016'),
  kind: z.enum(slugs),
});

export const uploadFieldsSchema = z.object({
  kind: z.enum(slugs, { error: `expected one of ${slugs.join(', ')}` }).optional(),
});

const columnSchema = z.object({
  name: z.string(),
  type: z.string(),
  typeDescription: z.string(),
  required: z.boolean(),
  description: z.string(),
  example: z.string(),
  codes: z.array(z.object({ code: z.string(), label: z.string() })).optional(),
});

export const templateSchema = z.object({
  kind: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  fileName: z.string(),
  childLevel: z.boolean(),
  personal: z.boolean(),
  key: z.array(z.string()),
  rules: z.array(z.string()),
  columns: z.array(columnSchema),
});

export const localBatchSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  slug: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  bytes: z.number().int(),
  rows: z.number().int(),
  status: z.enum(['active', 'superseded']),
  supersededBy: z.number().int().nullable(),
  importedBy: z.string(),
  importedAt: z.string(),
});

export const localDataSummarySchema = z.object({
  kinds: z.array(
    z.object({
      kind: z.string(),
      slug: z.string(),
      title: z.string(),
      description: z.string(),
      childLevel: z.boolean(),
      personal: z.boolean(),
      active: localBatchSchema.nullable(),
    }),
  ),
  history: z.array(localBatchSchema),
});

const localFindingSchema = z.object({
  code: z.string(),
  file: z.string().optional(),
  row: z.number().optional(),
  column: z.string().optional(),
  value: z.string().optional(),
  expected: z.string().optional(),
  fix: z.string(),
  message: z.string(),
});

export const importedSchema = z.object({
  status: z.literal('imported'),
  kind: z.string(),
  slug: z.string(),
  batchId: z.number().int(),
  rows: z.number().int(),
  supersededBatchId: z.number().int().optional(),
});

export const rejectedSchema = z.object({
  status: z.literal('rejected'),
  kind: z.string().nullable(),
  findings: z.array(localFindingSchema),
});
