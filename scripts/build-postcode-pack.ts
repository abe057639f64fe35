/**
 * Builds the shipped postcode pack from the ONSPD extract:
 *   npx tsx scripts/build-postcode-pack.ts [input.csv[.gz]] [output.bin.gz]
 * With no arguments it reads /work/shared/reference/uk-postcodes-onspd-2025-11.csv.gz and writes
 * assets/postcodes/onspd-2025-11.bin.gz. A full ONSPD CSV (pcd7/east1m/north1m/lad25cd or the older
 * pcd/oseast1m/osnrth1m/oslaua) works too.
 */
import { fileURLToPath } from 'node:url';
import { buildPackFromOnspd } from '../src/geo/index.ts';

const input = process.argv[2] ?? '/work/shared/reference/uk-postcodes-onspd-2025-11.csv.gz';
const output =
  process.argv[3] ?? fileURLToPath(new URL('../assets/postcodes/onspd-2025-11.bin.gz', import.meta.url));

const started = performance.now();
const result = await buildPackFromOnspd(input, output, {
  onProgress: (rows) => process.stderr.write(`\r${(rows / 1e6).toFixed(1)}M rows read`),
});
process.stderr.write('\n');
if (result.status === 'rejected') {
  console.error(result.message);
  process.exit(1);
}
console.log(
  `${result.version}: ${result.postcodes} postcodes, ${result.withoutCoordinates} without coordinates dropped, ` +
    `${result.badPostcodes} malformed; ${(result.bytes / 1e6).toFixed(2)} MB → ${output} ` +
    `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
