import { z } from 'zod';

export const jobSchema = z.object({
  id: z.string(),
  kind: z.string().describe('import (later: forecast, report)'),
  councilCode: z.string().nullable(),
  status: z
    .enum(['queued', 'running', 'succeeded', 'failed'])
    .describe(
      'succeeded: the job ran to its end (an import may still have been rejected: see result.status)',
    ),
  progress: z.object({ phase: z.string(), done: z.number(), total: z.number() }),
  result: z.unknown().optional(),
  error: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const jobParams = z.object({ id: z.string().max(64) });

export const jobListQuery = z.object({ council: z.string().max(20).optional() });
