/**
 * Prints the shipped postcode pack's size, load time and locate() throughput:
 *   npx tsx scripts/measure-postcode-pack.ts
 * Lookups cycle through every 13th postcode of the pack, once in the stored 7-character form and once
 * as a user would type it (lower case, single space), plus 1 in 20 unknown postcodes.
 */
import { statSync } from 'node:fs';
import { loadPostcodeDirectory, SHIPPED_POSTCODE_PACK } from '../src/geo/index.ts';

const LOOKUPS = 2_000_000;

const bytes = statSync(SHIPPED_POSTCODE_PACK).size;
const started = performance.now();
const directory = loadPostcodeDirectory();
const loadMs = performance.now() - started;
console.log(`${directory.version}: ${directory.size} postcodes, ${(bytes / 1e6).toFixed(2)} MB on disk`);
const memory = process.memoryUsage();
console.log(
  `load: ${loadMs.toFixed(0)} ms; heap ${Math.round(memory.heapUsed / 1e6)} MB, typed arrays ${Math.round(memory.arrayBuffers / 1e6)} MB`,
);

const stored: string[] = [];
for (const district of directory.districts()) {
  const postcodes = directory.postcodesInDistrict(district);
  for (let i = 0; i < postcodes.length; i += 13) stored.push(postcodes[i] ?? '');
}
for (let i = 0; i < stored.length; i += 20) stored[i] = `ZZ${i % 10} 9ZZ`;
const typed = stored.map((p) => p.replace(/\s+/, ' ').toLowerCase());

for (const [label, sample] of [
  ['7-character form', stored],
  ['typed (lower case, one space)', typed],
] as const) {
  let found = 0;
  const t0 = performance.now();
  for (let i = 0; i < LOOKUPS; i++) if (directory.locate(sample[i % sample.length] ?? '') !== null) found++;
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `locate, ${label}: ${(LOOKUPS / seconds / 1e6).toFixed(2)} M lookups/s (${LOOKUPS} in ${seconds.toFixed(2)} s, ${found} found)`,
  );
}

const t1 = performance.now();
directory.districtCentroids();
console.log(`district centroids: ${(performance.now() - t1).toFixed(0)} ms`);
