import { describe, expect, it } from 'vitest';
import { EPISODES, lines } from './fixtures/read-fixture.ts';
import { readReturn } from './read-return.ts';
import type { AcceptedRow } from './return-sink.ts';
import { bufferSource } from './return-source.ts';

const text = lines(EPISODES, 'C1,01/04/2024,S,C2,N1,U4,PR1,,,,,,', 'C2,01/04/2024,S,C2,N1,U4,PR1,,,,,,');
const bytes = new TextEncoder().encode(text);

describe('readReturn', () => {
  it('awaits a sink that returns promises, in row order', async () => {
    const seen: string[] = [];
    const sink = {
      accept: async (row: AcceptedRow) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        seen.push(String(row.record.childId));
      },
      setAside: async () => {},
    };
    const result = await readReturn(
      [bufferSource('episodes.csv', bytes, 16)],
      { collectionYear: 2025 },
      sink,
    );
    expect(seen).toEqual(['C1', 'C2']);
    expect(result.rowCounts).toEqual({ Episodes: 2 });
  });

  it('reports progress, ending with every byte read', async () => {
    const progress: number[] = [];
    await readReturn(
      [bufferSource('episodes.csv', bytes, 16)],
      { collectionYear: 2025, onProgress: (p) => progress.push(p.bytesRead) },
      { accept: () => {}, setAside: () => {} },
    );
    // Throttled to one call per 50 ms, so the first chunk and the final call: first 16 bytes, then all.
    expect(progress[0]).toBe(16);
    expect(progress[progress.length - 1]).toBe(bytes.length);
  });
});
