/**
 * Test support for the API route tests (not used by the app): a Fastify instance with the real error
 * catalogue, OpenAPI and data routes, and a stand-in for the auth plugin that signs a request in as the
 * user named in header `x-test-user`. The real auth plugin's preHandlers read only `request.principal`.
 */
import Fastify, { type FastifyInstance, type InjectOptions, type LightMyRequestResponse } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Principal } from '../../auth/principal.ts';
import type { Role } from '../../auth/roles.ts';
import { bufferSource } from '../../ssda903/index.ts';
import { type Database, importReturn } from '../../store/index.ts';
import { errorHandling } from '../plugins/errors.ts';
import { openApi } from '../plugins/openapi.ts';
import type { UploadLimits } from './imports/receive-upload.ts';
import { apiRoutes } from './index.ts';

export const COUNCIL_A = 'E06000016'; // Leicester
export const COUNCIL_B = 'E08000025'; // Birmingham

/** Test users: one per role in council A, and an analyst of council B only. */
export const USERS: Record<string, Principal> = Object.fromEntries(
  (
    [
      ['ana', ['analyst'], [COUNCIL_A]],
      ['vic', ['viewer'], [COUNCIL_A]],
      ['adam', ['admin'], [COUNCIL_A]],
      ['cora', ['commissioner'], [COUNCIL_A]],
      ['bob', ['analyst'], [COUNCIL_B]],
    ] as [string, Role[], string[]][]
  ).map(([username, roles, councils], i) => [
    username,
    {
      userId: i + 1,
      username,
      displayName: username,
      roles,
      councils,
      method: 'password',
      sessionId: `s${i}`,
    },
  ]),
);

const fakeAuth = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('principal', null);
    app.addHook('onRequest', async (request) => {
      const name = request.headers['x-test-user'];
      request.principal = typeof name === 'string' ? (USERS[name] ?? null) : null;
    });
  },
  { name: 'auth' },
);

export async function buildTestApp(
  db: Kysely<Database>,
  uploads?: Partial<UploadLimits>,
): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await app.register(errorHandling);
  await app.register(openApi);
  await app.register(fakeAuth);
  await app.register(apiRoutes, { db, demo: false, ...(uploads ? { uploads } : {}) });
  await app.ready();
  return app;
}

/** `app.inject` as a user. */
export function as(
  app: FastifyInstance,
  user: string | null,
  options: InjectOptions,
): Promise<LightMyRequestResponse> {
  return app.inject({
    ...options,
    headers: { ...(options.headers ?? {}), ...(user ? { 'x-test-user': user } : {}) },
  });
}

/** A multipart/form-data body with text fields and files (name → text). */
export function multipart(fields: Record<string, string>, files: [string, string | Uint8Array][]) {
  const boundary = '----sufficiencyTestBoundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  for (const [filename, content] of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files[]"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
    );
    parts.push(Buffer.from(content));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Polls a job until it ends (no timing asserted: just enough patience for a small import). */
export async function waitForJob(app: FastifyInstance, user: string, jobId: string) {
  const seen: string[] = [];
  for (let i = 0; i < 600; i++) {
    const res = await as(app, user, { method: 'GET', url: `/api/jobs/${jobId}` });
    const job = res.json();
    seen.push(job.status);
    if (job.status === 'succeeded' || job.status === 'failed') return { job, seen };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${jobId} did not end`);
}

/** A tiny hand-written 2024/25 return: two children; C2's placement code ZZ is not real (one content finding). */
export const SMALL_RETURN: [string, string][] = [
  [
    'header.csv',
    'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,M,01/05/2012,WBRI,,,\nC2,F,31/01/2009,WBRI,,,\n',
  ],
  [
    'episodes.csv',
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
      'C1,01/06/2024,S,C2,N1,U4,PR1,01/09/2024,X1,,LE1 1AA,LE2 2BB,\n' +
      'C1,01/09/2024,P,C2,N1,K2,PR1,,,CARPL,LE1 1AA,LE2 2BB,\n' +
      'C2,10/04/2024,S,C2,N1,ZZ,PR1,,,,LE1 1AA,LE2 2BB,\n',
  ],
];

/** Imports SMALL_RETURN for a council as 2024/25 (straight through the store, not an upload). */
export async function importSmallReturn(db: Kysely<Database>, councilCode: string): Promise<number> {
  const result = await importReturn(db, {
    sources: SMALL_RETURN.map(([name, text]) => bufferSource(name, new TextEncoder().encode(text))),
    councilCode,
    collectionYear: 2025,
    importedBy: 'ana',
  });
  if (result.batchId === undefined) throw new Error('the small return was rejected');
  return result.batchId;
}
