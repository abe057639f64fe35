import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { canSeeCouncil } from '../../../auth/access.ts';
import type { Principal } from '../../../auth/principal.ts';
import { recordAuditEvent } from '../../../store/index.ts';
import { type DownloadColumn, sendTable } from '../../download.ts';
import { councilNotFound, requirePermission } from '../../plugins/auth.ts';
import type { AuthRouteOptions } from '../session/session-cookie.ts';
import { searchAuditEvents } from './audit-search.ts';
import { auditExportQuery, auditQuery } from './schema.ts';

const PAGE_SIZE = 50;
/** An export larger than this is cut; narrow the filter (the cap is named in the last row). */
const EXPORT_LIMIT = 100_000;
const tags = ['audit'];

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  councilCode: string | null;
  detail: string;
}

const COLUMNS: DownloadColumn<AuditRow>[] = [
  { key: 'id', header: 'Event' },
  { key: 'at', header: 'When (UTC)' },
  { key: 'actor', header: 'Who' },
  { key: 'action', header: 'Action' },
  { key: 'councilCode', header: 'Council' },
  { key: 'detail', header: 'Detail' },
];

/** The audit log (audit:read): search with filters and paging, and download as CSV or XLSX. */
export async function auditRoutes(root: FastifyInstance, options: AuthRouteOptions) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { db } = options;
  const preHandler = requirePermission('audit:read');

  app.get('/api/audit', { preHandler, schema: { tags, querystring: auditQuery } }, async (request, reply) => {
    const principal = request.principal as Principal;
    const { page, ...filter } = request.query;
    if (filter.council && !canSeeCouncil(principal, filter.council))
      return councilNotFound(reply, filter.council);
    return searchAuditEvents(db, principal, filter, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  });

  app.get(
    '/api/audit/export',
    { preHandler, schema: { tags, querystring: auditExportQuery } },
    async (request, reply) => {
      const principal = request.principal as Principal;
      const { format, ...filter } = request.query;
      if (filter.council && !canSeeCouncil(principal, filter.council))
        return councilNotFound(reply, filter.council);
      const { events, total } = await searchAuditEvents(db, principal, filter, {
        offset: 0,
        limit: EXPORT_LIMIT,
      });
      await recordAuditEvent(db, {
        actor: principal.username,
        action: 'audit.export',
        detail: { format, filter, rows: events.length },
      });
      const rows: AuditRow[] = events.map((e) => ({ ...e, detail: JSON.stringify(e.detail) }));
      if (total > events.length) {
        rows.push({
          id: 0,
          at: '',
          actor: '',
          action: `cut at ${EXPORT_LIMIT} of ${total} events: narrow the filter`,
          councilCode: null,
          detail: '',
        });
      }
      return sendTable(reply, {
        filename: 'audit-log',
        columns: COLUMNS,
        rows,
        format,
        sheetName: 'Audit log',
      });
    },
  );
}
