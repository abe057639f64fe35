import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  backtestView,
  councilBacktestInBackground,
  councilForecastInputs,
  councilReferenceInBackground,
  councilScenario,
  councilScenarios,
  councilUnitCosts,
  deleteCouncilScenario,
  type ForecastRequest,
  forecastCostAssumptions,
  parseScenarioFile,
  referenceView,
  resolveRequest,
  type ScenarioProblem,
  saveCouncilScenario,
  saveCouncilUnitCosts,
} from '../../../app/index.ts';
import { parseUkDate } from '../../../dates/index.ts';
import type { Scenario } from '../../../forecast/index.ts';
import { findJob } from '../../../jobs/index.ts';
import { requirePermission } from '../../plugins/auth.ts';
import { ApiError } from '../../plugins/errors.ts';
import { councilParams, errorResponses } from '../common-schema.ts';
import { type ApiContext, principalOf } from '../context.ts';
import { presentJob } from '../jobs/presenter.ts';
import { jobSchema } from '../jobs/schema.ts';
import { compareJob, type ForecastRun, forecastJob } from './forecast-job.ts';
import { presentCosts, presentScenario } from './presenter.ts';
import {
  backtestQuery,
  compareBodySchema,
  comparisonSchema,
  costsBodySchema,
  costsSchema,
  forecastBodySchema,
  forecastJobParams,
  forecastResultSchema,
  jobAcceptedSchema,
  looseSchema,
  referenceQuery,
  scenarioParams,
  scenarioSchema,
} from './schema.ts';

const FORECAST_KINDS = ['forecast', 'forecast-compare'];

interface RunBody {
  from?: string | undefined;
  years?: number | undefined;
  paths?: number | undefined;
  seed?: number | undefined;
  referenceYears?: number | undefined;
  entries?: 'trend' | 'flat' | undefined;
  referencePaths?: number | undefined;
  backtestPaths?: number | undefined;
  strata?: 'uasc' | 'uasc-sex' | undefined;
}

/** The run's settings from a request body (dates already checked by the schema). */
function runOf(body: RunBody): ForecastRun {
  const request: ForecastRequest = {};
  if (body.from !== undefined) request.origin = parseUkDate(body.from) as number;
  if (body.years !== undefined) request.years = body.years;
  if (body.paths !== undefined) request.paths = body.paths;
  if (body.seed !== undefined) request.seed = body.seed;
  if (body.referencePaths !== undefined) request.referencePaths = body.referencePaths;
  if (body.strata !== undefined) request.strata = body.strata;
  if (body.referenceYears !== undefined && body.entries !== undefined)
    request.reference = { referenceYears: body.referenceYears, entries: body.entries };
  return { request, ...(body.backtestPaths !== undefined ? { backtestPaths: body.backtestPaths } : {}) };
}

function invalidScenario(problems: ScenarioProblem[], prefix: string): ApiError {
  const fields = Object.fromEntries(
    problems.map((p) => [`${prefix}${p.field}`, `${p.message} (found ${p.value})`]),
  );
  return new ApiError(400, 'invalid-scenario', 'The scenario is not valid: see each field.', fields);
}

function scenarioNotFound(id: number): ApiError {
  return new ApiError(404, 'scenario-not-found', `No scenario ${id} for this council.`);
}

/**
 * The demand forecast: runs as a job with progress (forecast, comparison), its result, the reference
 * period choice and backtest, saved scenarios and unit costs. Aggregates only: anyone who may read figures
 * may run and read them; forecast:run saves scenarios; forecast:costs edits unit costs.
 */
