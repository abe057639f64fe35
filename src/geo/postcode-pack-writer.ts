import { ByteWriter } from './byte-stream.ts';
import { PACK_FORMAT_VERSION, PACK_MAGIC } from './postcode-pack-reader.ts';
import { inwardNumber, type PostcodeRecord } from './postcode-record.ts';

/**
 * Encodes postcode records into the uncompressed pack layout documented in `postcode-pack-reader.ts`.
 * Records are sorted and de-duplicated here (first occurrence wins); coordinates must be whole metres.
 */
export function encodePostcodePack(version: string, input: readonly PostcodeRecord[]): Uint8Array {
  const records = sortUnique(input);
  const districts = [...new Set(records.map((r) => r.district))].sort();
  const districtIndex = new Map(districts.map((d, i) => [d, i]));
  const outwardCounts = new Map<string, number>();
  for (const r of records) {
    const outward = r.postcode.slice(0, 4);
    outwardCounts.set(outward, (outwardCounts.get(outward) ?? 0) + 1);
  }
  // Records are sorted, so the map's insertion order is the sorted outward order.
  const outwards = [...outwardCounts.keys()];

  const out = new ByteWriter();
  out.ascii(PACK_MAGIC);
  out.u32(PACK_FORMAT_VERSION);
  out.u32(records.length);
  out.u32(outwards.length);
  out.u32(districts.length);
  const label = new TextEncoder().encode(version);
  out.u16(label.length);
  for (const byte of label) out.u8(byte);
  for (const d of districts) {
    out.u8(d.length);
    out.ascii(d);
  }
  for (const o of outwards) out.ascii(o);
  for (const c of outwardCounts.values()) out.u32(c);
  for (const column of encodeColumns(records, districtIndex)) {
    out.u32(column.bytesWritten());
    out.append(column);
  }
  return out.view();
}

function sortUnique(input: readonly PostcodeRecord[]): PostcodeRecord[] {
  const sorted = [...input].sort((a, b) => (a.postcode < b.postcode ? -1 : a.postcode > b.postcode ? 1 : 0));
  return sorted.filter((r, i) => i === 0 || sorted[i - 1]?.postcode !== r.postcode);
}

/** Inward deltas, easting deltas, northing deltas, district runs: four columns, each its own section. */
function encodeColumns(records: PostcodeRecord[], districtIndex: Map<string, number>): ByteWriter[] {
  const inward = new ByteWriter();
  const easting = new ByteWriter();
  const northing = new ByteWriter();
  const district = new ByteWriter();
  let previousOutward = '';
  let previousInward = 0;
  let previousEasting = 0;
  let previousNorthing = 0;
  let runDistrict = -1;
  let runLength = 0;
  for (const r of records) {
    const outward = r.postcode.slice(0, 4);
    const code = inwardNumber(r.postcode, 4);
    // The first inward code of each outward is stored whole, the rest as (always positive) steps.
    inward.varint(outward === previousOutward ? code - previousInward : code);
    previousOutward = outward;
    previousInward = code;
    easting.zigzag(r.easting - previousEasting);
    northing.zigzag(r.northing - previousNorthing);
    previousEasting = r.easting;
    previousNorthing = r.northing;
    const d = districtIndex.get(r.district) ?? 0;
    if (d !== runDistrict && runLength > 0) {
      district.varint(runLength);
      district.varint(runDistrict);
      runLength = 0;
    }
    runDistrict = d;
    runLength += 1;
  }
  if (runLength > 0) {
    district.varint(runLength);
    district.varint(runDistrict);
  }
  return [inward, easting, northing, district];
}
