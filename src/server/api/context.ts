import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { CouncilDataCache } from '../../app/index.ts';
import type { Principal } from '../../auth/principal.ts';
import { findCouncil } from '../../councils/index.ts';
import type { JobRunner } from '../../jobs/index.ts';
import type { Database } from '../../store/index.ts';
import { ApiError } from '../plugins/errors.ts';
import type { UploadLimits } from './imports/receive-upload.ts';

/** What every data resource's routes share (built once in index.ts). */
export interface ApiContext {
  db: Kysely<Database>;
  demo: boolean;
  jobs: JobRunner;
  councilData: CouncilDataCache;
  uploads: UploadLimits;
}

/**
 * The signed-in user. The route's preHandler (requirePermission / requireSignedIn) has already answered
 * 401 without one; this is the typed view for the handler.
 */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new ApiError(401, 'not-signed-in', 'Sign in to continue.');
  return request.principal;
}

/** `{ code, name }` of a council for answers (the registry name, or the code for one it does not know). */
export function councilRef(code: string): { code: string; name: string } {
  return { code, name: findCouncil(code)?.name ?? code };
}
