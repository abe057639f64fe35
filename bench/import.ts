/**
 * National-scale import benchmark. Prints figures; asserts nothing.
 *
 *   npx tsx bench/import.ts [--councils 150] [--children 530] [--years 10] [--concurrency 2] [--keep]
 *
 * 1. writes (or reuses) synthetic returns for N councils × Y years under /tmp/sufficiency-bench/
 * 2. reads every file with a no-op sink (rows per second read)
 * 3. imports every return into a fresh embedded PostgreSQL (seconds to import); `--concurrency` councils are
 *    imported at once (each council's years in order), as a region loading many councils would
 * 4. builds every council's timelines (seconds; the next council's rows load while one is built)
 * Peak memory: the Node process's max RSS; PostgreSQL's summed RSS sampled every 250 ms.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { returnFiles } from '../src/app/return-files.ts';
import { buildTimelines } from '../src/care/index.ts';
import { allCouncils, isInCouncilArea } from '../src/councils/index.ts';
import { loadPostcodeDirectory } from '../src/geo/index.ts';
import { readReturn } from '../src/ssda903/index.ts';
import {
  importReturn,
  loadReturnData,
  migrateToLatest,
  openDatabase,
  startEmbeddedDatabase,
} from '../src/store/index.ts';
import { generateCouncil, placesForCouncil, writeCouncil } from '../src/synth/index.ts';

const { values } = parseArgs({
  options: {
    councils: { type: 'string', default: '150' },
    children: { type: 'string', default: '530' },
    years: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '2' },
    keep: { type: 'boolean', default: false },
  },
});
const COUNCILS = Number(values.councils);
const CHILDREN = Number(values.children);
const YEARS = Number(values.years);
const CONCURRENCY = Math.max(1, Number(values.concurrency));
const LAST_YEAR = 2026;
const root = join(tmpdir(), 'sufficiency-bench', `national-${COUNCILS}x${CHILDREN}x${YEARS}`);

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function postgresRss(): number {
  try {
    const out = execFileSync('ps', ['-C', 'postgres', '-o', 'rss='], { encoding: 'utf8' });
    return out.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) * 1024;
  } catch {
    return 0;
  }
}

async function writeData(): Promise<string[]> {
  const councils = allCouncils().slice(0, COUNCILS);
  if (existsSync(join(root, 'done'))) return councils.map((c) => c.code);
  await rm(root, { recursive: true, force: true });
  const t = process.hrtime.bigint();
  for (const [i, council] of councils.entries()) {
    const synthetic = generateCouncil(
      {
        councilCode: council.code,
        children: CHILDREN,
        years: YEARS,
        lastYear: LAST_YEAR,
        seed: 1000 + i,
        growth: 0,
      },
      placesForCouncil(council.code),
    );
    await writeCouncil(synthetic, join(root, council.code));
    if ((i + 1) % 25 === 0) process.stdout.write(`  generated ${i + 1}/${councils.length} councils\n`);
  }
  await writeFile(join(root, 'done'), '');
  console.log(`generated ${councils.length} councils × ${YEARS} years in ${seconds(t).toFixed(1)} s`);
  return councils.map((c) => c.code);
}

async function yearFolders(code: string): Promise<{ year: number; dir: string }[]> {
  const names = await readdir(join(root, code));
  return names
    .filter((n) => /^\d{4}$/.test(n))
    .map((n) => ({ year: Number(n), dir: join(root, code, n) }))
    .sort((a, b) => a.year - b.year);
}

const codes = await writeData();

// Reading alone.
let rowsRead = 0;
let t = process.hrtime.bigint();
for (const code of codes) {
  for (const { year, dir } of await yearFolders(code)) {
    const files = await returnFiles([dir]);
    if (files.status !== 'ok') throw new Error(files.message);
    const result = await readReturn(files.sources, { collectionYear: year }, { accept() {}, setAside() {} });
    rowsRead += Object.values(result.rowCounts).reduce((a, b) => a + (b ?? 0), 0);
  }
}
const readSeconds = seconds(t);
console.log(
  `read      ${rowsRead.toLocaleString('en-GB')} rows in ${readSeconds.toFixed(1)} s = ${Math.round(rowsRead / readSeconds).toLocaleString('en-GB')} rows/s`,
);

// Import into a fresh database.
const dataDir = join(tmpdir(), 'sufficiency-bench', 'postgres');
await rm(dataDir, { recursive: true, force: true });
await mkdir(dataDir, { recursive: true });
const server = await startEmbeddedDatabase({ dataDir });
const handle = openDatabase(server.url);
let pgPeak = 0;
const sampler = setInterval(() => {
  pgPeak = Math.max(pgPeak, postgresRss());
}, 250);
try {
  const migration = await migrateToLatest(handle.db);
  if (migration.error) throw migration.error;
  let episodes = 0;
  let batches = 0;
  t = process.hrtime.bigint();
  const queue = [...codes];
  async function lane(): Promise<void> {
    for (let code = queue.shift(); code !== undefined; code = queue.shift()) {
      for (const { year, dir } of await yearFolders(code)) {
        const files = await returnFiles([dir]);
        if (files.status !== 'ok') throw new Error(files.message);
        const result = await importReturn(handle.db, {
          sources: files.sources,
          councilCode: code,
          collectionYear: year,
          kind: 'return',
          allowPartial: false,
          importedBy: 'bench',
        });
        if (result.status !== 'imported')
          throw new Error(`${code} ${year} rejected: ${result.findings[0]?.message}`);
        episodes += result.rowCounts.Episodes ?? 0;
        batches++;
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  const importSeconds = seconds(t);
  console.log(
    `import    ${batches} returns, ${episodes.toLocaleString('en-GB')} episodes in ${importSeconds.toFixed(1)} s, ${CONCURRENCY} at a time (target ≤ 60 s)`,
  );

  // Timelines for every council: the next council's rows are fetched while this one's are built, so
  // PostgreSQL and Node work at the same time (as the app's cache does when several councils are viewed).
  const postcodes = loadPostcodeDirectory();
  let waitSeconds = 0;
  let buildSeconds = 0;
  let children = 0;
  const started = process.hrtime.bigint();
  let next = loadReturnData(handle.db, codes[0] as string);
  for (const [i, code] of codes.entries()) {
    let s = process.hrtime.bigint();
    const returns = await next;
    waitSeconds += seconds(s);
    if (i + 1 < codes.length) next = loadReturnData(handle.db, codes[i + 1] as string);
    s = process.hrtime.bigint();
    const timelines = buildTimelines(returns, {
      councilCode: code,
      locate: (pc) => postcodes.locate(pc),
      inArea: (district) => isInCouncilArea(district, code),
    });
    buildSeconds += seconds(s);
    children += timelines.length;
  }
  console.log(
    `timelines ${children.toLocaleString('en-GB')} children in ${seconds(started).toFixed(1)} s (building ${buildSeconds.toFixed(1)} s, waiting for rows ${waitSeconds.toFixed(1)} s; target ≤ 20 s)`,
  );
} finally {
  clearInterval(sampler);
  await handle.close();
  await server.stop();
  if (!values.keep) await rm(dataDir, { recursive: true, force: true });
}
console.log(
  `memory    Node peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (target ≤ 2 GB); PostgreSQL peak RSS ${mb(pgPeak)} (all its processes, sampled)`,
);