export function forecastRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  return async (app) => {
    /** Checks the origin against the data now, so a bad date is a 400 rather than a failed job. */
    async function checkRun(code: string, run: ForecastRun): Promise<void> {
      const inputs = await councilForecastInputs(ctx.db, await ctx.councilData.get(code));
      const resolved = resolveRequest(inputs, run.request);
      if (resolved.status === 'no-data') throw new ApiError(409, 'no-data', resolved.message);
      if (resolved.status === 'invalid-request')
        throw new ApiError(400, 'invalid-request', resolved.message, { from: resolved.message });
    }

    app.post(
      '/api/councils/:code/forecasts',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['forecasts'],
          summary: 'Start a forecast (a job: poll GET …/forecasts/jobs/:id, then read …/result)',
          params: councilParams,
          body: forecastBodySchema,
          response: { 202: jobAcceptedSchema, ...errorResponses, 409: errorResponses[400] },
        },
      },
      async (request, reply) => {
        const { code } = request.params;
        const body = request.body;
        const run = runOf(body);
        let scenario: Scenario | null = null;
        if (body.scenarioId !== undefined) {
          const saved = await councilScenario(ctx.db, code, body.scenarioId);
          if (!saved) throw scenarioNotFound(body.scenarioId);
          scenario = saved.scenario;
        } else if (body.scenario !== undefined) {
          const parsed = parseScenarioFile(body.scenario);
          if (parsed.status !== 'ok') throw invalidScenario(parsed.problems, 'scenario.');
          scenario = parsed.scenario;
        }
        run.request.scenario = scenario;
        await checkRun(code, run);
        const job = await ctx.jobs.submit(
          { kind: 'forecast', councilCode: code, createdBy: principalOf(request).username },
          forecastJob(ctx, code, run),
        );
        return reply.code(202).send({ jobId: job.id });
      },
    );

    app.post(
      '/api/councils/:code/forecasts/compare',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['forecasts'],
          summary: 'Compare saved scenarios with the baseline on the same seed (a job, like a forecast)',
          params: councilParams,
          body: compareBodySchema,
          response: { 202: jobAcceptedSchema, ...errorResponses, 409: errorResponses[400] },
        },
      },
      async (request, reply) => {
        const { code } = request.params;
        const run = runOf(request.body);
        const scenarios: { id: number; scenario: Scenario }[] = [];
        for (const id of new Set(request.body.scenarioIds)) {
          const saved = await councilScenario(ctx.db, code, id);
          if (!saved) throw scenarioNotFound(id);
          scenarios.push({ id, scenario: saved.scenario });
        }
        await checkRun(code, run);
        const job = await ctx.jobs.submit(
          { kind: 'forecast-compare', councilCode: code, createdBy: principalOf(request).username },
          compareJob(ctx, code, run, scenarios),
        );
        return reply.code(202).send({ jobId: job.id });
      },
    );

    async function ownJob(code: string, id: string, username: string) {
      const job = await findJob(ctx.db, id);
      if (
        !job ||
        job.createdBy !== username ||
        job.councilCode !== code ||
        !FORECAST_KINDS.includes(job.kind)
      )
        throw new ApiError(404, 'job-not-found', 'No such forecast among yours.');
      return job;
    }

    app.get(
      '/api/councils/:code/forecasts/jobs/:id',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['forecasts'],
          summary: 'A forecast job and its progress (phase, paths done of total)',
          params: forecastJobParams,
          response: { 200: jobSchema, ...errorResponses },
        },
      },
      async (request) => {
        const job = await ownJob(request.params.code, request.params.id, principalOf(request).username);
        const { result: _result, ...rest } = presentJob(job);
        return rest;
      },
    );

    app.get(
      '/api/councils/:code/forecasts/jobs/:id/result',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['forecasts'],
          summary: 'The result of a finished forecast or comparison job',
          params: forecastJobParams,
          response: {
            200: forecastResultSchema.or(comparisonSchema),
            ...errorResponses,
            409: errorResponses[400],
          },
        },
      },
      async (request) => {
        const job = await ownJob(request.params.code, request.params.id, principalOf(request).username);
        if (job.status === 'failed')
          throw new ApiError(409, 'job-failed', job.error ?? 'The forecast failed.');
        if (job.status !== 'succeeded')
          throw new ApiError(409, 'job-not-finished', 'The forecast is still running: poll the job.');
        return job.result as never;
      },
    );

    app.get(
      '/api/councils/:code/forecasts/reference',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['forecasts'],
          summary: 'The reference period chosen by backtest, with every choice and its errors ("why")',
          params: councilParams,
          querystring: referenceQuery,
          response: { 200: looseSchema, ...errorResponses, 409: errorResponses[400] },
        },
      },
      async (request) => {
        const { code } = request.params;
        const run = runOf({ from: request.query.from });
        const inputs = await councilForecastInputs(ctx.db, await ctx.councilData.get(code));
        const resolved = resolveRequest(inputs, run.request);
        if (resolved.status === 'no-data') throw new ApiError(409, 'no-data', resolved.message);
        if (resolved.status !== 'ok') throw new ApiError(400, 'invalid-request', resolved.message);
        return referenceView(await councilReferenceInBackground(inputs, resolved.request));
      },
    );

    app.get(
      '/api/councils/:code/forecasts/backtest',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['forecasts'],
          summary:
            'Rolling-origin backtest of a reference choice (default: the backtest’s own choice): relative MAE vs no change, bias, coverage',
          params: councilParams,
          querystring: backtestQuery,
          response: { 200: looseSchema, ...errorResponses, 409: errorResponses[400] },
        },
      },
      async (request) => {
        const { code } = request.params;
        const q = request.query;
        const inputs = await councilForecastInputs(ctx.db, await ctx.councilData.get(code));
        const resolved = resolveRequest(inputs, {});
        if (resolved.status !== 'ok') throw new ApiError(409, 'no-data', resolved.message);
        const choice =
          q.referenceYears !== undefined && q.entries !== undefined
            ? { referenceYears: q.referenceYears, entries: q.entries }
            : (await councilReferenceInBackground(inputs, resolved.request)).chosen;
        const horizons = (q.horizons ?? '1,2,3').split(',').map(Number);
        const result = await councilBacktestInBackground(inputs, choice, {
          horizons,
          ...(q.paths ? { paths: q.paths } : {}),
        });
        return backtestView(choice, result);
      },
    );

    app.get(
      '/api/councils/:code/forecast-scenarios',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['forecasts'],
          summary: "The council's saved scenarios, by name",
          params: councilParams,
          response: { 200: scenarioSchema.array(), ...errorResponses },
        },
      },
      async (request) => (await councilScenarios(ctx.db, request.params.code)).map(presentScenario),
    );

    app.get(
      '/api/councils/:code/forecast-scenarios/:id',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['forecasts'],
          summary: 'One saved scenario',
          params: scenarioParams,
          response: { 200: scenarioSchema, ...errorResponses },
        },
      },
      async (request) => {
        const saved = await councilScenario(ctx.db, request.params.code, request.params.id);
        if (!saved) throw scenarioNotFound(request.params.id);
        return presentScenario(saved);
      },
    );

    async function save(code: string, id: number | undefined, body: unknown, by: string) {
      const result = await saveCouncilScenario(ctx.db, code, id, body, by);
      if (result.status === 'invalid') throw invalidScenario(result.problems, '');
      if (result.status === 'not-found') throw scenarioNotFound(id ?? 0);
      if (result.status === 'duplicate-name')
        throw new ApiError(409, 'duplicate-name', result.message, { name: result.message });
      return presentScenario(result.scenario);
    }

    app.post(
      '/api/councils/:code/forecast-scenarios',
      {
        preHandler: requirePermission('forecast:run'),
        schema: {
          tags: ['forecasts'],
          summary: 'Save a new scenario (the scenario file format: name, description, levers)',
          params: councilParams,
          body: looseSchema,
          response: { 201: scenarioSchema, ...errorResponses, 409: errorResponses[400] },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await save(request.params.code, undefined, request.body, principalOf(request).username)),
    );

    app.put(
      '/api/councils/:code/forecast-scenarios/:id',
      {
        preHandler: requirePermission('forecast:run'),
        schema: {
          tags: ['forecasts'],
          summary: 'Change a saved scenario',
          params: scenarioParams,
          body: looseSchema,
          response: { 200: scenarioSchema, ...errorResponses, 409: errorResponses[400] },
        },
      },
      async (request) =>
        save(request.params.code, request.params.id, request.body, principalOf(request).username),
    );

    app.delete(
      '/api/councils/:code/forecast-scenarios/:id',
      {
        preHandler: requirePermission('forecast:run'),
        schema: {
          tags: ['forecasts'],
          summary: 'Delete a saved scenario',
          params: scenarioParams,
          response: { 204: z.null().describe('deleted'), ...errorResponses },
        },
      },
      async (request, reply) => {
        const { code, id } = request.params;
        if (!(await deleteCouncilScenario(ctx.db, code, id, principalOf(request).username)))
          throw scenarioNotFound(id);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/councils/:code/forecast-costs',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['forecasts'],
          summary: 'Unit costs (pounds a week) and inflation the forecasts use',
          params: councilParams,
          response: { 200: costsSchema, ...errorResponses },
        },
      },
      async (request) => {
        // Not saved yet: what forecasts use then (local placement costs' medians when loaded, else defaults).
        const saved = await councilUnitCosts(ctx.db, request.params.code);
        if (!saved.isDefault) return presentCosts(saved);
        const inputs = await councilForecastInputs(ctx.db, await ctx.councilData.get(request.params.code));
        return presentCosts({ ...saved, assumptions: await forecastCostAssumptions(ctx.db, inputs) });
      },
    );

    app.put(
      '/api/councils/:code/forecast-costs',
      {
        preHandler: requirePermission('forecast:costs'),
        schema: {
          tags: ['forecasts'],
          summary: 'Change the unit costs and inflation ({ reset: true } returns to the defaults); audited',
          params: councilParams,
          body: costsBodySchema,
          response: { 200: costsSchema, ...errorResponses },
        },
      },
      async (request) => {
        const body = request.body;
        const change = 'reset' in body ? null : { weekly: body.weekly, inflation: body.inflation };
        const saved = await saveCouncilUnitCosts(
          ctx.db,
          request.params.code,
          change,
          principalOf(request).username,
        );
        return presentCosts(saved);
      },
    );
  };
}
