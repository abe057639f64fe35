import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { migrateToLatest } from './migrate.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('migrateToLatest', () => {
  it('is a no-op on a migrated database and leaves every table in place', async () => {
    const again = await migrateToLatest(t.db);
    expect(again).toEqual({ results: [] });
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = 'public' and table_name not like 'kysely%' order by table_name`.execute(t.db);
    expect(tables.rows.map((r) => r.table_name)).toEqual([
      'audit_event',
      'child_header',
      'commissioning_plan',
      'comparator',
      'council',
      'council_setting',
      'episode',
      'finding',
      'forecast_scenario',
      'forecast_unit_cost',
      'import_batch',
      'job',
      'local_budget_line',
      'local_care_leaver_accommodation',
      'local_data_batch',
      'local_foster_household',
      'local_in_house_home',
      'local_placement_cost',
      'local_placement_request',
      'local_provider',
      'missing_spell',
      'oidc_identity',
      'population_projection',
      'return_row',
      'set_aside_row',
      'statement_edition',
      'statement_narrative',
      'statement_publication',
      'strategy_action',
      'strategy_change',
      'strategy_kpi',
      'strategy_priority',
      'strategy_update',
      'survey',
      'survey_response',
      'uasc',
      'user_account',
      'user_council',
      'user_session',
    ]);
  });
});
