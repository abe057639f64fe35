import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase } from './embedded-database.ts';
import { resolveDatabase } from './resolve-database.ts';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sufficiency-embedded-test-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function query(url: string, text: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

describe('startEmbeddedDatabase', () => {
  it('initialises once, keeps data and password across restarts, and survives a stale postmaster.pid', async () => {
    const first = await startEmbeddedDatabase({ dataDir, durable: false });
    expect(new URL(first.url).pathname).toBe('/sufficiency');
    await query(first.url, 'create table kept (n integer); insert into kept values (42)');
    const password = await readFile(join(dataDir, 'password'), 'utf8');
    expect((await stat(join(dataDir, 'password'))).mode & 0o777).toBe(0o600);

    // While it runs, a second start on the same directory reuses it and leaves it running.
    const second = await startEmbeddedDatabase({ dataDir, durable: false });
    expect(second.url).toBe(first.url);
    await second.stop();
    expect(await query(first.url, 'select n from kept')).toEqual([{ n: 42 }]);
    await first.stop();

    // A killed run leaves postmaster.pid behind, and its pid may since belong to another live process
    // (here a `sleep`), which PostgreSQL alone would refuse to start over.
    const sleeper = spawn('sleep', ['30']);
    await writeFile(
      join(dataDir, 'cluster', 'postmaster.pid'),
      `${sleeper.pid}\n${dataDir}/cluster\n0\n5999\n\n127.0.0.1\n`,
    );
    const third = await startEmbeddedDatabase({ dataDir, durable: false }).finally(() => sleeper.kill());
    expect(await readFile(join(dataDir, 'password'), 'utf8')).toBe(password);
    expect(await query(third.url, 'select n from kept')).toEqual([{ n: 42 }]);
    await third.stop();
  });
});

describe('resolveDatabase', () => {
  it('uses DATABASE_URL when set, without starting a server', async () => {
    const url = 'postgres://app:secret@db.example:5432/sufficiency';
    const resolved = await resolveDatabase({ env: { DATABASE_URL: url } });
    expect(resolved.url).toBe(url);
    expect(resolved.embedded).toBe(false);
    await resolved.stop();
  });
});
