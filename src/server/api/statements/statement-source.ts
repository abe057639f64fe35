import { councilSettings } from '../../../app/index.ts';
import { type EpochDay, todayEpochDay } from '../../../dates/index.ts';
import type { ActionSnapshot } from '../../../editions/index.ts';
import { strategySummary } from '../../../plan/index.ts';
import {
  buildStatementDocument,
  councilStatementInput,
  renderDocx,
  renderHtml,
  renderPdf,
  STATEMENT_PROVIDERS,
  STATEMENT_SECTIONS,
  type StatementDocument,
  type StatementInput,
  statementForecast,
} from '../../../report/index.ts';
import type { ApiContext } from '../context.ts';

/** A file the renderer could make, or why not (PDF needs Chromium; the app says how to enable it). */
export type Rendered = { status: 'ok'; bytes: Uint8Array } | { status: 'unavailable'; reason: string };

/**
 * Where an edition's document comes from and how it is rendered: the report module in the app, a stand-in
 * in route tests. Documents are built from aggregates only (src/report), so nothing here is child-level.
 */
export interface StatementSource {
  sections: readonly { id: string; heading: string }[];
  /** The council's statement as at `asAt` with these narratives. */
  document(
    councilCode: string,
    narratives: Record<string, string>,
    asAt: EpochDay,
  ): Promise<StatementDocument>;
  html(doc: StatementDocument): string;
  pdf(doc: StatementDocument): Promise<Rendered>;
  docx(doc: StatementDocument): Promise<Rendered>;
  /** The action plan as it stands (src/plan strategySummary), for "what changed". */
  actions(councilCode: string): Promise<ActionSnapshot[]>;
}

/**
 * The app's source: the statement input (indicators of the reported years, forecast, provided sections)
 * is computed once per council, data state and day, then each preview only lays the narratives on it.
 */
export function reportStatementSource(ctx: ApiContext): StatementSource {
  const inputs = new Map<string, { key: string; input: Promise<StatementInput> }>();
  const inputFor = async (code: string, asAt: EpochDay): Promise<StatementInput> => {
    const data = await ctx.councilData.get(code);
    const key = `${data.key}|${asAt}`;
    const cached = inputs.get(code);
    if (cached?.key === key) return cached.input;
    const input = (async () => {
      const settings = await councilSettings(ctx.db, code);
      return councilStatementInput(data, {
        council: { code, name: settings.displayName },
        asAt,
        db: ctx.db,
        forecast: await statementForecast(ctx.db, data),
        providers: STATEMENT_PROVIDERS,
      });
    })();
    inputs.set(code, { key, input });
    input.catch(() => inputs.delete(code));
    return input;
  };
  return {
    sections: STATEMENT_SECTIONS,
    async document(code, narratives, asAt) {
      return buildStatementDocument({ ...(await inputFor(code, asAt)), narratives });
    },
    html: (doc) => renderHtml(doc),
    async pdf(doc) {
      const result = await renderPdf(doc);
      return result.status === 'ok'
        ? { status: 'ok', bytes: result.pdf }
        : { status: 'unavailable', reason: result.message };
    },
    docx: async (doc) => ({ status: 'ok', bytes: await renderDocx(doc) }),
    async actions(code) {
      const summary = await strategySummary(ctx.db, code, editionDay(), { councilData: ctx.councilData });
      return summary.priorities.flatMap((p) =>
        p.actions.map((a) => ({
          id: String(a.id),
          title: a.title,
          priority: p.title,
          status: a.status,
          rag: a.rag.rag,
        })),
      );
    },
  };
}

/** Today as the edition date (UTC). */
export function editionDay(): EpochDay {
  return todayEpochDay();
}
