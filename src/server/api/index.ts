import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { CouncilDataCache } from '../../app/index.ts';
import { failInterruptedJobs, JobRunner } from '../../jobs/index.ts';
import type { Database } from '../../store/index.ts';
import { apiNotFound } from '../plugins/errors.ts';
import { childRoutes } from './children/routes.ts';
import { comparatorRoutes } from './comparators/routes.ts';
import type { ApiContext } from './context.ts';
import { councilRoutes } from './councils/routes.ts';
import { findingRoutes } from './findings/routes.ts';
import { forecastRoutes } from './forecasts/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from './imports/receive-upload.ts';
import { importRoutes } from './imports/routes.ts';
import { indicatorRoutes } from './indicators/routes.ts';
import { jobRoutes } from './jobs/routes.ts';
import { localDataRoutes } from './local-data/routes.ts';
import { settingsRoutes } from './settings/routes.ts';
import { statementRoutes } from './statements/routes.ts';
import { strategyRoutes } from './strategy/routes.ts';
import { supplyRoutes } from './supply/routes.ts';
import { supplyViewRoutes } from './supply-views/routes.ts';
import { surveyRoutes } from './surveys/routes.ts';

export interface ApiOptions {
  db: Kysely<Database>;
  demo: boolean;
  /** Upload limits (tests lower them). */
  uploads?: Partial<UploadLimits>;
}

/**
 * The data API under /api: councils and overview, imports and jobs, findings, children, settings,
 * indicators, comparators, health. (Session, users and audit are served by the auth plugin, which registers them itself.)
 * Starting it marks jobs a previous process left queued or running as failed.
 */
export async function apiRoutes(app: FastifyInstance, options: ApiOptions): Promise<void> {
  await failInterruptedJobs(options.db);
  const ctx: ApiContext = {
    db: options.db,
    demo: options.demo,
    jobs: new JobRunner(options.db, {
      onError: (error, job) =>
        app.log.error(
          {
            jobId: job.id,
            kind: job.kind,
            errorName: (error as Error)?.name,
            stack: (error as Error)?.stack?.split('\n').slice(1, 8).join('\n'),
          },
          'job failed unexpectedly',
        ),
    }),
    councilData: new CouncilDataCache(options.db),
    uploads: { ...DEFAULT_UPLOAD_LIMITS, ...options.uploads },
  };
  app.addHook('onClose', () => ctx.jobs.idle());
  app.setNotFoundHandler(apiNotFound);
  await app.register(healthRoutes);
  await app.register(councilRoutes(ctx));
  await app.register(importRoutes(ctx));
  await app.register(jobRoutes(ctx));
  await app.register(findingRoutes(ctx));
  await app.register(childRoutes(ctx));
  await app.register(settingsRoutes(ctx));
  await app.register(indicatorRoutes(ctx));
  await app.register(comparatorRoutes(ctx));
  await app.register(supplyRoutes(ctx));
  await app.register(supplyViewRoutes(ctx));
  await app.register(localDataRoutes(ctx));
  await app.register(strategyRoutes(ctx));
  await app.register(surveyRoutes(ctx));
  await app.register(statementRoutes(ctx));
  await app.register(forecastRoutes(ctx));
}
