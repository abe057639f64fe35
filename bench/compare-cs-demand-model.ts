/**
 * Side by side: our forecast, SocialFinanceDigitalLabs/cs-demand-model-regional's, and the truth at +1/+2/+3
 * years, on the same synthetic 903 returns. Run by hand (needs their code and Debian's python3-pandas); not
 * part of npm test or CI. Prints markdown tables; asserts nothing. See docs/forecast-validation.md.
 *
 *   npx tsx bench/compare-cs-demand-model.ts --their-model /work/cs-demand-model \
 *     [--councils 20] [--seed 1] [--growth 0] [--children 600] [--history 6] [--paths 500] [--per-council]
 *     [--our-reference choose|k]   (ours: reference chosen by backtest as the product does, or k years, trend)
 *     [--keep-short-breaks]   (feed their model the V3/V4 short-break episodes too; by default left out)
 *     [--rne-t-as-p]          (recode RNE T as P in their input: see run_their_model.py; off by default)
 *     [--their-reference-years k]  (their reference period: the k years to the origin; default all the data)
 *
 * For each council (seeds S, S+1, …): `generateCouncil` simulates `history` collection years to 2025/26 and
 * 3 more as truth; the returns (exactly what was known on 31 March 2026, the origin) are written as 903
 * CSVs to a temp folder, their model runs on them through bench/cs-demand-model/run_their_model.py, ours
 * runs on the same returns' timelines (reference period and entries model chosen by `chooseReference`, as
 * the product does), and both are scored against the truth on 31 March 2027/28/29.
 *
 * Series: total looked after and each model category. Their placement types map one to one onto ours
 * (Fostering → fostering, Residential → residential, Supported → supported, Other → other) but their codes
 * differ slightly (e.g. K1 secure is their Other, our residential; U4–U6/K2 without a provider are their
 * Fostering/Residential, our other), so each model is scored against the truth counted its own way; the
 * total is the same for both. Scores over councils: MAE, bias (forecast − truth), relative MAE against "no
 * change" (the origin's count carried forward; below 1 beats it), and 80% interval coverage (ours P10–P90;
 * theirs mean ± 1.2816 sd from their variance, a normal approximation — their app draws ± 2 sd).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import {
  buildTimelines,
  type ChildTimeline,
  episodeOn,
  isLookedAfterOn,
  placementOn,
  type TimelineOptions,
} from '../src/care/index.ts';
import { addYears, ageOn, censusDate, type EpochDay, formatIsoDate } from '../src/dates/index.ts';
import {
  bias,
  chooseReference,
  dataStart,
  forecastCouncil,
  intervalCoverage,
  MODEL_CATEGORIES,
  MODEL_CATEGORY,
  type ModelCategory,
  mae,
  relativeMae,
} from '../src/forecast/index.ts';
import { generateCouncil, placesForCouncil, syntheticReturnData, writeCouncil } from '../src/synth/index.ts';

const { values } = parseArgs({
  options: {
    'their-model': { type: 'string', default: '/work/cs-demand-model' },
    councils: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    growth: { type: 'string', default: '0' },
    children: { type: 'string', default: '600' },
    history: { type: 'string', default: '6' },
    'our-reference': { type: 'string', default: 'choose' },
    paths: { type: 'string', default: '500' },
    python: { type: 'string', default: '/usr/bin/python3' },
    'per-council': { type: 'boolean', default: false },
    'keep-short-breaks': { type: 'boolean', default: false },
    'rne-t-as-p': { type: 'boolean', default: false },
    'their-reference-years': { type: 'string' },
  },
});

const COUNCIL = 'E06000016';
const LAST_YEAR = 2026;
const HORIZONS = [1, 2, 3] as const;
const ORIGIN = censusDate(LAST_YEAR);
const Z80 = 1.2816; // standard normal quantile at 0.9: mean ± Z80·sd is a central 80% interval
const DRIVER = join(dirname(fileURLToPath(import.meta.url)), 'cs-demand-model', 'run_their_model.py');
const SERIES = ['total', ...MODEL_CATEGORIES] as const;
type Series = (typeof SERIES)[number];

/** Their placement type label → our model category (documented in docs/forecast-validation.md). */
const THEIR_TYPE_TO_OURS: Record<string, ModelCategory> = {
  Fostering: 'fostering',
  Residential: 'residential',
  Supported: 'supported',
  Other: 'other',
};

