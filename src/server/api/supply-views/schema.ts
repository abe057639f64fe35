import { z } from 'zod';
import { APPROVAL_TYPES, CARER_AGE_BANDS, HOME_TYPES } from '../../../supply/index.ts';
import { councilRefSchema } from '../common-schema.ts';

const isoDate = z.string().describe('yyyy-mm-dd');
const placeCount = z.object({ households: z.number(), approved: z.number(), usable: z.number() });
const homeType = z.enum(HOME_TYPES as [string, ...string[]]);

export const inHouseAnswerSchema = z.object({
  council: councilRefSchema,
  origin: isoDate,
  fostering: z
    .array(
      placeCount.extend({
        date: isoDate,
        byApprovalType: z.record(z.enum(APPROVAL_TYPES as [string, ...string[]]), placeCount),
      }),
    )
    .describe('on each 31 March up to the origin; totals leave out short-break carers'),
  carerAges: z.array(
    z.object({
      band: z.enum(CARER_AGE_BANDS as [string, ...string[]]),
      households: z.number(),
      usable: z.number(),
    }),
  ),
  homes: z.array(
    z.object({
      homeId: z.string(),
      name: z.string(),
      urn: z.string().nullable(),
      type: homeType,
      beds: z.number(),
      opens: isoDate,
      closes: isoDate.nullable(),
      ofstedGrade: z.string().nullable(),
      postcodeDistrict: z.string().nullable(),
      status: z.enum(['open', 'pipeline', 'closed']),
    }),
  ),
  beds: z
    .array(z.object({ date: isoDate, byType: z.record(homeType, z.number()) }))
    .describe('on each 31 March, 5 years either side of the origin'),
});
