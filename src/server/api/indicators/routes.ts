import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  type CouncilData,
  councilIndicators,
  councilIndicatorTrend,
  councilIndicatorYears,
  indicatorDrilldown,
} from '../../../app/index.ts';
import { recordAuditEvent } from '../../../store/index.ts';
import { sendTable } from '../../download.ts';
import { requirePermission } from '../../plugins/auth.ts';
import { ApiError } from '../../plugins/errors.ts';
import { councilParams, errorResponses } from '../common-schema.ts';
import { councilComparators } from '../comparators/council-comparators.ts';
import { type ApiContext, principalOf } from '../context.ts';
import { cellComparators } from './cell-comparators.ts';
import {
  INDICATOR_COLUMNS,
  indicatorRows,
  PUBLIC_INDICATOR_COLUMNS,
  presentDrilldown,
  presentIndicators,
  presentPublicTrend,
  presentTrend,
  publicIndicatorRows,
} from './presenter.ts';
import {
  drilldownParams,
  drilldownQuery,
  drilldownSchema,
  indicatorsExportQuery,
  indicatorsQuery,
  indicatorsSchema,
  trendQuery,
  trendSchema,
} from './schema.ts';

/** The year asked for, or the latest loaded; null when nothing is loaded; 404 for a year not loaded. */
function chosenYear(data: CouncilData, year: number | undefined): number | null {
  const years = councilIndicatorYears(data);
  if (year === undefined) return years.at(-1) ?? null;
  if (!years.includes(year))
    throw new ApiError(
      404,
      'year-not-loaded',
      `No return for collection year ${year} is loaded for this council.`,
    );
  return year;
}

/** `?cell=` parsed: a JSON object of strings, else 400 invalid-request naming the field. */
function cellKey(text: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const ok =
    typeof parsed === 'object' &&
    parsed !== null &&
    !Array.isArray(parsed) &&
    Object.values(parsed).every((v) => typeof v === 'string');
  if (!ok)
    throw new ApiError(400, 'invalid-request', 'The request is not valid.', {
      cell: `expected a JSON object of strings such as {"sex":"M"}, got ${text.slice(0, 60)}`,
    });
  return parsed as Record<string, string>;
}

/**
 * Sufficiency indicators: figures for everyone who may read figures (no child ids) with England, region and
 * neighbours beside them, a trend per indicator, a download, and the children behind a cell for those who
 * may see child records (audited). `view=public` gives the figures after disclosure control, as a published
 * statement shows them; any role may ask for it.
 */
export function indicatorRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/councils/:code/indicators',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['indicators'],
          summary: 'Every indicator for one collection year (default the latest), optionally one theme',
          params: councilParams,
          querystring: indicatorsQuery,
          response: { 200: indicatorsSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code } = request.params;
        const data = await ctx.councilData.get(code);
        const year = chosenYear(data, request.query.year);
        const all = year === null ? [] : councilIndicators(data, year);
        const { theme, view } = request.query;
        const indicators = theme ? all.filter((i) => i.theme === theme) : all;
        const comparators = cellComparators(await councilComparators(ctx.db, code));
        return presentIndicators(code, year, councilIndicatorYears(data), indicators, view, comparators);
      },
    );

    app.get(
      '/api/councils/:code/indicators/export',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['indicators'],
          summary: 'Download the indicators of one year as CSV or XLSX, one row per cell',
          params: councilParams,
          querystring: indicatorsExportQuery,
        },
      },
      async (request, reply) => {
        const { code } = request.params;
        const { theme, format, view } = request.query;
        const data = await ctx.councilData.get(code);
        const year = chosenYear(data, request.query.year);
        const all = year === null ? [] : councilIndicators(data, year);
        const indicators = theme ? all.filter((i) => i.theme === theme) : all;
        const filename = `indicators-${code}${year === null ? '' : `-${year}`}${theme ? `-${theme}` : ''}`;
        if (view === 'public')
          return sendTable(reply, {
            filename: `${filename}-public`,
            columns: PUBLIC_INDICATOR_COLUMNS,
            rows: publicIndicatorRows(indicators),
            format,
            sheetName: 'Indicators (published)',
          });
        return sendTable(reply, {
          filename,
          columns: INDICATOR_COLUMNS,
          rows: indicatorRows(indicators),
          format,
          sheetName: 'Indicators',
        });
      },
    );

    app.get(
      '/api/councils/:code/indicators/trend',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['indicators'],
          summary: "One indicator's value (one cell, default the total) in every loaded year, with England's",
          params: councilParams,
          querystring: trendQuery,
          response: { 200: trendSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code } = request.params;
        const cell = cellKey(request.query.cell);
        const data = await ctx.councilData.get(code);
        const { id, view } = request.query;
        const notFound = () => new ApiError(404, 'indicator-not-found', `No indicator ${id.slice(0, 120)}.`);
        if (view === 'public') {
          const years = councilIndicatorYears(data).flatMap((y) =>
            councilIndicators(data, y).filter((i) => i.id === id),
          );
          if (years.length === 0) throw notFound();
          return presentPublicTrend(code, years, cell);
        }
        const { indicator, points } = councilIndicatorTrend(data, id, cell);
        if (!indicator) throw notFound();
        return presentTrend(code, indicator, cell, points);
      },
    );

    app.get(
      '/api/councils/:code/indicators/:id/children',
      {
        preHandler: requirePermission('children:read'),
        schema: {
          tags: ['indicators'],
          summary: 'The children behind one cell of an indicator (audited as indicator.drilldown)',
          params: drilldownParams,
          querystring: drilldownQuery,
          response: { 200: drilldownSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code, id } = request.params;
        const cell = cellKey(request.query.cell);
        const data = await ctx.councilData.get(code);
        const year = chosenYear(data, request.query.year);
        const result =
          year === null ? { status: 'no-indicator' as const } : indicatorDrilldown(data, year, id, cell);
        if (result.status !== 'ok')
          throw result.status === 'no-cell'
            ? new ApiError(404, 'cell-not-found', `Indicator ${id} has no cell ${JSON.stringify(cell)}.`)
            : new ApiError(404, 'indicator-not-found', `No indicator ${id.slice(0, 120)}.`);
        await recordAuditEvent(ctx.db, {
          actor: principalOf(request).username,
          action: 'indicator.drilldown',
          councilCode: code,
          detail: { indicatorId: id, collectionYear: year, cell, shown: result.children.length },
        });
        return presentDrilldown(code, result.indicator, year as number, cell, result.children);
      },
    );
  };
}
