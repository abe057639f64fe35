import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type CouncilData, councilIndicators, councilIndicatorYears } from '../../../app/index.ts';
import { todayEpochDay } from '../../../dates/index.ts';
import { actionRag, resolveKpis, summariseStrategy } from '../../../plan/index.ts';
import {
  createAction,
  createKpi,
  createPriority,
  createProgressUpdate,
  deleteAction,
  deleteKpi,
  deletePriority,
  deleteProgressUpdate,
  editProgressUpdate,
  loadStrategy,
  type StrategyResult,
  seedPriorities,
  strategyHistory,
  updateAction,
  updateKpi,
  updatePriority,
} from '../../../store/index.ts';
import { requirePermission } from '../../plugins/auth.ts';
import { ApiError } from '../../plugins/errors.ts';
import { councilParams } from '../common-schema.ts';
import { type ApiContext, principalOf } from '../context.ts';
import {
  presentAction,
  presentChange,
  presentKpi,
  presentPriority,
  presentSummary,
  presentUpdate,
} from './presenter.ts';
import {
  actionBody,
  historyQuery,
  idParams,
  kpiBody,
  priorityBody,
  summaryQuery,
  updateBody,
} from './schema.ts';

const tags = ['strategy'];
const HISTORY_PAGE = 50;

/** A store result's value, or the API error that says why nothing changed. */
function saved<T>(result: StrategyResult<T>): T {
  if (result.status === 'saved') return result.value;
  if (result.status === 'not-found') throw new ApiError(404, 'strategy-not-found', result.what);
  throw new ApiError(409, 'strategy-in-use', result.message);
}

/** The indicators a KPI may follow (the latest loaded year's), for the KPI form's picker. */
function indicatorChoices(data: CouncilData) {
  const year = councilIndicatorYears(data).at(-1);
  if (year === undefined) return [];
  return councilIndicators(data, year).map((i) => ({
    id: i.id,
    title: i.title,
    unit: i.unit,
    theme: i.theme,
  }));
}

/**
 * The sufficiency strategy: everyone in the council reads it (priorities, actions with RAG, progress
 * updates, KPIs with status, the history of changes); strategy:edit changes it, each change kept in the
 * history with who, when, before and after.
 */
