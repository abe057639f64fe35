import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use yyyy-mm-dd');

export const auditQuery = z.object({
  q: z.string().max(200).optional(),
  action: z.string().max(100).optional(),
  actor: z.string().max(200).optional(),
  council: z.string().max(20).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export const auditExportQuery = auditQuery
  .omit({ page: true })
  .extend({ format: z.enum(['csv', 'xlsx']).default('csv') });

export type AuditFilter = Omit<z.infer<typeof auditQuery>, 'page'>;
