import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findJob, listJobs } from '../../../jobs/index.ts';
import { canSeeCouncil, requireSignedIn } from '../../plugins/auth.ts';
import { ApiError } from '../../plugins/errors.ts';
import { errorResponses } from '../common-schema.ts';
import { type ApiContext, principalOf } from '../context.ts';
import { presentJob } from './presenter.ts';
import { jobListQuery, jobParams, jobSchema } from './schema.ts';

/** A user sees their own jobs (and only for councils they may still see). */
export function jobRoutes(ctx: ApiContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/jobs/:id',
      {
        preHandler: requireSignedIn,
        schema: {
          tags: ['jobs'],
          summary: 'A job and its progress (poll it)',
          params: jobParams,
          response: { 200: jobSchema, ...errorResponses },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const job = await findJob(ctx.db, request.params.id);
        const visible =
          job &&
          job.createdBy === principal.username &&
          (job.councilCode === null || canSeeCouncil(principal, job.councilCode));
        if (!job || !visible) throw new ApiError(404, 'job-not-found', 'No such job among yours.');
        return presentJob(job);
      },
    );

    app.get(
      '/api/jobs',
      {
        preHandler: requireSignedIn,
        schema: {
          tags: ['jobs'],
          summary: 'Your recent jobs, newest first',
          querystring: jobListQuery,
          response: { 200: jobSchema.array(), ...errorResponses },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const { council } = request.query;
        if (council !== undefined && !canSeeCouncil(principal, council))
          throw new ApiError(404, 'council-not-found', `No council ${council} among yours.`);
        const jobs = await listJobs(ctx.db, {
          createdBy: principal.username,
          ...(council !== undefined ? { councilCode: council } : {}),
          limit: 20,
        });
        return jobs
          .filter((j) => j.councilCode === null || canSeeCouncil(principal, j.councilCode))
          .map(presentJob);
      },
    );
  };
}
