import { z } from 'zod';
import { councilRefSchema } from '../common-schema.ts';

export const importFieldsSchema = z.object({
  source: z.string().trim().min(1).max(120).optional().describe('what the figures are, e.g. "DfE CLA 2025"'),
});

export const importResultSchema = z.object({
  source: z.string(),
  saved: z.number().int().describe('figures stored (a re-imported figure replaces the earlier copy)'),
  national: z.number().int(),
  regional: z.number().int(),
  council: z.number().int(),
  matched: z.number().int().describe('figures that share a definition with one of our indicators'),
  years: z.array(z.number().int()),
  problems: z.array(z.string()).describe('rows skipped: file, row, column, value and what was expected'),
});

const onsCode = z
  .string()
  .trim()
  .regex(/^E\d{8}$/, 'expected an ONS council code such as E06000016');

export const neighboursBodySchema = z.object({
  neighbours: z.array(onsCode).max(30),
});

export const neighboursSchema = z.object({
  council: councilRefSchema,
  neighbours: z.array(councilRefSchema).describe('in the order chosen'),
});
