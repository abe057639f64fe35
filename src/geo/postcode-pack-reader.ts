/**
 * Postcode pack: every UK postcode with a grid reference, in a compact columnar binary file.
 *
 * The file on disk is the layout below compressed with gzip (`.gz`) or brotli (`.br`); the reader
 * tells them apart by the gzip magic bytes. All integers are little-endian; "varint" is an unsigned
 * LEB128 varint (7 bits a byte, high bit = more follows); "zigzag" is a signed value mapped
 * 0,-1,1,-2… → 0,1,2,3… and then written as a varint.
 *
 * ```
 * header      8 bytes  ASCII "SUFPCPK\n"
 *             u32      format version (1)
 *             u32      N  postcodes
 *             u32      O  outward codes ("LE2 ", "B1  ", "SW1A": first 4 chars of the 7-char form)
 *             u32      D  ONS districts
 *             u16 + bytes  version label, UTF-8 (e.g. "ONSPD November 2025")
 * districts   D × (u8 length + ASCII)        sorted ONS district codes ("E06000016", …)
 * outwards    O × 4 ASCII bytes               sorted outward codes, space padded
 *             O × u32                          how many postcodes each outward code has
 * columns     4 × (u32 byte length + bytes), postcodes in sorted 7-char order throughout:
 *   inward    N varints   inward code as a number (digit×676 + letter×26 + letter); the first of each
 *                         outward code whole, the rest as the step from the previous one (≥ 1)
 *   easting   N zigzags   metres, delta from the previous postcode's easting (the first from 0)
 *   northing  N zigzags   metres, delta from the previous postcode's northing
 *   district  runs of (varint run length, varint district index) covering all N postcodes
 * ```
 *
 * Coordinates are British National Grid metres for every postcode, Northern Ireland included (converted
 * from Irish Grid when the pack is built). Postcodes without coordinates are not in the pack at all.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ByteReader } from './byte-stream.ts';

export const PACK_MAGIC = 'SUFPCPK\n';
export const PACK_FORMAT_VERSION = 1;

/** The pack decoded into typed arrays, index-aligned, sorted by postcode. */
export interface PostcodeColumns {
  version: string;
  districts: string[];
  /** Outward codes (4 chars, space padded), sorted. */
  outwards: string[];
  /** Postcodes of outward `i` are at indices `outwardStart[i]` up to `outwardStart[i + 1]`. */
  outwardStart: Uint32Array;
  inward: Uint16Array;
  easting: Int32Array;
  northing: Int32Array;
  /** Index into `districts`. */
  district: Uint16Array;
}

/** Decompresses (gzip or brotli) and decodes a pack. Throws on a file that is not a pack. */
export function readPostcodePack(file: Uint8Array): PostcodeColumns {
  const isGzip = file[0] === 0x1f && file[1] === 0x8b;
  const raw = isGzip ? gunzipSync(file) : brotliDecompressSync(file);
  return decodePostcodePack(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
}

/** Decodes the uncompressed layout above. */
export function decodePostcodePack(bytes: Uint8Array): PostcodeColumns {
  const r = new ByteReader(bytes);
  const magic = r.ascii(PACK_MAGIC.length);
  if (magic !== PACK_MAGIC) throw new Error('not a postcode pack: bad magic bytes');
  const format = r.u32();
  if (format !== PACK_FORMAT_VERSION) throw new Error(`unsupported postcode pack format ${format}`);
  const n = r.u32();
  const o = r.u32();
  const d = r.u32();
  const labelLength = r.u16();
  const version = new TextDecoder().decode(bytes.subarray(r.offset, r.offset + labelLength));
  r.offset += labelLength;
  const districts: string[] = [];
  for (let i = 0; i < d; i++) districts.push(r.ascii(r.u8()));
  const outwards: string[] = [];
  for (let i = 0; i < o; i++) outwards.push(r.ascii(4));
  const outwardStart = new Uint32Array(o + 1);
  for (let i = 0; i < o; i++) outwardStart[i + 1] = (outwardStart[i] ?? 0) + r.u32();

  const inward = new Uint16Array(n);
  r.u32();
  for (let i = 0, k = 0; i < o; i++) {
    const end = outwardStart[i + 1] ?? 0;
    let code = 0;
    for (let first = true; k < end; k++, first = false) {
      code = first ? r.varint() : code + r.varint();
      inward[k] = code;
    }
  }
  const easting = decodeDeltas(r, n);
  const northing = decodeDeltas(r, n);
  const district = new Uint16Array(n);
  r.u32();
  for (let k = 0; k < n; ) {
    const run = r.varint();
    district.fill(r.varint(), k, k + run);
    k += run;
  }
  return { version, districts, outwards, outwardStart, inward, easting, northing, district };
}

function decodeDeltas(r: ByteReader, n: number): Int32Array {
  r.u32();
  const values = new Int32Array(n);
  let value = 0;
  for (let k = 0; k < n; k++) {
    value += r.zigzag();
    values[k] = value;
  }
  return values;
}
