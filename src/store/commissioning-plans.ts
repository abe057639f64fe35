import { type Kysely, sql } from 'kysely';
import { type EpochDay, formatIsoDate } from '../dates/index.ts';
import { recordAuditEvent } from './audit-event.ts';
import type { Database } from './database-schema.ts';

/** A saved plan version without its table. */
export interface PlanVersionSummary {
  councilCode: string;
  version: number;
  origin: EpochDay;
  note: string;
  createdBy: string;
  createdAt: Date;
}

/** A saved plan version with what it was computed from and its table (both as saved). */
export interface PlanVersion<Inputs = unknown, Plan = unknown> extends PlanVersionSummary {
  inputs: Inputs;
  plan: Plan;
}

export interface SavePlanInput<Inputs, Plan> {
  councilCode: string;
  origin: EpochDay;
  inputs: Inputs;
  plan: Plan;
  note: string;
  createdBy: string;
}

/**
 * Saves a commissioning plan as the council's next version (1, 2, …) and audits it as `plan.save`. A saved
 * version is never changed or deleted (the table's trigger refuses it); a new review is a new version.
 * Two saves at once cannot take the same number: the council's row is locked for the transaction.
 *
 * ### Example
 * ```ts
 * const saved = await savePlanVersion(db, { councilCode, origin, inputs, plan, note: 'annual review', createdBy: 'cora' });
 * saved.version // 3
 * ```
 */
export async function savePlanVersion<Inputs, Plan>(
  db: Kysely<Database>,
  input: SavePlanInput<Inputs, Plan>,
): Promise<PlanVersion<Inputs, Plan>> {
  return db.transaction().execute(async (trx) => {
    // One saver per council at a time (an advisory lock: there is no row to lock before the first version).
    await sql`select pg_advisory_xact_lock(hashtext(${`commissioning_plan:${input.councilCode}`}))`.execute(
      trx,
    );
    const last = await trx
      .selectFrom('commissioning_plan')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('council_code', '=', input.councilCode)
      .executeTakeFirst();
    const version = (last?.version ?? 0) + 1;
    const row = await trx
      .insertInto('commissioning_plan')
      .values({
        council_code: input.councilCode,
        version,
        origin: formatIsoDate(input.origin),
        inputs: JSON.stringify(input.inputs),
        plan: JSON.stringify(input.plan),
        note: input.note,
        created_by: input.createdBy,
      })
      .returning(['created_at'])
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, {
      actor: input.createdBy,
      action: 'plan.save',
      councilCode: input.councilCode,
      detail: { version },
    });
    return {
      councilCode: input.councilCode,
      version,
      origin: input.origin,
      note: input.note,
      createdBy: input.createdBy,
      createdAt: row.created_at,
      inputs: input.inputs,
      plan: input.plan,
    };
  });
}

/** The council's saved versions, newest first, without their tables. */
export async function listPlanVersions(
  db: Kysely<Database>,
  councilCode: string,
): Promise<PlanVersionSummary[]> {
  const rows = await db
    .selectFrom('commissioning_plan')
    .select(['council_code', 'version', 'origin', 'note', 'created_by', 'created_at'])
    .where('council_code', '=', councilCode)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    councilCode: r.council_code,
    version: r.version,
    origin: r.origin,
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}

/** One saved version with its inputs and table, or null when the council has no such version. */
export async function getPlanVersion<Inputs = unknown, Plan = unknown>(
  db: Kysely<Database>,
  councilCode: string,
  version: number,
): Promise<PlanVersion<Inputs, Plan> | null> {
  const r = await db
    .selectFrom('commissioning_plan')
    .selectAll()
    .where('council_code', '=', councilCode)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!r) return null;
  return {
    councilCode: r.council_code,
    version: r.version,
    origin: r.origin,
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at,
    inputs: r.inputs as Inputs,
    plan: r.plan as Plan,
  };
}
