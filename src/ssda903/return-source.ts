import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

/** One file the user gave us: its name, size and a way to read its bytes (more than once if needed). */
export interface ReturnSource {
  /** File name as the user knows it (no directory). */
  name: string;
  /** Bytes. */
  size: number;
  /** Streams the file's bytes from the start; may be called more than once. */
  open(): AsyncIterable<Uint8Array>;
}

const CHUNK_BYTES = 256 * 1024;

/** A file on disk as a {@link ReturnSource}, named by its base name. */
export async function fileSource(path: string): Promise<ReturnSource> {
  const info = await stat(path);
  return {
    name: basename(path),
    size: info.size,
    open: () => createReadStream(path, { highWaterMark: CHUNK_BYTES }),
  };
}

/**
 * Bytes in memory as a {@link ReturnSource} (tests, uploads). Served in chunks so that readers meet
 * chunk boundaries exactly as they would with a file.
 *
 * ### Example
 * ```ts
 * bufferSource('header.csv', new TextEncoder().encode('CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n'))
 * ```
 */
export function bufferSource(name: string, bytes: Uint8Array, chunkBytes = CHUNK_BYTES): ReturnSource {
  return {
    name,
    size: bytes.byteLength,
    async *open() {
      for (let at = 0; at < bytes.byteLength; at += chunkBytes) yield bytes.subarray(at, at + chunkBytes);
    },
  };
}
