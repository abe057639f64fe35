import type { Kysely } from 'kysely';
import type { Database } from './database-schema.ts';

export interface AuditEventInput {
  actor: string;
  action: string;
  councilCode?: string;
  /** No personal data: ids, counts, names of files. */
  detail?: Record<string, unknown>;
}

/** Appends to the audit log (the table refuses UPDATE, DELETE and TRUNCATE). Returns the event id. */
export async function recordAuditEvent(db: Kysely<Database>, event: AuditEventInput): Promise<number> {
  const row = await db
    .insertInto('audit_event')
    .values({
      actor: event.actor,
      action: event.action,
      council_code: event.councilCode ?? null,
      detail: JSON.stringify(event.detail ?? {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
