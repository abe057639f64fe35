import { createHash } from 'node:crypto';
import { codeListYear } from './code-lists.ts';
import { FindingCollector } from './finding-collector.ts';
import { CsvFileReader, type TextReader } from './read-csv.ts';
import type { FileSummary, ReadOptions, ReadResult } from './read-result.ts';
import { XmlFileReader } from './read-xml.ts';
import { ReturnChecks } from './return-checks.ts';
import type { ReturnSink } from './return-sink.ts';
import type { ReturnSource } from './return-source.ts';
import { type ReadContext, RowEmitter } from './row-emitter.ts';
import { ReturnTextDecoder } from './text-decoding.ts';

const PROGRESS_EVERY_MS = 50;

/**
 * Reads a 903 return — CSV files (one table each, recognised by the header row) and/or an XML file — in
 * one streaming pass per file, validating as it reads. Clean rows go to `sink.accept`, rows with
 * structural problems to `sink.setAside`; findings (structural and content) come back in the result, with
 * the checks across the whole return (orphans, overlaps, gaps…) run after the last file.
 *
 * ### Example
 * ```ts
 * const result = await readReturn([await fileSource('episodes.csv')], { collectionYear: 2025 }, sink);
 * if (result.structuralProblems > 0) rollBack();
 * ```
 */
export async function readReturn(
  sources: ReturnSource[],
  options: ReadOptions,
  sink: ReturnSink,
): Promise<ReadResult> {
  const year = options.collectionYear;
  const ctx: ReadContext = {
    year,
    sink,
    findings: new FindingCollector(),
    checks: new ReturnChecks(year),
    rowCounts: {},
  };
  const files: FileSummary[] = [];
  for (const source of sources) files.push(await readFile(source, ctx, options));
  ctx.checks.finish((f) => ctx.findings.add(f));
  return {
    files,
    findings: ctx.findings.finish(),
    structuralProblems: ctx.findings.structural,
    codeListsAssumed: codeListYear(year).assumed,
    rowCounts: ctx.rowCounts,
  };
}

async function readFile(source: ReturnSource, ctx: ReadContext, options: ReadOptions): Promise<FileSummary> {
  const summary: FileSummary = {
    name: source.name,
    sha256: '',
    bytes: 0,
    format: /\.xml$/i.test(source.name) ? 'xml' : 'csv',
    encoding: null,
    tables: [],
    rows: 0,
    rowsSetAside: 0,
  };
  const out = new RowEmitter(ctx, summary);
  const hash = createHash('sha256');
  const decoder = new ReturnTextDecoder();
  let reader: TextReader | null = null;
  let lead = '';
  let stopped = false;
  let lastProgress = 0;
  const progress = (force: boolean) => {
    const now = Date.now();
    if (!options.onProgress || (!force && now - lastProgress < PROGRESS_EVERY_MS)) return;
    lastProgress = now;
    options.onProgress({ file: source.name, bytesRead: summary.bytes, totalBytes: source.size });
  };
  // Leading whitespace is held until the first real character says CSV or XML.
  const feed = async (text: string) => {
    if (!reader) {
      lead += text;
      reader = startReader(lead, out, summary);
      if (!reader) return;
      text = lead;
      lead = '';
    }
    await reader.push(text);
  };

  // Reads every byte even after the text is refused, so the hash is of the whole file.
  for await (const chunk of source.open()) {
    hash.update(chunk);
    summary.bytes += chunk.byteLength;
    progress(false);
    if (stopped) continue;
    // The line this chunk starts on places a decoding problem found inside it.
    const chunkLine = (reader as TextReader | null)?.currentLine ?? 1;
    const decoded = decoder.push(chunk);
    if (decoded.text.length > 0) await feed(decoded.text);
    const problem = decoded.problem;
    if (problem) {
      out.fileProblem(problem.code, {
        problem: problem.problem,
        expected: problem.expected,
        ...(reader ? { row: chunkLine + problem.linesIntoChunk } : {}),
      });
      stopped = problem.fatal;
    }
  }
  if (!stopped) {
    const tail = decoder.end();
    if (tail.length > 0) await feed(tail);
    const done = reader as TextReader | null;
    if (done) await done.end();
    else
      out.fileNote('empty-file', {
        problem: 'the file is empty and was skipped',
        expected: 'a 903 table with its header row',
      });
  }
  summary.sha256 = hash.digest('hex');
  summary.encoding = reader ? decoder.encoding : null;
  progress(true);
  return summary;
}

/** Chooses CSV or XML from the first text (leading whitespace skipped); null until there is some. */
function startReader(text: string, out: RowEmitter, summary: FileSummary): TextReader | null {
  const first = /\S/.exec(text);
  if (!first) return null;
  summary.format = first[0] === '<' ? 'xml' : 'csv';
  return summary.format === 'xml' ? new XmlFileReader(out) : new CsvFileReader(out);
}
