import type { Command } from 'commander';
import { formatIsoDate, formatUkDate } from '../../dates/index.ts';
import { savePlanVersion } from '../../store/index.ts';
import {
  type CommissioningPlan,
  commissioningPlan,
  DEFAULT_BLOCK_THRESHOLD,
  gap,
  gapSetup,
  type PlanInputs,
  planInputs,
  SUPPLY_FORECAST,
} from '../../supply/index.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../database.ts';
import { councilOption, positiveIntOption } from '../options.ts';
import { loadSupplyInputs, places, pounds } from './gap.ts';

interface PlanOptions {
  council: string;
  save?: boolean;
  note?: string;
  by?: string;
  blockThreshold?: string;
  paths?: string;
  json?: boolean;
}

export function registerPlanCommand(program: Command): void {
  program
    .command('plan')
    .description(
      'The 5-year commissioning plan: need, in-house supply, places to commission, block or spot, spend against budget',
    )
    .requiredOption('--council <code>', 'ONS code or DfE number')
    .option('--save', 'save it as the next plan version (a saved version never changes)')
    .option('--note <text>', 'a note saved with the version', '')
    .option('--by <name>', 'who is saving (recorded on the version)', process.env.USER ?? 'cli')
    .option(
      '--block-threshold <places>',
      `places of steady demand for block buying (default ${DEFAULT_BLOCK_THRESHOLD})`,
    )
    .option('--paths <n>', `Monte Carlo paths of the forecast (default ${SUPPLY_FORECAST.paths})`)
    .option('--json', 'print JSON instead of text')
    .action(async (options: PlanOptions) => {
      const council = councilOption(options.council);
      const paths = options.paths ? positiveIntOption('--paths', options.paths) : SUPPLY_FORECAST.paths;
      const threshold = blockThresholdOption(options.blockThreshold);
      const result = await withDatabase(async (db) => {
        const inputs = await loadSupplyInputs(db, council, paths);
        const setup = gapSetup(inputs.local, inputs.timelines, inputs.forecast);
        const plan = commissioningPlan(
          setup,
          gap(setup),
          inputs.local.budget,
          inputs.local.careLeaverAccommodation,
          {
            blockThreshold: threshold,
          },
        );
        const used = planInputs(setup, { ...SUPPLY_FORECAST, paths }, threshold);
        if (!options.save) return { plan, inputs: used, version: null };
        const saved = await savePlanVersion<PlanInputs, CommissioningPlan>(db, {
          councilCode: council.code,
          origin: plan.origin,
          inputs: used,
          plan,
          note: options.note ?? '',
          createdBy: options.by ?? 'cli',
        });
        return { plan, inputs: used, version: saved.version };
      });
      if (options.json)
        process.stdout.write(
          `${JSON.stringify({ version: result.version, inputs: result.inputs, plan: { ...result.plan, origin: formatIsoDate(result.plan.origin) } }, null, 2)}\n`,
        );
      else process.stdout.write(planText(result.plan, `${council.name} (${council.code})`, result.version));
    });
}

function blockThresholdOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_BLOCK_THRESHOLD;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new CliError(
      `--block-threshold: "${value}" is not a number of places (expected 0 or more, e.g. 3)`,
    );
  return n;
}

const PURCHASING: Record<CommissioningPlan['rows'][number]['purchasing'], string> = {
  block: 'block',
  'block-and-spot': 'block + spot',
  spot: 'spot',
  none: '—',
};

/** The plan as text: a block per financial year, then the rules and assumptions in words. */
export function planText(plan: CommissioningPlan, councilName: string, version: number | null): string {
  const lines = [
    `Commissioning plan: ${councilName}, from ${formatUkDate(plan.origin)}${version === null ? '' : ` — saved as version ${version}`}`,
  ];
  const years = [...new Set(plan.rows.map((r) => r.financialYear))];
  for (const fy of years) {
    lines.push('', `${fy}/${String((fy + 1) % 100).padStart(2, '0')}`);
    lines.push(
      `  ${'type'.padEnd(14)}${'need P50 (P90)'.padStart(16)}${'in-house'.padStart(10)}${'commission'.padStart(18)}${'buy'.padStart(22)}${'spend'.padStart(14)}${'budget'.padStart(14)}`,
    );
    for (const r of plan.rows.filter((x) => x.financialYear === fy)) {
      const buy =
        r.blockPlaces > 0 ? `${PURCHASING[r.purchasing]} (${r.blockPlaces})` : PURCHASING[r.purchasing];
      lines.push(
        `  ${r.category.padEnd(14)}${`${places(r.needP50)} (${places(r.needP90)})`.padStart(16)}${places(r.inHouseSupply).padStart(10)}` +
          `${`${places(r.toCommissionP50)} (${places(r.toCommissionP90)})`.padStart(18)}${buy.padStart(22)}${pounds(r.spendP50).padStart(14)}${(r.budget === null ? '—' : pounds(r.budget)).padStart(14)}`,
      );
    }
  }
  lines.push(
    '',
    'Rules:',
    ...plan.rules.map((r) => `  - ${r}`),
    '',
    'Assumptions:',
    ...plan.assumptions.map((a) => `  - ${a}`),
  );
  return `${lines.join('\n')}\n`;
}
