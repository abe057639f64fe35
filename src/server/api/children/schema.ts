import { z } from 'zod';
import { findingFieldsSchema, pageQuery } from '../common-schema.ts';

const filters = {
  q: z.string().max(40).optional().describe("part of a child's id"),
  status: z.enum(['in-care', 'left', 'all']).default('all'),
};
export const childrenQuery = z.object({ ...filters, ...pageQuery });
export const childrenExportQuery = z.object({ ...filters, format: z.enum(['csv', 'xlsx']).default('csv') });

export const childParams = z.object({
  code: z.string().regex(/^[A-Za-z0-9]{1,20}$/),
  id: z.string().min(1).max(40),
});

const childRowSchema = z.object({
  id: z.string(),
  sex: z.string().nullable(),
  ageNow: z.number().int(),
  ageBand: z.string(),
  inCareNow: z.boolean(),
  currentCategory: z.string().nullable(),
  currentCategoryLabel: z.string().nullable(),
  periods: z.number().int(),
  placements: z.number().int(),
  firstStart: z.string().nullable(),
  lastEnd: z.string().nullable(),
});

export const childrenPageSchema = z.object({
  children: z.array(childRowSchema),
  total: z.number().int(),
  asOf: z.string().nullable().describe('the data date "now" refers to: the last day the imports speak for'),
});

const placementSchema = z.object({
  start: z.string(),
  end: z.string().nullable(),
  placementType: z.string().nullable(),
  placementTypeLabel: z.string().nullable(),
  category: z.string(),
  categoryLabel: z.string(),
  provider: z.string().nullable(),
  inHouse: z.boolean().nullable(),
  distanceMiles: z.number().nullable(),
  inArea: z.boolean().nullable(),
  reasonForMove: z.string().nullable(),
  reasonForMoveLabel: z.string().nullable(),
  temporarySpells: z.number().int(),
});

export const childRecordSchema = z.object({
  child: z.object({
    id: z.string(),
    sex: z.string().nullable(),
    dob: z.string(),
    ethnicity: z.string().nullable(),
    ethnicityLabel: z.string().nullable(),
    uasc: z.boolean(),
    uascCeased: z.string().nullable(),
    observedUntil: z.string(),
  }),
  periods: z.array(
    z.object({
      start: z.string(),
      end: z.string().nullable(),
      reasonEnded: z.string().nullable(),
      reasonEndedLabel: z.string().nullable(),
      lostToFollowUp: z.boolean(),
      placements: z.array(placementSchema),
    }),
  ),
  missing: z.array(
    z.object({
      kind: z.string().nullable(),
      kindLabel: z.string().nullable(),
      start: z.string(),
      end: z.string().nullable(),
    }),
  ),
  findings: z.array(findingFieldsSchema),
});
