import { z } from 'zod';
import { parseIsoDate } from '../../../dates/index.ts';
import { councilParams } from '../common-schema.ts';

/** `yyyy-mm-dd` → epoch day. */
export const isoDate = z
  .string()
  .refine((s) => parseIsoDate(s) !== null, 'enter a real date as yyyy-mm-dd, e.g. 2026-03-31')
  .transform((s) => parseIsoDate(s) as number);

const text = (max: number, missing?: string) =>
  missing ? z.string().trim().min(1, missing).max(max) : z.string().trim().max(max);

export const idParams = councilParams.extend({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53 - 1),
});

export const summaryQuery = z.object({
  asAt: isoDate.optional().describe('the day to rate actions and KPIs on (yyyy-mm-dd); default today'),
});

export const priorityBody = z.object({
  title: text(200, 'enter the priority’s title'),
  description: text(4000).default(''),
  position: z.number().int().min(1).max(1000).optional(),
});

const link = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => /^https?:\/\/\S+$/.test(s), 'enter a web address starting https:// or http://');

export const actionBody = z
  .object({
    title: text(300, 'enter what the action is'),
    description: text(4000).default(''),
    owner: text(200).default(''),
    partners: z.array(text(200, 'a partner’s name cannot be empty')).max(30).default([]),
    startDate: isoDate.nullable().default(null),
    dueDate: isoDate.nullable().default(null),
    status: z.enum(['not-started', 'in-progress', 'done', 'dropped']),
    ragOverride: z
      .object({
        rag: z.enum(['red', 'amber', 'green']),
        reason: text(1000, 'say why the rating differs from the suggested one'),
      })
      .nullable()
      .default(null),
    priorityId: z.number().int().positive().optional().describe('move the action to another priority'),
  })
  .refine((a) => a.startDate === null || a.dueDate === null || a.dueDate >= a.startDate, {
    message: 'the due date must be on or after the start date',
    path: ['dueDate'],
  });

export const updateBody = z.object({
  date: isoDate,
  text: text(4000, 'say what progress was made'),
  evidenceText: text(2000).default(''),
  evidenceUrl: link.nullable().default(null),
});

const point = z.object({ value: z.number().finite(), date: isoDate });

export const kpiBody = z
  .object({
    priorityId: z.number().int().positive().nullable().default(null),
    title: text(300, 'enter what the KPI measures'),
    unit: text(40).default(''),
    link: z.object({
      source: z.enum(['indicator', 'forecast', 'gap', 'manual']),
      key: text(200).default(''),
      cell: z.record(z.string().max(100), z.string().max(100)).optional(),
    }),
    baseline: point,
    target: point,
    direction: z.enum(['higher', 'lower']),
    tolerance: z.number().finite().min(0).default(0),
    manualValues: z.array(point).max(500).default([]),
  })
  .refine((k) => k.target.date > k.baseline.date, {
    message: 'the target date must be after the baseline date',
    path: ['target', 'date'],
  })
  .refine((k) => k.link.source === 'manual' || k.link.key !== '', {
    message: 'choose the figure the KPI follows',
    path: ['link', 'key'],
  });

export const historyQuery = z.object({
  entity: z.enum(['priority', 'action', 'update', 'kpi']).optional(),
  entityId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
