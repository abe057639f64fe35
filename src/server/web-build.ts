import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const webDir = join(repoRoot, 'web');
const distDir = join(webDir, 'dist');

/** Newest modification time (ms) of any file under `path` (a file or a folder); 0 when missing. */
async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

/** True when web/dist/index.html is missing or older than any source of the web app. */
export async function webBuildIsStale(): Promise<boolean> {
  const built = await newestMtime(join(distDir, 'index.html'));
  if (built === 0) return true;
  const sources = await Promise.all(
    [
      join(webDir, 'src'),
      join(webDir, 'index.html'),
      join(webDir, 'public'),
      join(repoRoot, 'vite.config.ts'),
    ].map(newestMtime),
  );
  return Math.max(...sources) > built;
}

let building: Promise<string> | undefined;

/**
 * The built front end's folder (web/dist), building it first with Vite when it is missing or stale, so
 * `npm start` on a fresh clone needs no separate build step. Concurrent callers share one build.
 *
 * @example const webRoot = await ensureWebBuild(); await buildServer({ db, webRoot });
 */
export function ensureWebBuild(): Promise<string> {
  building ??= (async () => {
    if (await webBuildIsStale()) {
      process.stdout.write('Building the web app…\n');
      // Imported only when needed: a deployment with a prebuilt web/dist does not need Vite installed.
      const { build } = await import('vite');
      await build({ configFile: join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
    }
    return distDir;
  })().finally(() => {
    building = undefined;
  });
  return building;
}
