import type { Migration } from 'kysely';
import * as initialSchema from './0001-initial-schema.ts';
import * as accounts from './0002-accounts.ts';
import * as jobsAndSettings from './0003-jobs-and-settings.ts';
import * as comparators from './0004-comparators.ts';
import * as totpLastStep from './0005-totp-last-step.ts';
import * as localData from './0006-local-data.ts';
import * as commissioningPlans from './0007-commissioning-plans.ts';
import * as strategy from './0008-strategy.ts';
import * as statementEditions from './0009-statement-editions.ts';
import * as forecastScenarios from './0010-forecast-scenarios.ts';
import * as populationProjections from './0011-population-projections.ts';

/**
 * Every migration, keyed by name; Kysely runs them in name order. Add a file `000N-<what>.ts` and list
 * it here: migrations live in code so the CLI, server and tests migrate the same way without a folder scan.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial-schema': initialSchema,
  '0002-accounts': accounts,
  '0003-jobs-and-settings': jobsAndSettings,
  '0004-comparators': comparators,
  '0005-totp-last-step': totpLastStep,
  '0006-local-data': localData,
  '0007-commissioning-plans': commissioningPlans,
  '0008-strategy': strategy,
  '0009-statement-editions': statementEditions,
  '0010-forecast-scenarios': forecastScenarios,
  '0011-population-projections': populationProjections,
};
