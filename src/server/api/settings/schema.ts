import { z } from 'zod';
import { CATEGORY_LABELS } from '../../../care/index.ts';
import type { PlacementCategory } from '../../../care/timeline-types.ts';

const categories = Object.keys(CATEGORY_LABELS) as [PlacementCategory, ...PlacementCategory[]];
const code = z.string().regex(/^[A-Z0-9]{1,6}$/, 'expected a 903 code such as U4 or PR1');

const ruleSchema = z.object({
  category: z.enum(categories),
  placementTypes: z.array(code).min(1).max(60),
  providers: z.array(code).max(10).optional(),
});

const populationSchema = z.object({
  year: z.number().int().min(1990).max(2100),
  population: z.number().int().min(0).max(5_000_000),
});

export const settingsBodySchema = z
  .object({
    displayName: z.string().trim().min(1, 'enter the council’s name').max(120),
    contactEmail: z.email('enter an email address such as data@council.gov.uk').max(200).nullable(),
    populationUnder18: z.array(populationSchema).max(60),
    categoryMapping: z.array(ruleSchema).max(100).nullable().describe('null returns to the default mapping'),
    postcodeDirectoryVersion: z.string().optional().describe('read-only: ignored if sent'),
  })
  .refine((s) => new Set(s.populationUnder18.map((p) => p.year)).size === s.populationUnder18.length, {
    message: 'each year once only',
    path: ['populationUnder18'],
  });

export const settingsSchema = z.object({
  councilCode: z.string(),
  displayName: z.string(),
  contactEmail: z.string().nullable(),
  populationUnder18: z.array(populationSchema),
  categoryMapping: z.array(ruleSchema),
  categoryMappingIsDefault: z.boolean(),
  categories: z
    .array(z.object({ category: z.string(), label: z.string() }))
    .describe('every category a rule may name'),
  postcodeDirectoryVersion: z.string(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
