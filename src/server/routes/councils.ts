import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { councilYears } from '../../app/index.ts';
import { findCouncil } from '../../councils/index.ts';
import type { Database } from '../../store/index.ts';
import { councilsWithData } from '../../store/index.ts';

/** JSON API: the councils with data, and each council's imported years with headline counts. */
export function councilRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/api/councils', async () => {
    const codes = await councilsWithData(db);
    return codes.map((code) => ({ code, name: findCouncil(code)?.name ?? code }));
  });

  app.get<{ Params: { code: string } }>('/api/councils/:code/years', async (request, reply) => {
    const council = findCouncil(request.params.code);
    if (!council) return reply.code(404).send({ id: 'council-not-found', message: `no council "${request.params.code}"` });
    return { council: { code: council.code, name: council.name }, years: await councilYears(db, council.code) };
  });
}
