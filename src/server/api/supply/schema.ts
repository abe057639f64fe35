import { z } from 'zod';
import { MODEL_CATEGORIES } from '../../../forecast/index.ts';
import { APPROVAL_TYPES, CARER_AGE_BANDS, HOME_TYPES } from '../../../supply/index.ts';
import { councilParams, councilRefSchema } from '../common-schema.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-mm-dd')
  .describe('yyyy-mm-dd');
const category = z.enum(MODEL_CATEGORIES as [string, ...string[]]);
const approvalType = z.enum(APPROVAL_TYPES as [string, ...string[]]);
const homeType = z.enum(HOME_TYPES as [string, ...string[]]);
const band = z.object({ p10: z.number(), p50: z.number(), p90: z.number() });
const byCategory = <T extends z.ZodType>(t: T) =>
  z.object({ fostering: t, residential: t, supported: t, other: t });
const money = z.number().min(0).max(1_000_000);
const share = z.number().min(0).max(1);

// ---- requests ----

export const planVersionParams = councilParams.extend({ version: z.coerce.number().int().min(1) });

export const planQuery = z.object({
  blockThreshold: z.coerce.number().min(0).max(1000).optional().describe('default 3 places'),
});

export const requestsQuery = z.object({
  from: isoDate.optional().describe('default: a year before the origin'),
  to: isoDate.optional().describe('default: the origin'),
});

export const diffQuery = z.object({
  from: z.coerce.number().int().min(1).describe('the earlier version'),
  to: z.coerce.number().int().min(1).describe('the later version'),
});

const changeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('recruit-carers'),
    householdsPerYear: z.number().min(0).max(1000),
    approvalType,
    usablePlacesPerHousehold: z.number().min(0).max(20).optional(),
    carerAge: z.number().int().min(18).max(100).nullable().optional(),
  }),
  z.object({
    kind: z.literal('open-home'),
    name: z.string().trim().min(1, 'enter the home’s name').max(120),
    type: homeType,
    beds: z.number().int().min(1).max(100),
    opens: isoDate,
  }),
  z.object({ kind: z.literal('close-home'), homeId: z.string().min(1).max(60), closes: isoDate }),
]);

export const gapOptionsSchema = z.object({
  targetOccupancy: byCategory(share.optional()).partial().optional(),
  weeklyCosts: z
    .object({
      external: byCategory(money.optional()).partial().optional(),
      inHouse: byCategory(money.optional()).partial().optional(),
    })
    .optional(),
});

export const scenarioBodySchema = gapOptionsSchema.extend({
  name: z.string().trim().min(1, 'name the scenario').max(120),
  changes: z.array(changeSchema).max(20),
});

export const savePlanBodySchema = gapOptionsSchema.extend({
  note: z.string().trim().max(2000).default(''),
  blockThreshold: z.number().min(0).max(1000).optional(),
});

// ---- answers ----

const unitCostSet = z.object({
  weekly: byCategory(z.number()),
  source: byCategory(z.enum(['default', 'local', 'input'])),
  placements: byCategory(z.number()),
});

const recruitmentSchema = z.object({
  approvalType,
  householdsPerYear: z.number(),
  usablePlacesPerHousehold: z.number(),
  carerAge: z.number().nullable(),
  source: z.string(),
});

export const gapSchema = z.object({
  origin: isoDate,
  scenario: z.object({ name: z.string(), changes: z.array(z.string()) }).nullable(),
  rows: z.array(
    z.object({
      year: z.number(),
      date: isoDate,
      category,
      need: band,
      inHousePlaces: z.number(),
      targetOccupancy: z.number(),
      inHouseCapacity: z.number(),
      external: band,
      weeklyCost: z.number(),
      costSource: z.enum(['default', 'local', 'input']),
      cost: band,
    }),
  ),
  totals: z.array(z.object({ year: z.number(), cost: band })),
  capacity: z.array(
    z.object({
      year: z.number(),
      from: isoDate,
      to: isoDate,
      fosteringPlaces: z.number(),
      childrensHomeBeds: z.number(),
      supportedBeds: z.number(),
    }),
  ),
  recruitment: z.array(recruitmentSchema),
  unitCosts: z.object({ external: unitCostSet, inHouse: unitCostSet }),
  targetOccupancy: byCategory(z.number()),
});

export const gapAnswerSchema = z.object({
  council: councilRefSchema,
  forecast: z.object({
    years: z.number(),
    paths: z.number(),
    seed: z.number(),
    assumptions: z.array(z.string()),
  }),
  gap: gapSchema,
});

export const scenarioAnswerSchema = gapAnswerSchema.omit({ gap: true }).extend({
  baseline: gapSchema,
  scenario: gapSchema,
  difference: z.object({
    rows: z.array(
      z.object({ year: z.number(), category, inHouseCapacity: z.number(), external: band, cost: band }),
    ),
    totals: z.array(z.object({ year: z.number(), cost: band })),
    cost: band,
  }),
});

const placeCount = z.object({ households: z.number(), approved: z.number(), usable: z.number() });

