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
 * COPY at a time, so lines are buffered per table and sent in chunks. A chunk goes out at `chunkChars`
 * when its table's COPY is open, or when the open COPY has nothing waiting (CSV returns arrive table by
 * table: each table streams while the next file is read, and PostgreSQL works while we parse). Switching
 * away from a COPY that still has lines waiting costs a round trip, so that waits for `switchChars`
 * (XML interleaves tables). `add` returns a promise only while a chunk is being sent: the reader awaits
 * it, which is the backpressure.
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
    private readonly chunkChars = 64 * 1024,
    private readonly switchChars = 1 << 20,
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
    if (buffer.chars < this.chunkChars) return undefined;
    if (buffer.chars < this.switchChars && !this.canSendNow(table)) return undefined;
    return this.enqueue(() => this.sendPending(table));
  }

  /** True when sending `table` now needs no switch, or the switch leaves nothing behind. */
  private canSendNow(table: string): boolean {
    const open = this.open?.table;
    return open === undefined || open === table || (this.pending.get(open)?.lines ?? 0) === 0;
  }

  /** Sends everything still buffered and closes the open COPY. */
  async finish(onSent?: (linesSent: number) => void): Promise<void> {
    // The open table first: one switch fewer.
    const open = this.open?.table;
    const tables = [...this.pending.keys()].sort((a, b) => Number(b === open) - Number(a === open));
    for (const table of tables) {
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
