/**
 * The overview API under load: N concurrent signed-in users (default 50, each with its own session)
 * against the demo council. Prints requests per second and p50/p95/p99 latency. Asserts nothing.
 *
 *   npx tsx bench/http.ts [--users 50] [--seconds 15]
 *
 * The server runs on the main thread; the users run in a worker thread (their own event loop), so the
 * latencies are the server's as a client sees them, on this 2-core machine, with PostgreSQL beside both.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { DEMO, ensureDemoCouncil } from '../src/app/index.ts';
import { createSession, ensureDemoUsers } from '../src/auth/index.ts';
import { buildServer } from '../src/server/index.ts';
import { migrateToLatest, openDatabase, startEmbeddedDatabase } from '../src/store/index.ts';

const { values } = parseArgs({
  options: { users: { type: 'string', default: '50' }, seconds: { type: 'string', default: '15' } },
});
const USERS = Number(values.users);
const SECONDS = Number(values.seconds);

const dir = await mkdtemp(join(tmpdir(), 'bench-http-'));
await chmod(dir, 0o755); // PostgreSQL runs as its own user when we are root
const server = await startEmbeddedDatabase({ dataDir: join(dir, 'pg'), persistent: false });
const { db, close } = openDatabase(server.url, { max: 10 });
try {
  const migration = await migrateToLatest(db);
  if (migration.error) throw migration.error;
  await ensureDemoCouncil(db);
  await ensureDemoUsers(db, DEMO.councilCode);
  const viewer = await db
    .selectFrom('user_account')
    .select('id')
    .where('username', '=', 'demo-viewer')
    .executeTakeFirstOrThrow();
  const sessions = await Promise.all(
    Array.from({ length: USERS }, () => createSession(db, viewer.id, 'password', null)),
  );
  const app = await buildServer({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}/api/councils/${DEMO.councilCode}/overview`;

  const started = performance.now();
  const first = await fetch(url, { headers: { cookie: `sid=${sessions[0]?.token}` } });
  await first.arrayBuffer();
  console.log(
    `first request (cold cache): HTTP ${first.status} in ${(performance.now() - started).toFixed(0)} ms`,
  );

  const result = await new Promise<{ latencies: number[]; errors: number }>((resolve, reject) => {
    const worker = new Worker(new URL('./http-users.mjs', import.meta.url), {
      workerData: { url, cookies: sessions.map((s) => `sid=${s.token}`), warmupSeconds: 2, seconds: SECONDS },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const latencies = result.latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]?.toFixed(1);
  console.log(
    `${USERS} concurrent users for ${SECONDS} s: ${latencies.length} requests, ${(latencies.length / SECONDS).toFixed(0)} requests/s, ${result.errors} errors`,
  );
  console.log(
    `latency ms: p50 ${pct(50)}  p95 ${pct(95)} (target ≤ 100)  p99 ${pct(99)}  max ${latencies.at(-1)?.toFixed(1)}`,
  );
  await app.close();
} finally {
  await close();
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