interface Moment {
  mean: number;
  variance: number;
}
interface TheirOutput {
  referenceStart: string;
  referenceEnd: string;
  shortBreakEpisodesDropped: number;
  rneTRecodedAsP: number;
  placementTypeMap: Record<string, string>;
  otherPlacementType: string;
  atStart: { total: number; byPlacementType: Record<string, number> };
  horizons: { years: number; date: string; total: Moment; byPlacementType: Record<string, Moment> }[];
}

/** One forecast of one series at one horizon for one council, beside what happened. */
interface Row {
  seed: number;
  horizon: number;
  series: Series;
  truth: number;
  noChange: number;
  forecast: number;
  lower80: number;
  upper80: number;
}

const timelineOptions: TimelineOptions = { councilCode: COUNCIL, locate: () => null, inArea: () => true };
const run = promisify(execFile);

/** Looked after on `on` (DfE count: short breaks out, under 18) by total and category, by `categoryOf`. */
function measure(
  timelines: readonly ChildTimeline[],
  on: EpochDay,
  categoryOf: (t: ChildTimeline) => ModelCategory,
): Record<Series, number> {
  const counts: Record<Series, number> = { total: 0, fostering: 0, residential: 0, supported: 0, other: 0 };
  for (const t of timelines) {
    if (!isLookedAfterOn(t, on) || ageOn(t.dob, on) >= 18) continue;
    counts.total += 1;
    counts[categoryOf(t)] += 1;
  }
  return counts;
}

/** Our category: the placement's sufficiency category through MODEL_CATEGORY, as our model counts. */
const ourCategoryOn = (on: EpochDay) => (t: ChildTimeline) =>
  MODEL_CATEGORY[placementOn(t, on)?.category ?? 'unknown'];

/** Their category: the episode's placement code through their own map (from the driver's output). */
const theirCategoryOn = (on: EpochDay, their: TheirOutput) => (t: ChildTimeline) => {
  const code = episodeOn(t, on)?.placementType ?? '';
  return THEIR_TYPE_TO_OURS[their.placementTypeMap[code] ?? their.otherPlacementType] ?? 'other';
};

