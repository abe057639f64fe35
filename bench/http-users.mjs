// The simulated users of bench/http.ts: each loops GET <url> with its own session cookie. Plain JS, so the
// worker needs no TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';

const { url, cookies, warmupSeconds, seconds } = workerData;

async function run(forSeconds, latencies) {
  const until = performance.now() + forSeconds * 1000;
  let errors = 0;
  await Promise.all(
    cookies.map(async (cookie) => {
      while (performance.now() < until) {
        const start = performance.now();
        const response = await fetch(url, { headers: { cookie } });
        await response.arrayBuffer();
        if (response.status !== 200) errors++;
        latencies?.push(performance.now() - start);
      }
    }),
  );
  return errors;
}

await run(warmupSeconds, null);
const latencies = [];
const errors = await run(seconds, latencies);
parentPort.postMessage({ latencies, errors });
