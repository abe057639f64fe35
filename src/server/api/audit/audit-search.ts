import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Principal } from '../../../auth/principal.ts';
import type { Database } from '../../../store/index.ts';
import type { AuditFilter } from './schema.ts';

export interface AuditEventView {
  id: number;
  at: string;
  actor: string;
  action: string;
  councilCode: string | null;
  detail: Record<string, unknown>;
}

/** `%` and `_` typed by a user match themselves. */
function likePattern(text: string): string {
  return `%${text.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;
}

function nextDay(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The audit events an administrator may read, filtered: their councils' events and those tied to no council
 * (sign-ins, account changes); every event for an administrator of all councils. `from`/`to` are whole UTC days.
 */
function filtered(db: Kysely<Database>, principal: Principal, filter: AuditFilter) {
  let query: SelectQueryBuilder<Database, 'audit_event', object> = db.selectFrom('audit_event');
  if (!principal.allCouncils) {
    const councils = principal.councils;
    query = query.where((eb) =>
      councils.length > 0
        ? eb.or([eb('council_code', 'is', null), eb('council_code', 'in', councils)])
        : eb('council_code', 'is', null),
    );
  }
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.actor) query = query.where(sql`lower(actor)`, '=', filter.actor.toLowerCase());
  if (filter.council) query = query.where('council_code', '=', filter.council);
  if (filter.from) query = query.where('at', '>=', new Date(`${filter.from}T00:00:00Z`));
  if (filter.to) query = query.where('at', '<', new Date(`${nextDay(filter.to)}T00:00:00Z`));
  if (filter.q) {
    const pattern = likePattern(filter.q);
    query = query.where((eb) =>
      eb.or([
        eb('action', 'ilike', pattern),
        eb('actor', 'ilike', pattern),
        eb(sql`detail::text`, 'ilike', pattern),
      ]),
    );
  }
  return query;
}

/** One page of matching events, newest first, and how many match in all. */
export async function searchAuditEvents(
  db: Kysely<Database>,
  principal: Principal,
  filter: AuditFilter,
  page: { offset: number; limit: number },
): Promise<{ events: AuditEventView[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, principal, filter)
      .select(['id', 'at', 'actor', 'action', 'council_code', 'detail'])
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    filtered(db, principal, filter)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    events: rows.map((row) => ({
      id: Number(row.id),
      at: row.at.toISOString(),
      actor: row.actor,
      action: row.action,
      councilCode: row.council_code,
      detail: row.detail,
    })),
    total: Number(count.n),
  };
}
