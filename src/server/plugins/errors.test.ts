import Fastify from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, errorHandling, INTERNAL_ERROR_MESSAGE, sendError } from './errors.ts';
import { openApi } from './openapi.ts';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/boom', async () => {
    throw new Error('child C123 born 01/02/2010 broke it');
  });
  app.get('/gone', async () => {
    throw new ApiError(410, 'gone', 'It has gone.');
  });
  app.get('/send', async (_request, reply) => sendError(reply, 409, 'clash', 'It clashes.'));
  app.post(
    '/echo',
    { schema: { body: z.object({ year: z.number().int(), name: z.string().min(2) }) } },
    async (r) => r.body,
  );
};

async function app() {
  const logs: string[] = [];
  const instance = Fastify({
    logger: { level: 'error', stream: { write: (line: string) => logs.push(line) } },
  });
  await instance.register(errorHandling);
  await instance.register(openApi);
  await instance.register(routes);
  return { instance, logs };
}

describe('error catalogue', () => {
  it('answers an unexpected error with 500 internal-error and a reference, logging no message or body', async () => {
    const { instance, logs } = await app();
    const res = await instance.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body).toEqual({
      id: 'internal-error',
      message: INTERNAL_ERROR_MESSAGE,
      reference: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
    expect(res.body).not.toContain('C123');
    expect(logs.join('')).toContain(body.reference);
    expect(logs.join('')).not.toContain('C123');
  });

  it('sends ApiError and sendError as { id, message }', async () => {
    const { instance } = await app();
    expect((await instance.inject({ method: 'GET', url: '/gone' })).json()).toEqual({
      id: 'gone',
      message: 'It has gone.',
    });
    const sent = await instance.inject({ method: 'GET', url: '/send' });
    expect([sent.statusCode, sent.json()]).toEqual([409, { id: 'clash', message: 'It clashes.' }]);
  });

  it('turns zod validation errors into 400 invalid-request with a message per field', async () => {
    const { instance } = await app();
    const res = await instance.inject({ method: 'POST', url: '/echo', payload: { year: 'x', name: 'a' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.id).toBe('invalid-request');
    expect(Object.keys(body.fields)).toEqual(['year', 'name']);
    expect(body.message).toBe(`The body is not valid: year: ${body.fields.year}; name: ${body.fields.name}`);
  });

  it("gives Fastify's own client errors a stable id (malformed JSON → invalid-request)", async () => {
    const { instance } = await app();
    const res = await instance.inject({
      method: 'POST',
      url: '/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"year":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().id).toBe('invalid-request');
  });
});
