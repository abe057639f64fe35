/**
 * Import speed of the store with the real 903 reader. Prints figures; asserts nothing.
 *
 *   npx tsx bench/store-import.ts [imports=150]
 *
 * 1. a ~10k-row return (1,000 children: 5,000 episodes and 4,500 other rows) as in-memory CSVs, imported
 *    four times (the first runs cold), with the reader alone timed for comparison;
 * 2. `imports` benchmark-shaped returns (200 children: 1,000 episodes + 900 other rows), 10 years per
 *    council, with Node and PostgreSQL CPU time per import (robust when the machine is shared);
 * 3. loadReturnData for each of those councils.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { day } from '../src/dates/index.ts';
import { readReturn } from '../src/ssda903/index.ts';
import {
  importReturn,
  loadReturnData,
  migrateToLatest,
  openDatabase,
  startEmbeddedDatabase,
} from '../src/store/index.ts';
import { csvSources } from '../test/store/return-files.ts';
import { childHeader, episode } from '../test/store/return-fixtures.ts';

function syntheticTables(children: number, year: number) {
  const Header = [];
  const Episodes = [];
  const Missing = [];
  const Reviews = [];
  const UASC = [];
  for (let c = 0; c < children; c++) {
    const childId = `C${String(c).padStart(6, '0')}`;
    const dob = day(2008, 1, 1) + c;
    Header.push(childHeader(childId, c % 2 ? 'M' : 'F', dob));
    let start = day(year - 1, 4, 1) + (c % 60);
    for (let e = 0; e < 5; e++) {
      const end = e < 4 ? start + 30 : null;
      Episodes.push(episode(childId, start, end, e === 0 ? 'S' : 'P', 'U4'));
      if (end !== null) start = end;
    }
    Missing.push({ childId, dob, kind: 'M', start: day(year - 1, 6, 1), end: day(year - 1, 6, 2) });
    Reviews.push({ childId, dob, reviewDate: day(year - 1, 7, 1), participation: 'PN1' });
    Reviews.push({ childId, dob, reviewDate: day(year - 1, 12, 1), participation: 'PN2' });
    if (c % 2) UASC.push({ childId, sex: 'M', dob, uascCeased: null });
  }
  return { Header, Episodes, Missing, Reviews, UASC };
}

const rowCount = (t: ReturnType<typeof syntheticTables>) =>
  Object.values(t).reduce((n, rows) => n + rows.length, 0);
const nodeCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** CPU seconds used so far by every postgres process (utime + stime in /proc, 100 ticks a second). */
function postgresCpu(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100;
}

const imports = Number(process.argv[2] ?? 150);
const dataDir = await mkdtemp(join(tmpdir(), 'sufficiency-measure-'));
const server = await startEmbeddedDatabase({ dataDir });
const { db, close } = openDatabase(server.url);
const councilCode = (n: number) => `E${String(6000000 + n).padStart(8, '0')}`;
try {
  const migration = await migrateToLatest(db);
  if (migration.error) throw migration.error;

  const big = syntheticTables(1000, 2025);
  const bigSources = csvSources(2025, big);
  for (let i = 0; i < 4; i++) {
    let t = performance.now();
    await readReturn(bigSources, { collectionYear: 2025 }, { accept() {}, setAside() {} });
    const readMs = performance.now() - t;
    t = performance.now();
    const r = await importReturn(db, {
      sources: bigSources,
      councilCode: 'E06000016',
      collectionYear: 2025,
      importedBy: 'measure',
    });
    const ms = performance.now() - t;
    const rate = Math.round((rowCount(big) / ms) * 1000).toLocaleString('en-GB');
    console.log(
      `~10k-row return, ${rowCount(big)} rows: read alone ${readMs.toFixed(0)} ms; import ${ms.toFixed(0)} ms = ${rate} rows/s (${r.status})`,
    );
  }

  const shapes = Array.from({ length: 10 }, (_, y) => csvSources(2017 + y, syntheticTables(200, 2017 + y)));
  const perReturn = rowCount(syntheticTables(200, 2017));
  const [pg0, node0, t0] = [postgresCpu(), nodeCpu(), performance.now()];
  for (let i = 0; i < imports; i++) {
    const year = 2017 + (i % 10);
    const sources = shapes[i % 10] ?? [];
    const r = await importReturn(db, {
      sources,
      councilCode: councilCode(Math.floor(i / 10)),
      collectionYear: year,
      importedBy: 'measure',
    });
    if (r.status !== 'imported') throw new Error(r.findings[0]?.message);
  }
  const seconds = (performance.now() - t0) / 1000;
  const [nodeS, pgS] = [nodeCpu() - node0, postgresCpu() - pg0];
  console.log(
    `${imports} returns of ${perReturn} rows: ${seconds.toFixed(2)} s = ${((seconds / imports) * 1000).toFixed(1)} ms/import, ${Math.round((imports * perReturn) / seconds).toLocaleString('en-GB')} rows/s; ` +
      `CPU per import: node ${((nodeS / imports) * 1000).toFixed(1)} ms, postgres ${((pgS / imports) * 1000).toFixed(1)} ms`,
  );

  const [lpg0, lnode0, t1] = [postgresCpu(), nodeCpu(), performance.now()];
  let episodes = 0;
  for (let c = 0; c < Math.ceil(imports / 10); c++) {
    for (const r of await loadReturnData(db, councilCode(c))) episodes += r.episodes.length;
  }
  const loadSeconds = (performance.now() - t1) / 1000;
  console.log(
    `loadReturnData: ${episodes.toLocaleString('en-GB')} episodes in ${loadSeconds.toFixed(2)} s (CPU: node ${(nodeCpu() - lnode0).toFixed(2)} s, postgres ${(postgresCpu() - lpg0).toFixed(2)} s)`,
  );
} finally {
  await close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
