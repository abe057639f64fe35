/**
 * Statement benchmark. Prints figures; asserts nothing.
 *
 *   npx tsx bench/statement.ts [--data-dir dir] [--as-at dd/mm/yyyy] [--runs 2]
 *
 * Loads the demo council (src/app/demo-council.ts: 600 children, five returns to 2025/26) into an embedded
 * PostgreSQL (a throwaway one unless --data-dir names one to keep and reuse), then times building the
 * Market Position & Sufficiency Statement as PDF from the database — loading the timelines, every
 * indicator for five years, the council's forecast as the app makes it (reference period chosen by backtest,
 * 3 years × 500 paths on worker threads: `statementForecast`), the strategy, disclosure control, the
 * charts, Chromium's two print passes — target ≤ 15 s; and, for comparison, DOCX and HTML from the same
 * document. Each run starts from a cold cache (a new CouncilDataCache), as the CLI does; Chromium's launch
 * is included.
 */

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureDemoCouncil } from '../src/app/index.ts';
import { parseUkDate, todayEpochDay } from '../src/dates/index.ts';
import { loadCouncilStatement, renderDocx, renderHtml, renderPdf } from '../src/report/index.ts';
import { migrateToLatest, openDatabase, startEmbeddedDatabase } from '../src/store/index.ts';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'as-at': { type: 'string' },
    runs: { type: 'string', default: '2' },
  },
});
const asAt = values['as-at'] ? parseUkDate(values['as-at']) : todayEpochDay();
if (asAt === null) throw new Error(`--as-at: invalid date "${values['as-at']}" (expected dd/mm/yyyy)`);
const dataDir = values['data-dir'] ?? (await mkdtemp(join(tmpdir(), 'statement-bench-')));
const server = await startEmbeddedDatabase({
  dataDir,
  persistent: values['data-dir'] !== undefined,
  durable: false,
});
const { db, close } = openDatabase(server.url);
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);
try {
  const migration = await migrateToLatest(db);
  if (migration.error) throw migration.error;
  let t = performance.now();
  const loaded = await ensureDemoCouncil(db);
  console.log(
    loaded ? `demo council loaded: ${loaded} returns in ${seconds(t)} s` : 'demo council already loaded',
  );
  for (let run = 1; run <= Number(values.runs); run++) {
    t = performance.now();
    const result = await loadCouncilStatement(db, 'E06000016', { asAt });
    if (result.status !== 'ok') throw new Error(result.message);
    const built = seconds(t);
    const pdf = await renderPdf(result.document);
    if (pdf.status !== 'ok') throw new Error(pdf.message);
    console.log(
      `run ${run}: statement PDF for the demo council in ${seconds(t)} s (document ${built} s; ${pdf.pages} pages, ${(pdf.pdf.length / 1024).toFixed(0)} KB) — target ≤ 15 s`,
    );
    let r = performance.now();
    const docx = await renderDocx(result.document);
    console.log(
      `run ${run}: DOCX from the same document in ${seconds(r)} s (${(docx.length / 1024).toFixed(0)} KB)`,
    );
    r = performance.now();
    const html = renderHtml(result.document);
    console.log(
      `run ${run}: HTML from the same document in ${seconds(r)} s (${(html.length / 1024).toFixed(0)} KB)`,
    );
  }
  console.log(`Node peak RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
} finally {
  await close();
  await server.stop();
}
