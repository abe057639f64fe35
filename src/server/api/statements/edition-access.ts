import type { FastifyRequest } from 'fastify';
import { hasPermission } from '../../../auth/access.ts';
import type { StepActor } from '../../../editions/index.ts';
import { type EditionRefusal, findEdition, type StatementEdition } from '../../../store/index.ts';
import { ApiError } from '../../plugins/errors.ts';
import { type ApiContext, principalOf } from '../context.ts';

/** The signed-in user as the edition rules see them. */
export function actorOf(request: FastifyRequest): StepActor {
  const principal = principalOf(request);
  return {
    username: principal.username,
    canEdit: hasPermission(principal, 'plan:edit'),
    canApprove: hasPermission(principal, 'statements:approve'),
  };
}

/** The edition of the route, or 404 `edition-not-found`. */
export async function editionOf(ctx: ApiContext, code: string, number: number): Promise<StatementEdition> {
  const edition = await findEdition(ctx.db, code, number);
  if (!edition) throw new ApiError(404, 'edition-not-found', `No statement edition ${number} for ${code}.`);
  return edition;
}

const STATUS: Record<EditionRefusal['reason'], [number, string]> = {
  'not-found': [404, 'edition-not-found'],
  forbidden: [403, 'forbidden'],
  'wrong-status': [409, 'edition-wrong-status'],
  'four-eyes': [409, 'four-eyes'],
  'open-edition-exists': [409, 'open-edition-exists'],
  invalid: [400, 'invalid-narrative'],
};

/** A store refusal as the API error it answers with. */
export function refusalError(refusal: EditionRefusal): ApiError {
  const [status, id] = STATUS[refusal.reason];
  return new ApiError(status, id, refusal.message);
}
