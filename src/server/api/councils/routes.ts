import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { poolYears } from '../../../app/index.ts';
import type { Principal } from '../../../auth/principal.ts';
import { findCouncil } from '../../../councils/index.ts';
import { canSeeCouncil, requirePermission } from '../../plugins/auth.ts';
import { councilParams, errorResponses } from '../common-schema.ts';
import { type ApiContext, principalOf } from '../context.ts';
import { presentCouncilOverview, presentRegionOverview } from './presenter.ts';
import { councilListSchema, councilOverviewSchema, regionOverviewSchema } from './schema.ts';

/** The councils a user may see, in code order; an all-councils admin sees those with data plus their own. */
async function visibleCouncils(ctx: ApiContext, principal: Principal): Promise<string[]> {
  const codes = new Set(principal.councils.filter((c) => c !== '*' && canSeeCouncil(principal, c)));
  if (principal.allCouncils) {
    const rows = await ctx.db.selectFrom('import_batch').select('council_code').distinct().execute();
    for (const r of rows) codes.add(r.council_code);
  }
  return [...codes].sort();
}

/** `GET /api/councils`, `GET /api/councils/:code/overview`, `GET /api/region/overview`. */
export function councilRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/councils',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['councils'],
          summary: 'The councils you may see, with the collection years they have data for',
          response: { 200: councilListSchema, ...errorResponses },
        },
      },
      async (request) => {
        const codes = await visibleCouncils(ctx, principalOf(request));
        if (codes.length === 0) return [];
        const { rows } = await sql<{ council_code: string; years: number[] }>`
          select council_code, array_agg(distinct collection_year order by collection_year) as years
          from import_batch where status = 'active' and council_code = any(${codes}) group by council_code`.execute(
          ctx.db,
        );
        const years = new Map(rows.map((r) => [r.council_code, r.years]));
        return codes.map((code) => {
          const council = findCouncil(code);
          return {
            code,
            name: council?.name ?? code,
            region: council?.region ?? null,
            years: years.get(code) ?? [],
          };
        });
      },
    );

    app.get(
      '/api/councils/:code/overview',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['councils'],
          summary: 'Headline figures by collection year',
          params: councilParams,
          response: { 200: councilOverviewSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code } = request.params;
        const data = await ctx.councilData.get(code);
        return presentCouncilOverview(code, data.years);
      },
    );

    app.get(
      '/api/region/overview',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['councils'],
          summary: 'Headline figures pooled over all your councils, with each council',
          response: { 200: regionOverviewSchema, ...errorResponses },
        },
      },
      async (request) => {
        const codes = await visibleCouncils(ctx, principalOf(request));
        const perCouncil: {
          code: string;
          years: Awaited<ReturnType<typeof ctx.councilData.get>>['years'];
        }[] = [];
        // One council at a time: each may load thousands of timelines on a cold cache.
        for (const code of codes) perCouncil.push({ code, years: (await ctx.councilData.get(code)).years });
        return presentRegionOverview(perCouncil, poolYears(perCouncil.map((c) => c.years)));
      },
    );
  };
}
