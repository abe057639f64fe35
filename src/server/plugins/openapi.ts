import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';

/**
 * Zod schemas validate requests and serialise responses, and the same schemas become the OpenAPI
 * document: `GET /api/docs` (Swagger UI) and `GET /api/docs/json`.
 */
export const openApi = fp(
  async (app: FastifyInstance) => {
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await app.register(swagger, {
      openapi: {
        info: {
          title: 'Sufficiency API',
          description:
            'JSON API of Sufficiency. Sign in with POST /api/session (cookie `sid`); send the `csrfToken` from the session as header `x-csrf-token` on every POST, PUT, PATCH and DELETE. Errors are `{ id, message, fields? }`.',
          version: '1.0.0',
        },
        components: {
          securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sid' } },
        },
        security: [{ session: [] }],
      },
      transform: jsonSchemaTransform,
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: false });
  },
  { name: 'openapi' },
);
