import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { type CopyStreamQuery, from as copyFrom } from 'pg-copy-streams';

interface Pending {
  copySql: string;
  parts: string[];
  chars: number;
  lines: number;
}

/**
 * Streams COPY lines for several tables over ONE connection (one transaction). A connection runs one
 * COPY at a time, so lines are buffered per table and sent in chunks; the open COPY is switched only
 * when another table's chunk is due. CSV returns arrive table by table, so each table is usually one
 * COPY; XML interleaves tables, which costs one COPY per chunk. `add` returns a promise only while a
 * chunk is being sent: the reader awaits it, which is the backpressure.
 */
export class CopyWriter {
  private readonly pending = new Map<string, Pending>();
  private open: { table: string; stream: CopyStreamQuery } | null = null;
  private tail: Promise<void> = Promise.resolve();
  /** Lines handed to `add` / lines sent to the server. */
  linesAdded = 0;
  linesSent = 0;

  constructor(
    private readonly client: pg.PoolClient,
    private readonly chunkChars = 1 << 20,
  ) {}

  add(table: string, copySql: string, line: string): Promise<void> | undefined {
    let buffer = this.pending.get(table);
    if (!buffer) {
      buffer = { copySql, parts: [], chars: 0, lines: 0 };
      this.pending.set(table, buffer);
    }
    buffer.parts.push(line);
    buffer.chars += line.length;
    buffer.lines++;
    this.linesAdded++;
    return buffer.chars >= this.chunkChars ? this.enqueue(() => this.sendPending(table)) : undefined;
  }

  /** Sends everything still buffered and closes the open COPY. */
  async finish(onSent?: (linesSent: number) => void): Promise<void> {
    for (const table of this.pending.keys()) {
      await this.enqueue(() => this.sendPending(table));
      onSent?.(this.linesSent);
    }
    await this.enqueue(() => this.closeOpen());
  }

  /** Drops what is buffered and closes the open COPY, so the transaction can be rolled back. */
  async abandon(): Promise<void> {
    this.pending.clear();
    await this.enqueue(() => this.closeOpen());
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.tail = this.tail.then(work);
    // The reader may not await add(); finish() reports the failure, so never leave it unhandled.
    this.tail.catch(() => {});
    return this.tail;
  }

  private async sendPending(table: string): Promise<void> {
    const buffer = this.pending.get(table);
    if (!buffer || buffer.lines === 0) return;
    const text = buffer.parts.join('');
    const lines = buffer.lines;
    buffer.parts = [];
    buffer.chars = 0;
    buffer.lines = 0;
    if (this.open?.table !== table) {
      await this.closeOpen();
      const stream = this.client.query(copyFrom(buffer.copySql));
      // Errors surface through `errored`, `once(drain)` and `finished`; an unheard 'error' would crash.
      stream.on('error', () => {});
      this.open = { table, stream };
    }
    const stream = (this.open as { stream: CopyStreamQuery }).stream;
    if (stream.errored) throw stream.errored;
    if (!stream.write(text)) await once(stream, 'drain');
    this.linesSent += lines;
  }

  private async closeOpen(): Promise<void> {
    const open = this.open;
    if (!open) return;
    this.open = null;
    open.stream.end();
    await finished(open.stream);
  }
}
