import { z } from 'zod';

/** `:code` — an ONS council code such as E06000016. */
export const councilParams = z.object({
  code: z.string().regex(/^[A-Za-z0-9]{1,20}$/, 'expected an ONS council code such as E06000016'),
});

export const councilRefSchema = z.object({ code: z.string(), name: z.string() });

export const errorSchema = z.object({
  id: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
  reference: z.string().optional(),
});

/** The usual error answers, for the OpenAPI document. */
export const errorResponses = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

export const downloadQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
};

/** A finding (src/findings): what was wrong, where, the value and what was expected. */
export const findingFieldsSchema = z.object({
  severity: z.enum(['structural', 'content']),
  code: z.string(),
  file: z.string().optional(),
  table: z.string().optional(),
  row: z.number().optional(),
  column: z.string().optional(),
  value: z.string().optional(),
  expected: z.string().optional(),
  childId: z.string().optional(),
  message: z.string(),
});