export function strategyRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  return async (app) => {
    const read = requirePermission('figures:read');
    const edit = requirePermission('strategy:edit');
    const by = (request: Parameters<typeof principalOf>[0]) => principalOf(request).username;

    app.get(
      '/api/councils/:code/strategy',
      {
        preHandler: read,
        schema: {
          tags,
          summary: 'The strategy on a day: priorities, actions with RAG, KPIs with status',
          params: councilParams,
          querystring: summaryQuery,
        },
      },
      async (request) => {
        const { code } = request.params;
        const asAt = request.query.asAt ?? todayEpochDay();
        const records = await loadStrategy(ctx.db, code);
        const resolutions = await resolveKpis(ctx.db, code, records.kpis, { councilData: ctx.councilData });
        return presentSummary(summariseStrategy(code, records, resolutions, asAt));
      },
    );

    app.get(
      '/api/councils/:code/strategy/kpi-sources',
      { preHandler: read, schema: { tags, summary: 'Indicators a KPI may follow', params: councilParams } },
      async (request) => ({ indicators: indicatorChoices(await ctx.councilData.get(request.params.code)) }),
    );

    app.get(
      '/api/councils/:code/strategy/history',
      {
        preHandler: read,
        schema: {
          tags,
          summary: 'Every change to the strategy, newest first',
          params: councilParams,
          querystring: historyQuery,
        },
      },
      async (request) => {
        const { page, entity, entityId } = request.query;
        const filter = {
          limit: HISTORY_PAGE,
          offset: (page - 1) * HISTORY_PAGE,
          ...(entity ? { entity } : {}),
          ...(entityId ? { entityId } : {}),
        };
        const { changes, total } = await strategyHistory(ctx.db, request.params.code, filter);
        return { changes: changes.map(presentChange), total, page, pageSize: HISTORY_PAGE };
      },
    );

    app.post(
      '/api/councils/:code/strategy/seed',
      {
        preHandler: edit,
        schema: {
          tags,
          summary: 'Start the strategy with the six usual priorities (only when it has none)',
          params: councilParams,
        },
      },
      async (request, reply) => {
        const made = saved(await seedPriorities(ctx.db, request.params.code, by(request)));
        return reply.code(201).send({ priorities: made.map(presentPriority) });
      },
    );

    app.post(
      '/api/councils/:code/strategy/priorities',
      {
        preHandler: edit,
        schema: { tags, summary: 'Add a priority', params: councilParams, body: priorityBody },
      },
      async (request, reply) => {
        const made = saved(await createPriority(ctx.db, request.params.code, request.body, by(request)));
        return reply.code(201).send(presentPriority(made));
      },
    );

    app.put(
      '/api/councils/:code/strategy/priorities/:id',
      {
        preHandler: edit,
        schema: { tags, summary: 'Change a priority', params: idParams, body: priorityBody },
      },
      async (request) =>
        presentPriority(
          saved(
            await updatePriority(ctx.db, request.params.code, request.params.id, request.body, by(request)),
          ),
        ),
    );

    app.delete(
      '/api/councils/:code/strategy/priorities/:id',
      {
        preHandler: edit,
        schema: { tags, summary: 'Delete a priority with no actions or KPIs', params: idParams },
      },
      async (request, reply) => {
        saved(await deletePriority(ctx.db, request.params.code, request.params.id, by(request)));
        return reply.code(204).send();
      },
    );

    app.post(
      '/api/councils/:code/strategy/priorities/:id/actions',
      {
        preHandler: edit,
        schema: { tags, summary: 'Add an action under a priority', params: idParams, body: actionBody },
      },
      async (request, reply) => {
        const { priorityId: _ignored, ...input } = request.body;
        const made = saved(
          await createAction(ctx.db, request.params.code, request.params.id, input, by(request)),
        );
        return reply
          .code(201)
          .send(presentAction({ ...made, rag: actionRag(made, todayEpochDay()), updates: [] }));
      },
    );

    app.put(
      '/api/councils/:code/strategy/actions/:id',
      {
        preHandler: edit,
        schema: {
          tags,
          summary: 'Change an action (status, dates, RAG override, …)',
          params: idParams,
          body: actionBody,
        },
      },
      async (request) => {
        const made = saved(
          await updateAction(ctx.db, request.params.code, request.params.id, request.body, by(request)),
        );
        return presentAction({ ...made, rag: actionRag(made, todayEpochDay()), updates: [] });
      },
    );

    app.delete(
      '/api/councils/:code/strategy/actions/:id',
      {
        preHandler: edit,
        schema: { tags, summary: 'Delete an action and its progress updates', params: idParams },
      },
      async (request, reply) => {
        saved(await deleteAction(ctx.db, request.params.code, request.params.id, by(request)));
        return reply.code(204).send();
      },
    );

    app.post(
      '/api/councils/:code/strategy/actions/:id/updates',
      {
        preHandler: edit,
        schema: {
          tags,
          summary: 'Record progress on an action, with evidence',
          params: idParams,
          body: updateBody,
        },
      },
      async (request, reply) => {
        const { date, text, evidenceText, evidenceUrl } = request.body;
        const input = { date, text, evidence: { text: evidenceText, url: evidenceUrl } };
        const made = saved(
          await createProgressUpdate(ctx.db, request.params.code, request.params.id, input, by(request)),
        );
        return reply.code(201).send(presentUpdate(made));
      },
    );

    app.put(
      '/api/councils/:code/strategy/updates/:id',
      {
        preHandler: edit,
        schema: { tags, summary: 'Change a progress update', params: idParams, body: updateBody },
      },
      async (request) => {
        const { date, text, evidenceText, evidenceUrl } = request.body;
        const input = { date, text, evidence: { text: evidenceText, url: evidenceUrl } };
        return presentUpdate(
          saved(await editProgressUpdate(ctx.db, request.params.code, request.params.id, input, by(request))),
        );
      },
    );

    app.delete(
      '/api/councils/:code/strategy/updates/:id',
      { preHandler: edit, schema: { tags, summary: 'Delete a progress update', params: idParams } },
      async (request, reply) => {
        saved(await deleteProgressUpdate(ctx.db, request.params.code, request.params.id, by(request)));
        return reply.code(204).send();
      },
    );

    app.post(
      '/api/councils/:code/strategy/kpis',
      {
        preHandler: edit,
        schema: { tags, summary: 'Add a KPI linked to a figure', params: councilParams, body: kpiBody },
      },
      async (request, reply) => {
        const made = saved(await createKpi(ctx.db, request.params.code, request.body, by(request)));
        return reply.code(201).send(presentKpi(made));
      },
    );

    app.put(
      '/api/councils/:code/strategy/kpis/:id',
      { preHandler: edit, schema: { tags, summary: 'Change a KPI', params: idParams, body: kpiBody } },
      async (request) =>
        presentKpi(
          saved(await updateKpi(ctx.db, request.params.code, request.params.id, request.body, by(request))),
        ),
    );

    app.delete(
      '/api/councils/:code/strategy/kpis/:id',
      { preHandler: edit, schema: { tags, summary: 'Delete a KPI', params: idParams } },
      async (request, reply) => {
        saved(await deleteKpi(ctx.db, request.params.code, request.params.id, by(request)));
        return reply.code(204).send();
      },
    );
  };
}