async function theirForecast(dataDir: string): Promise<TheirOutput | { error: string }> {
  const args = [DRIVER, '--model-path', resolve(values['their-model'] as string), '--data', dataDir];
  args.push('--start', formatIsoDate(ORIGIN), '--years', String(HORIZONS.length));
  if (values['keep-short-breaks']) args.push('--keep-short-breaks');
  if (values['rne-t-as-p']) args.push('--rne-t-as-p');
  const referenceYears = values['their-reference-years'];
  // Their reference period ends on the origin; by default it starts with the data (their app's default).
  if (referenceYears !== undefined)
    args.push('--reference-start', formatIsoDate(addYears(ORIGIN, -Number(referenceYears)) + 1));
  try {
    const { stdout } = await run(values.python as string, args, { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout) as TheirOutput;
  } catch (error) {
    // Their core refuses some inputs (a ValueError); keep its last line as the reason and go on.
    const stderr = String((error as { stderr?: unknown }).stderr ?? error);
    const last = stderr.trim().split('\n').pop() ?? 'failed';
    return { error: last.length > 240 ? `${last.slice(0, 240)}…` : last };
  }
}

function theirMoment(out: TheirOutput, horizon: number, series: Series): Moment {
  const h = out.horizons.find((x) => x.years === horizon);
  if (!h) throw new Error(`their output has no +${horizon} year`);
  if (series === 'total') return h.total;
  const m: Moment = { mean: 0, variance: 0 };
  for (const [type, moment] of Object.entries(h.byPlacementType)) {
    if ((THEIR_TYPE_TO_OURS[type] ?? 'other') !== series) continue;
    m.mean += moment.mean;
    m.variance += moment.variance;
  }
  return m;
}

type CouncilResult =
  | { ours: Row[]; theirs: Row[]; note: string; reference: string }
  | { seed: number; failed: string };

/** One council scored both ways, or why their model would not run on it (then neither is scored). */
async function compareCouncil(seed: number): Promise<CouncilResult> {
  const council = generateCouncil(
    {
      councilCode: COUNCIL,
      children: Number(values.children),
      years: Number(values.history),
      lastYear: LAST_YEAR,
      seed,
      growth: Number(values.growth),
      futureYears: HORIZONS.length,
    },
    placesForCouncil(COUNCIL),
  );
  const dir = await mkdtemp(join(tmpdir(), 'compare-cs-demand-'));
  try {
    // The returns end on the origin, so they are the data as known then; the truth years are not written.
    await writeCouncil({ ...council, truth: [] }, dir);
    // Their model runs in a child process while ours runs here.
    const pending = theirForecast(dir);

    const returns = council.returns.map(syntheticReturnData);
    const build = (r: Parameters<typeof buildTimelines>[0]) => buildTimelines(r, timelineOptions);
    const known = build(returns);
    // As the product runs it: reference period and entries model chosen by backtest on the returns alone.
    const selection = values['our-reference'] === 'choose' ? chooseReference(returns, build, { seed }) : null;
    const reference = selection?.chosen ?? {
      referenceYears: Number(values['our-reference']),
      entries: 'trend' as const,
    };
    // The backtest's spread factor widens the bands so past errors fell inside them as often as stated.
    const spreadFactor = selection?.spreadFactor ?? 1;
    const forecast = forecastCouncil(known, {
      origin: ORIGIN,
      years: HORIZONS.length,
      paths: Number(values.paths),
      seed,
      dataFrom: dataStart(returns),
      spreadFactor,
      ...reference,
    });
    const everything = buildTimelines(
      [...council.returns, ...council.truth].map(syntheticReturnData),
      timelineOptions,
    );
    const their = await pending;
    if ('error' in their) return { seed, failed: their.error };

    const ours: Row[] = [];
    const theirs: Row[] = [];
    const ourNoChange = measure(known, ORIGIN, ourCategoryOn(ORIGIN));
    const theirNoChange = measure(known, ORIGIN, theirCategoryOn(ORIGIN, their));
    for (const horizon of HORIZONS) {
      const on = addYears(ORIGIN, horizon);
      const ourTruth = measure(everything, on, ourCategoryOn(on));
      const theirTruth = measure(everything, on, theirCategoryOn(on, their));
      const year = forecast.years[horizon - 1];
      if (!year) throw new Error(`our forecast has no +${horizon} year`);
      for (const series of SERIES) {
        const fan = series === 'total' ? year.total : year.byCategory[series];
        ours.push({
          seed,
          horizon,
          series,
          truth: ourTruth[series],
          noChange: ourNoChange[series],
          forecast: fan.p50,
          lower80: fan.p10,
          upper80: fan.p90,
        });
        const m = theirMoment(their, horizon, series);
        const half = Z80 * Math.sqrt(Math.max(0, m.variance));
        theirs.push({
          seed,
          horizon,
          series,
          truth: theirTruth[series],
          noChange: theirNoChange[series],
          forecast: m.mean,
          lower80: m.mean - half,
          upper80: m.mean + half,
        });
      }
    }
    const byType = (counts: Record<Series, number>) => MODEL_CATEGORIES.map((c) => counts[c]).join('/');
    const theirStock = { ...ourNoChange, total: their.atStart.total } as Record<Series, number>;
    for (const c of MODEL_CATEGORIES) theirStock[c] = 0;
    for (const [type, n] of Object.entries(their.atStart.byPlacementType))
      theirStock[THEIR_TYPE_TO_OURS[type] ?? 'other'] += n;
    const note =
      `seed ${seed}: looked after on the origin ${ourNoChange.total} (F/R/S/O ${byType(ourNoChange)}; ` +
      `their way ${byType(theirNoChange)}); their stock ${their.atStart.total} (${byType(theirStock)}); ` +
      `our reference ${reference.referenceYears} years, ${reference.entries}, bands ×${spreadFactor.toFixed(2)}; ` +
      `their reference ${their.referenceStart} – ${their.referenceEnd}; ` +
      `${their.shortBreakEpisodesDropped} short-break episodes left out of their input` +
      (their.rneTRecodedAsP > 0 ? `; ${their.rneTRecodedAsP} RNE T recoded as P` : '');
    return { ours, theirs, note, reference: `${reference.referenceYears} years ${reference.entries}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Score {
  truth: number;
  mae: number | null;
  bias: number | null;
  relativeMae: number | null;
  coverage80: number | null;
}

function score(rows: readonly Row[]): Score {
  const pick = (f: (r: Row) => number) => rows.map(f);
  const truth = pick((r) => r.truth);
  const forecast = pick((r) => r.forecast);
  return {
    truth: truth.reduce((a, b) => a + b, 0) / Math.max(1, truth.length),
    mae: mae(forecast, truth),
    bias: bias(forecast, truth),
    relativeMae: relativeMae(
      forecast,
      truth,
      pick((r) => r.noChange),
    ),
    coverage80: intervalCoverage(
      pick((r) => r.lower80),
      pick((r) => r.upper80),
      truth,
    ),
  };
}

const fmt = (x: number | null, digits = 1) => (x === null ? '–' : x.toFixed(digits));

function table(ours: readonly Row[], theirs: readonly Row[]): string {
  const lines = [
    '| Series | Horizon | Mean truth | No change MAE | Ours MAE | Ours bias | Ours rel. MAE | Ours 80% cov. | Theirs MAE | Theirs bias | Theirs rel. MAE | Theirs 80% cov. |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const series of SERIES) {
    for (const horizon of HORIZONS) {
      const select = (rows: readonly Row[]) =>
        rows.filter((r) => r.series === series && r.horizon === horizon);
      const o = score(select(ours));
      const t = score(select(theirs));
      const naive = mae(
        select(ours).map((r) => r.noChange),
        select(ours).map((r) => r.truth),
      );
      lines.push(
        `| ${series} | +${horizon} | ${fmt(o.truth)} | ${fmt(naive)} | ${fmt(o.mae)} | ${fmt(o.bias)} | ` +
          `${fmt(o.relativeMae, 2)} | ${fmt(o.coverage80, 2)} | ${fmt(t.mae)} | ${fmt(t.bias)} | ` +
          `${fmt(t.relativeMae, 2)} | ${fmt(t.coverage80, 2)} |`,
      );
    }
  }
  return lines.join('\n');
}

function perCouncilTable(ours: readonly Row[], theirs: readonly Row[]): string {
  const lines = [
    '| Seed | Origin | Truth +1 | Ours +1 | Theirs +1 | Truth +2 | Ours +2 | Theirs +2 | Truth +3 | Ours +3 | Theirs +3 |',
    '|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  const seeds = [...new Set(ours.map((r) => r.seed))];
  for (const seed of seeds) {
    const cells: string[] = [String(seed)];
    const total = (rows: readonly Row[], h: number) =>
      rows.find((r) => r.seed === seed && r.series === 'total' && r.horizon === h) as Row;
    cells.push(String(total(ours, 1).noChange));
    for (const h of HORIZONS)
      cells.push(
        String(total(ours, h).truth),
        fmt(total(ours, h).forecast, 0),
        fmt(total(theirs, h).forecast, 0),
      );
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

const councils = Number(values.councils);
const firstSeed = Number(values.seed);
const started = process.hrtime.bigint();
const ours: Row[] = [];
const theirs: Row[] = [];
const failures: { seed: number; failed: string }[] = [];
const references = new Map<string, number>();
for (let i = 0; i < councils; i++) {
  const result = await compareCouncil(firstSeed + i);
  if ('failed' in result) {
    failures.push(result);
    console.error(`seed ${result.seed}: their model failed: ${result.failed}`);
    continue;
  }
  ours.push(...result.ours);
  theirs.push(...result.theirs);
  console.error(result.note);
  references.set(result.reference, (references.get(result.reference) ?? 0) + 1);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

console.log(
  `${councils} synthetic councils (seeds ${firstSeed}–${firstSeed + councils - 1}, ${values.children} children, ` +
    `growth ${values.growth}, ${values.history} years of returns to 31/03/${LAST_YEAR}), forecast from ` +
    `31/03/${LAST_YEAR}; ours ${values.paths} paths, median; theirs the mean. ${seconds.toFixed(0)} s.`,
);
const referenceList = [...references].map(([r, n]) => `${r} ×${n}`).join(', ');
console.log(
  `Our reference period (${values['our-reference'] === 'choose' ? 'chosen by backtest' : 'fixed'}): ${referenceList}. ` +
    `Theirs: ${values['their-reference-years'] ? `the ${values['their-reference-years']} years to the origin` : 'all the data (their default)'}.`,
);
console.log(
  failures.length === 0
    ? `All ${councils} councils scored.\n`
    : `${councils - failures.length} of ${councils} councils scored; their model refused ${failures.length} ` +
        `(left out for both):\n${failures.map((f) => `- seed ${f.seed}: ${f.failed}`).join('\n')}\n`,
);
console.log(table(ours, theirs));
if (values['per-council']) {
  console.log('\nTotal looked after by council (origin = count on 31/03/2026, = the no-change forecast):\n');
  console.log(perCouncilTable(ours, theirs));
}
