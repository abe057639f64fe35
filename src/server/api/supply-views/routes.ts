import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePermission } from '../../plugins/auth.ts';
import { councilParams, errorResponses, errorSchema } from '../common-schema.ts';
import { type ApiContext, councilRef } from '../context.ts';
import { supplyInputs } from '../supply/supply-inputs.ts';
import { inHouseHistory } from './in-house-history.ts';
import { presentInHouse } from './presenter.ts';
import { inHouseAnswerSchema } from './schema.ts';

/**
 * Views the supply screens need beside `supply/`: in-house places and beds on each 31 March (past, and
 * the pipeline ahead), carers' ages now, and the homes as a register. Aggregates and the council's own
 * homes only — no child-level data — so every role that reads figures reads them.
 */
export function supplyViewRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  // Never asked for a forecast here (withForecast false), so this cache stays empty.
  return async (app) => {
    app.get(
      '/api/councils/:code/supply/in-house',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['supply'],
          summary:
            'In-house foster places and home beds on each 31 March, carers by age band, the homes register',
          params: councilParams,
          response: { 200: inHouseAnswerSchema, 409: errorSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code } = request.params;
        const inputs = await supplyInputs(ctx, code, false);
        return { council: councilRef(code), ...presentInHouse(inHouseHistory(inputs.local, inputs.origin)) };
      },
    );
  };
}
