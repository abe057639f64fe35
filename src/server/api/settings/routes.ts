import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { councilSettings, saveCouncilSettings } from '../../../app/index.ts';
import { requirePermission } from '../../plugins/auth.ts';
import { councilParams, errorResponses } from '../common-schema.ts';
import { type ApiContext, principalOf } from '../context.ts';
import { presentSettings } from './presenter.ts';
import { settingsBodySchema, settingsSchema } from './schema.ts';

/** Council settings: anyone in the council may read them; settings:edit changes them (audited). */
export function settingsRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/councils/:code/settings',
      {
        preHandler: requirePermission('figures:read'),
        schema: {
          tags: ['settings'],
          summary: "The council's settings (defaults until first saved)",
          params: councilParams,
          response: { 200: settingsSchema, ...errorResponses },
        },
      },
      async (request) => presentSettings(await councilSettings(ctx.db, request.params.code)),
    );

    app.put(
      '/api/councils/:code/settings',
      {
        preHandler: requirePermission('settings:edit'),
        schema: {
          tags: ['settings'],
          summary: 'Change the settings (audited as settings.change with before and after)',
          params: councilParams,
          body: settingsBodySchema,
          response: { 200: settingsSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { code } = request.params;
        const body = request.body;
        const saved = await saveCouncilSettings(
          ctx.db,
          code,
          {
            displayName: body.displayName,
            contactEmail: body.contactEmail,
            populationUnder18: body.populationUnder18,
            categoryMapping: body.categoryMapping,
          },
          principalOf(request).username,
        );
        // A new mapping changes every child's placement categories.
        ctx.councilData.invalidate(code);
        return presentSettings(saved);
      },
    );
  };
}