export const capacityAnswerSchema = z.object({
  council: councilRefSchema,
  origin: isoDate,
  fostering: z.object({
    onOrigin: placeCount.extend({ byApprovalType: z.record(z.string(), placeCount) }),
    yearToOrigin: z.object({
      from: isoDate,
      to: isoDate,
      days: z.number(),
      usablePlaceDays: z.number(),
      approvedPlaceDays: z.number(),
      averageUsable: z.number(),
      averageApproved: z.number(),
    }),
    occupancy: z.object({
      children: z.number(),
      usablePlaces: z.number(),
      approvedPlaces: z.number(),
      ofUsable: z.number().nullable(),
      ofApproved: z.number().nullable(),
    }),
    risk: z.object({
      from: isoDate,
      to: isoDate,
      bands: z.array(
        z.object({
          band: z.enum(CARER_AGE_BANDS as [string, ...string[]]),
          deregistrations: z.number(),
          householdYears: z.number(),
          ratePerYear: z.number(),
          annualProbability: z.number(),
          borrowed: z.boolean(),
        }),
      ),
    }),
    recruitment: z.array(recruitmentSchema),
    projection: z.array(
      z.object({
        year: z.number(),
        date: isoDate,
        usable: z.number(),
        existing: z.number(),
        recruited: z.number(),
        expectedDeregistrations: z.number(),
        averageUsable: z.number(),
        byApprovalType: z.record(z.string(), z.number()),
      }),
    ),
    history: z.array(
      z.object({ from: isoDate, to: isoDate, approvals: z.number(), deregistrations: z.number() }),
    ),
  }),
  homes: z.object({
    bedsOnOrigin: z.record(z.string(), z.number()),
    pipeline: z.array(
      z.object({ homeId: z.string(), name: z.string(), type: homeType, beds: z.number(), opens: isoDate }),
    ),
    years: z.array(
      z.object({
        year: z.number(),
        from: isoDate,
        to: isoDate,
        averageBeds: z.record(z.string(), z.number()),
      }),
    ),
  }),
});

const requestSummarySchema = z.object({
  from: isoDate,
  to: isoDate,
  requests: z.number(),
  notFound: z.number(),
  cells: z.array(
    z.object({
      requestedType: z.string(),
      ageBand: z.string(),
      requests: z.number(),
      notFound: z.number(),
      byOutcome: z.record(z.string(), z.number()),
    }),
  ),
  daysToPlace: z.array(
    z.object({
      outcome: z.string(),
      n: z.number(),
      median: z.number().nullable(),
      p90: z.number().nullable(),
    }),
  ),
});

export const requestsAnswerSchema = z.object({ council: councilRefSchema, requests: requestSummarySchema });

export const marketAnswerSchema = z.object({
  council: councilRefSchema,
  on: isoDate,
  providers: z.array(
    z.object({
      type: z.string(),
      band: z.string(),
      grade: z.string(),
      providers: z.number(),
      places: z.number(),
    }),
  ),
  prices: z.object({
    distribution: z.array(
      z.object({
        type: z.string(),
        n: z.number(),
        min: z.number(),
        q1: z.number(),
        median: z.number(),
        q3: z.number(),
        max: z.number(),
      }),
    ),
    trend: z.array(
      z.object({ type: z.string(), financialYear: z.number(), n: z.number(), median: z.number() }),
    ),
  }),
  topCost: z.object({
    current: z.object({ count: z.number(), weeklyTotal: z.number() }),
    thresholds: z.array(z.object({ weeklyCost: z.number(), count: z.number(), weeklyTotal: z.number() })),
    placements: z
      .array(
        z.object({
          childId: z.string(),
          placementStart: isoDate,
          providerName: z.string().nullable(),
          providerType: z.string(),
          weeklyCost: z.number(),
        }),
      )
      .nullable()
      .describe('child-level: null unless the role may see children'),
  }),
  spendShare: z.object({
    from: isoDate,
    to: isoDate,
    total: z.number(),
    providers: z.number(),
    top5Share: z.number().nullable(),
    top10Share: z.number().nullable(),
    largest: z.array(
      z.object({ providerId: z.string(), name: z.string().nullable(), spend: z.number(), share: z.number() }),
    ),
  }),
  requests: requestSummarySchema,
});

const planRowSchema = z.object({
  year: z.number(),
  financialYear: z.number(),
  category: z.enum(['fostering', 'residential', 'supported', 'other', 'care-leavers']),
  needP50: z.number(),
  needP90: z.number(),
  inHouseSupply: z.number(),
  toCommissionP10: z.number(),
  toCommissionP50: z.number(),
  toCommissionP90: z.number(),
  purchasing: z.enum(['block', 'block-and-spot', 'spot', 'none']),
  blockPlaces: z.number(),
  externalCostP50: z.number(),
  externalCostP90: z.number(),
  inHouseCostP50: z.number(),
  spendP50: z.number(),
  spendP90: z.number(),
  budget: z.number().nullable(),
  headroomP50: z.number().nullable(),
});

export const planSchema = z.object({
  origin: isoDate,
  years: z.number(),
  rows: z.array(planRowSchema),
  rules: z.array(z.string()),
  assumptions: z.array(z.string()),
});

const planInputsSchema = z.object({
  forecast: z.object({ years: z.number(), paths: z.number(), seed: z.number(), entries: z.string() }),
  blockThreshold: z.number(),
  targetOccupancy: byCategory(z.number()),
  weeklyCosts: z.object({ external: byCategory(z.number()), inHouse: byCategory(z.number()) }),
  recruitment: z.array(recruitmentSchema),
});

export const planAnswerSchema = z.object({
  council: councilRefSchema,
  inputs: planInputsSchema,
  plan: planSchema,
});

const versionSummary = z.object({
  version: z.number(),
  origin: isoDate,
  note: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const planVersionsSchema = z.object({ council: councilRefSchema, versions: z.array(versionSummary) });

export const planVersionSchema = versionSummary.extend({
  council: councilRefSchema,
  inputs: planInputsSchema,
  plan: planSchema,
});

export const planDiffSchema = z.object({
  council: councilRefSchema,
  from: z.number(),
  to: z.number(),
  changes: z.array(
    z.object({
      financialYear: z.number(),
      category: z.string(),
      column: z.string(),
      before: z.union([z.number(), z.string()]).nullable(),
      after: z.union([z.number(), z.string()]).nullable(),
    }),
  ),
});
