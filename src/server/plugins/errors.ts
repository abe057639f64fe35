import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** The one shape of every API error: a stable `id` a client can branch on and a sentence a user reads. */
export interface ApiErrorBody {
  id: string;
  message: string;
  /** Per-field messages for a request that failed validation, keyed by the field's path (`year`, `rules.0.category`). */
  fields?: Record<string, string>;
  /** For a 500: quote it to an administrator, who finds the logged error by it. */
  reference?: string;
}

/**
 * An error a handler throws at the HTTP edge (the library code below returns results instead). The error
 * handler sends it as `{ id, message, fields? }` with its status.
 *
 * ### Example
 * ```ts
 * throw new ApiError(404, 'council-not-found', 'No council E06000099 among yours.');
 * ```
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Sends `{ id, message }` with a status. Returns the reply so a handler can `return sendError(...)`. */
export function sendError(
  reply: FastifyReply,
  status: number,
  id: string,
  message: string,
  fields?: Record<string, string>,
): FastifyReply {
  const body: ApiErrorBody = fields ? { id, message, fields } : { id, message };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Ids for errors Fastify and its plugins raise themselves (body too large, wrong content type, …). */
const STATUS_IDS: Record<number, string> = {
  400: 'invalid-request',
  401: 'not-signed-in',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  413: 'too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
};

export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong on our side. Please try again; if it keeps happening, give your administrator the reference.';

/** Field path → message from zod issues (the first message per field). */
function validationFields(error: {
  validation: { instancePath?: string; message?: string; params?: unknown }[];
}) {
  const fields: Record<string, string> = {};
  for (const issue of error.validation) {
    const params = issue.params as { issue?: { path?: PropertyKey[] } } | undefined;
    const path =
      params?.issue?.path?.map(String).join('.') ||
      issue.instancePath?.replace(/^\//, '').replaceAll('/', '.') ||
      '_';
    fields[path] ??= issue.message ?? 'invalid value';
  }
  return fields;
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ApiError) return sendError(reply, error.status, error.id, error.message, error.fields);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = validationFields(error);
    const where = error.validationContext ?? 'request';
    const list = Object.entries(fields)
      .map(([path, message]) => `${path}: ${message}`)
      .join('; ');
    return sendError(reply, 400, 'invalid-request', `The ${where} is not valid: ${list}`, fields);
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (malformed JSON, body too large, …) carry no request data in their message.
    return sendError(reply, status, STATUS_IDS[status] ?? 'invalid-request', error.message);
  }
  const reference = randomUUID().slice(0, 8);
  // Logged without the message or bodies: a database error can quote a value from a row.
  request.log.error(
    {
      reference,
      route: request.routeOptions.url,
      method: request.method,
      errorName: error.name,
      errorCode: error.code,
      stack: error.stack?.split('\n').slice(1, 8).join('\n'),
    },
    'unexpected error',
  );
  return reply
    .code(500)
    .send({ id: 'internal-error', message: INTERNAL_ERROR_MESSAGE, reference } satisfies ApiErrorBody);
}

/**
 * The error catalogue at the HTTP edge: validation → 400 `invalid-request` with `fields`, an `ApiError`
 * → its status and id, Fastify's client errors → their status with a stable id, anything else → 500
 * `internal-error` with a reference and no stack or personal data.
 */
export const errorHandling = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler(handleError);
  },
  { name: 'error-handling' },
);

/** 404 for an /api path no route matches (registered in the /api scope; the front end owns the rest). */
export function apiNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendError(
    reply,
    404,
    'not-found',
    `No API endpoint ${request.method} ${request.url.split('?')[0]}.`,
  );
}
