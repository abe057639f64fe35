import { Presets, SingleBar } from 'cli-progress';

/** A progress bar on stderr for a long job; silent when stderr is not a terminal (CI, pipes). */
export function progressBar(label: string): {
  update(done: number, total: number, phase?: string): void;
  stop(): void;
} {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new SingleBar(
    { format: `${label} [{bar}] {percentage}% | {phase}`, stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, phase = '') {
      if (!started) {
        bar.start(Math.max(total, 1), 0, { phase });
        started = true;
      }
      bar.setTotal(Math.max(total, 1));
      bar.update(Math.min(done, total), { phase });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
