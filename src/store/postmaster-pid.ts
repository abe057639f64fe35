import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** What `postmaster.pid` says about a server owning a data directory. */
export type PostmasterState =
  | { kind: 'none' }
  | { kind: 'running'; pid: number; port: number }
  | { kind: 'stale' };

/**
 * Reads `postmaster.pid` in a cluster directory: no file, a live postgres that owns it (with its port),
 * or a stale file left by a killed run (its process is gone, or the pid now belongs to something else).
 */
export async function postmasterState(clusterDir: string): Promise<PostmasterState> {
  let text: string;
  try {
    text = await readFile(join(clusterDir, 'postmaster.pid'), 'utf8');
  } catch {
    return { kind: 'none' };
  }
  // Lines: pid, data directory, start time, port, socket dir, listen address, shared memory key, status.
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  // A recycled pid may now belong to another program, or to a postgres serving another directory.
  if (!Number.isInteger(pid) || pid <= 0 || lines[1] !== clusterDir || !(await isPostgres(pid)))
    return { kind: 'stale' };
  return { kind: 'running', pid, port };
}

async function isPostgres(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('postgres');
  } catch {
    // No /proc (macOS): trust the live pid.
    return true;
  }
}

/** Removes a stale `postmaster.pid` so the server can start. */
export async function removeStalePid(clusterDir: string): Promise<void> {
  await rm(join(clusterDir, 'postmaster.pid'), { force: true });
}
