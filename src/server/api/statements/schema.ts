import { z } from 'zod';
import { councilParams } from '../common-schema.ts';

export const editionParams = councilParams.extend({
  number: z.coerce.number().int().min(1).max(100_000),
});

export const sectionParams = editionParams.extend({
  section: z.string().regex(/^[a-z-]{1,60}$/, 'expected a section id such as introduction'),
});

export const stepParams = editionParams.extend({
  step: z.enum(['submit', 'approve', 'publish', 'withdraw']),
});

export const downloadParams = editionParams.extend({ format: z.enum(['html', 'pdf', 'docx']) });

export const createBodySchema = z.object({
  title: z.string().trim().min(1, 'enter a title for the edition').max(200),
});

export const narrativeBodySchema = z.object({
  text: z.string().max(100_000, 'the text is far too long'),
});

const who = z.object({ by: z.string(), at: z.string() }).nullable();

export const editionSchema = z.object({
  number: z.number(),
  title: z.string(),
  status: z.enum(['draft', 'in-review', 'approved', 'published', 'withdrawn']),
  statusLabel: z.string(),
  created: z.object({ by: z.string(), at: z.string() }),
  lastEdited: z.object({ by: z.string(), at: z.string() }),
  submitted: who,
  approved: who,
  published: who,
  withdrawn: who,
});

export const editionListSchema = z.object({
  editions: z.array(editionSchema),
  /** The public page where published editions are listed (no sign-in). */
  publicPage: z.string(),
});

const liveFigureSchema = z.object({ label: z.string(), value: z.string() });

export const sectionSchema = z.object({
  id: z.string(),
  heading: z.string(),
  narrative: z.string(),
  saved: who,
  copiedFromEdition: z.boolean(),
  figures: z.array(liveFigureSchema).describe('the section’s headline figures as they would be published'),
  tables: z.array(z.string()).describe('captions of the section’s tables and charts'),
});

export const editionDetailSchema = z.object({
  edition: editionSchema,
  sections: z.array(sectionSchema),
  allowed: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    publish: z.boolean(),
    withdraw: z.boolean(),
  }),
  refusals: z.record(z.string(), z.string()).describe('why a step is not allowed, by step'),
  publication: z
    .object({
      hasPdf: z.boolean(),
      pdfNote: z.string().nullable(),
      publishedAt: z.string(),
      publicUrl: z.string(),
    })
    .nullable(),
});

export const historySchema = z.object({
  entries: z.array(
    z.object({
      sectionId: z.string(),
      text: z.string(),
      savedBy: z.string(),
      savedAt: z.string(),
      copied: z.boolean(),
    }),
  ),
});

const changeSchema = z.object({
  key: z.string(),
  label: z.string(),
  table: z.string(),
  status: z.enum(['changed', 'unchanged', 'added', 'removed']),
  previous: z.object({ display: z.string(), period: z.string() }).nullable(),
  current: z.object({ display: z.string(), period: z.string() }).nullable(),
  change: z.string(),
  value: z.number().nullable(),
});

const actionSchema = z.object({
  id: z.string(),
  title: z.string(),
  priority: z.string(),
  status: z.string(),
  rag: z.string().nullable(),
});

export const changesSchema = z.object({
  since: z.object({ number: z.number(), title: z.string(), publishedAt: z.string() }).nullable(),
  figures: z.array(changeSchema),
  unchanged: z.number().describe('figures the same in both editions (not listed)'),
  actions: z.object({
    added: z.array(actionSchema),
    completed: z.array(actionSchema),
    dropped: z.array(actionSchema),
    removed: z.array(actionSchema),
    ragChanged: z.array(
      z.object({ action: actionSchema, from: z.string().nullable(), to: z.string().nullable() }),
    ),
  }),
});
