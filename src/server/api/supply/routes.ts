import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { hasPermission } from '../../../auth/access.ts';
import { findCouncil } from '../../../councils/index.ts';
import { addYears, type EpochDay, parseIsoDate } from '../../../dates/index.ts';
import { getPlanVersion, listPlanVersions, savePlanVersion } from '../../../store/index.ts';
import {
  type CapacityChange,
  type CapacityScenario,
  type CommissioningPlan,
  capacityView,
  commissioningPlan,
  type GapOptions,
  gap,
  gapDifference,
  gapSetup,
  gapUnder,
  marketView,
  type PlanInputs,
  placementRequests,
  planDiff,
  planInputs,
  SUPPLY_FORECAST,
  scenarioProblems,
} from '../../../supply/index.ts';
import { requirePermission } from '../../plugins/auth.ts';
import { ApiError } from '../../plugins/errors.ts';
import { councilParams, errorResponses, errorSchema } from '../common-schema.ts';
import { type ApiContext, councilRef, principalOf } from '../context.ts';
import { councilCentre, locatePostcodeDistrict } from './postcode-districts.ts';
import {
  presentCapacity,
  presentGap,
  presentMarket,
  presentPlan,
  presentRequests,
  presentVersion,
  presentVersionSummary,
} from './presenter.ts';
import {
  capacityAnswerSchema,
  diffQuery,
  gapAnswerSchema,
  type gapOptionsSchema,
  marketAnswerSchema,
  planAnswerSchema,
  planDiffSchema,
  planQuery,
  planVersionParams,
  planVersionSchema,
  planVersionsSchema,
  requestsAnswerSchema,
  requestsQuery,
  savePlanBodySchema,
  scenarioAnswerSchema,
  scenarioBodySchema,
} from './schema.ts';
import { supplyInputs } from './supply-inputs.ts';

type GapOptionsBody = z.infer<typeof gapOptionsSchema>;

/** Typed options from a body whose optional fields may be missing (zod leaves `undefined` out of partials). */
function gapOptions(body: GapOptionsBody): GapOptions {
  const clean = <T extends object>(o: T | undefined) =>
    o ? (Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T) : undefined;
  const external = clean(body.weeklyCosts?.external);
  const inHouse = clean(body.weeklyCosts?.inHouse);
  const targetOccupancy = clean(body.targetOccupancy);
  return {
    ...(targetOccupancy ? { targetOccupancy } : {}),
    weeklyCosts: { ...(external ? { external } : {}), ...(inHouse ? { inHouse } : {}) },
  } as GapOptions;
}

function isoDay(text: string, field: string): EpochDay {
  const d = parseIsoDate(text);
  if (d === null)
    throw new ApiError(400, 'invalid-request', 'The request is not valid.', {
      [field]: `invalid date "${text.slice(0, 20)}" (expected yyyy-mm-dd)`,
    });
  return d;
}

const forecastAnswer = (assumptions: readonly string[]) => ({
  years: SUPPLY_FORECAST.years,
  paths: SUPPLY_FORECAST.paths,
  seed: SUPPLY_FORECAST.seed,
  assumptions: [...assumptions],
});

/**
 * Supply, gap and the commissioning plan of a council: in-house capacity, the gap against the demand
 * forecast (and under a capacity scenario), the market, placement requests, the plan and its saved
 * versions. Everyone who may read figures reads them (the top-cost list of children only with
 * children:read); saving a plan version needs plan:edit.
 */
export function supplyRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  const base = '/api/councils/:code/supply';
  return async (app) => {
    app.get(
      `${base}/capacity`,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['supply'],
          summary:
            'In-house capacity: foster places, occupancy, deregistration risk, projection; homes and pipeline',
          params: councilParams,
          response: { 200: capacityAnswerSchema, 409: errorSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code } = request.params;
        const inputs = await supplyInputs(ctx, code, false);
        const view = capacityView(inputs.local, inputs.timelines, inputs.origin, SUPPLY_FORECAST.years);
        return { council: councilRef(code), ...presentCapacity(view) };
      },
    );

    app.get(
      `${base}/gap`,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['supply'],
          summary:
            'The gap by year and category: need (P10/P50/P90) − in-house capacity = places to buy, and cost',
          params: councilParams,
          response: { 200: gapAnswerSchema, 409: errorSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code } = request.params;
        const inputs = await supplyInputs(ctx, code);
        const setup = gapSetup(inputs.local, inputs.timelines, inputs.forecast);
        return {
          council: councilRef(code),
          forecast: forecastAnswer(inputs.forecast.assumptions),
          gap: presentGap(gap(setup), setup),
        };
      },
    );

    app.post(
      `${base}/gap/scenario`,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['supply'],
          summary:
            'The gap under a capacity scenario (nothing is saved): baseline, scenario and the difference',
          params: councilParams,
          body: scenarioBodySchema,
          response: { 200: scenarioAnswerSchema, 409: errorSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code } = request.params;
        const body = request.body;
        const inputs = await supplyInputs(ctx, code);
        const setup = gapSetup(inputs.local, inputs.timelines, inputs.forecast, gapOptions(body));
        const scenario: CapacityScenario = {
          name: body.name,
          changes: body.changes.map((c, i): CapacityChange => {
            if (c.kind === 'open-home')
              return { ...c, type: c.type as never, opens: isoDay(c.opens, `changes.${i}.opens`) };
            if (c.kind === 'close-home') return { ...c, closes: isoDay(c.closes, `changes.${i}.closes`) };
            return {
              kind: 'recruit-carers',
              householdsPerYear: c.householdsPerYear,
              approvalType: c.approvalType as never,
              ...(c.usablePlacesPerHousehold !== undefined
                ? { usablePlacesPerHousehold: c.usablePlacesPerHousehold }
                : {}),
              ...(c.carerAge !== undefined ? { carerAge: c.carerAge } : {}),
            };
          }),
        };
        const problems = scenarioProblems(scenario, inputs.local.inHouseHomes);
        if (problems.length > 0)
          throw new ApiError(
            400,
            'invalid-scenario',
            'The scenario cannot be applied.',
            Object.fromEntries(
              problems.map((p) => [p.slice(0, p.indexOf(':')), p.slice(p.indexOf(':') + 2)]),
            ),
          );
        const baseline = gap(setup);
        const under = gapUnder(setup, scenario);
        return {
          council: councilRef(code),
          forecast: forecastAnswer(inputs.forecast.assumptions),
          baseline: presentGap(baseline, setup),
          scenario: presentGap(under, setup),
          difference: gapDifference(baseline, under),
        };
      },
    );

    app.get(
      `${base}/market`,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['supply'],
          summary:
            'The market: providers by type × distance × grade, prices, top-cost placements, spend share, requests',
          params: councilParams,
          response: { 200: marketAnswerSchema, 409: errorSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code } = request.params;
        const inputs = await supplyInputs(ctx, code, false);
        const view = marketView(inputs.local, inputs.origin, {
          locateDistrict: locatePostcodeDistrict,
          centre: councilCentre(findCouncil(code)?.districts ?? []),
        });
        const withChildren = hasPermission(principalOf(request), 'children:read');
        return { council: councilRef(code), ...presentMarket(view, withChildren) };
      },
    );

    app.get(
      `${base}/requests`,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['supply'],
          summary: 'Placement requests: not met by requested type × age band; days to place by outcome',
          params: councilParams,
          querystring: requestsQuery,
          response: { 200: requestsAnswerSchema, 409: errorSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code } = request.params;
        const inputs = await supplyInputs(ctx, code, false);
        const to = request.query.to ? isoDay(request.query.to, 'to') : inputs.origin;
        const from = request.query.from ? isoDay(request.query.from, 'from') : addYears(to, -1) + 1;
        return {
          council: councilRef(code),
          requests: presentRequests(placementRequests(inputs.local.placementRequests, from, to)),
        };
      },
    );

    const currentPlan = async (code: string, body: GapOptionsBody, blockThreshold: number | undefined) => {
      const inputs = await supplyInputs(ctx, code);
      const setup = gapSetup(inputs.local, inputs.timelines, inputs.forecast, gapOptions(body));
      const options = blockThreshold !== undefined ? { blockThreshold } : {};
      const plan = commissioningPlan(
        setup,
        gap(setup),
        inputs.local.budget,
        inputs.local.careLeaverAccommodation,
        options,
      );
      return { plan, inputs: planInputs(setup, SUPPLY_FORECAST, blockThreshold) };
    };

    app.get(
      `${base}/plan`,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['supply'],
          summary: 'The 5-year commissioning plan as it stands now (not saved)',
          params: councilParams,
          querystring: planQuery,
          response: { 200: planAnswerSchema, 409: errorSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { plan, inputs } = await currentPlan(request.params.code, {}, request.query.blockThreshold);
        return { council: councilRef(request.params.code), inputs, plan: presentPlan(plan) };
      },
    );

    app.post(
      `${base}/plans`,
      {
        preHandler: requirePermission('plan:edit'),
        schema: {
          tags: ['supply'],
          summary: 'Save the plan as it stands as the next version (immutable; audited as plan.save)',
          params: councilParams,
          body: savePlanBodySchema,
          response: { 201: planVersionSchema, 409: errorSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { code } = request.params;
        const { plan, inputs } = await currentPlan(code, request.body, request.body.blockThreshold);
        const saved = await savePlanVersion<PlanInputs, CommissioningPlan>(ctx.db, {
          councilCode: code,
          origin: plan.origin,
          inputs,
          plan,
          note: request.body.note,
          createdBy: principalOf(request).username,
        });
        return reply.code(201).send({ council: councilRef(code), ...presentVersion(saved) });
      },
    );

    app.get(
      `${base}/plans`,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['supply'],
          summary: 'Saved plan versions, newest first',
          params: councilParams,
          response: { 200: planVersionsSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code } = request.params;
        const versions = await listPlanVersions(ctx.db, code);
        return { council: councilRef(code), versions: versions.map(presentVersionSummary) };
      },
    );

    app.get(
      `${base}/plans/diff`,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['supply'],
          summary: 'Cells that changed between two saved versions (matched by financial year and category)',
          params: councilParams,
          querystring: diffQuery,
          response: { 200: planDiffSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code } = request.params;
        const { from, to } = request.query;
        const [a, b] = await Promise.all([versionOr404(code, from), versionOr404(code, to)]);
        return { council: councilRef(code), from, to, changes: planDiff(a.plan, b.plan) };
      },
    );

    app.get(
      `${base}/plans/:version`,
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['supply'],
          summary: 'One saved plan version with its inputs',
          params: planVersionParams,
          response: { 200: planVersionSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code, version } = request.params;
        return { council: councilRef(code), ...presentVersion(await versionOr404(code, version)) };
      },
    );

    async function versionOr404(code: string, version: number) {
      const found = await getPlanVersion<PlanInputs, CommissioningPlan>(ctx.db, code, version);
      if (!found)
        throw new ApiError(
          404,
          'plan-version-not-found',
          `This council has no saved plan version ${version}.`,
        );
      return found;
    }
  };
}
