import { type SurveySummary, summariseSurvey } from '../plan/index.ts';
import { listSurveys, loadSurvey } from '../store/index.ts';
import type { SectionProvider } from './section-provider.ts';
import type { ProvidedBlock } from './statement-input.ts';

/** Surveys shown in a statement: the latest few. */
const MAX_SURVEYS = 3;

/**
 * "The voice of children, young people and providers" from the council's imported surveys (plan/): each
 * scaled question as counts by answer and respondent group (the summary leaves out groups under 5, and the
 * statement's disclosure control suppresses small counts), themes of free-text answers, and the quotes the
 * council approved for publication.
 */
export const voiceProvider: SectionProvider = {
  section: 'voice',
  async provide(context) {
    if (!context.db)
      return { status: 'unavailable', reason: 'surveys are kept in the database, which was not given.' };
    const surveys = (await listSurveys(context.db, context.councilCode)).slice(0, MAX_SURVEYS);
    if (surveys.length === 0)
      return {
        status: 'unavailable',
        reason: 'no survey of children, carers or providers has been imported yet.',
      };
    const blocks: ProvidedBlock[] = [];
    for (const record of surveys) {
      const loaded = await loadSurvey(context.db, context.councilCode, record.id);
      if (loaded) blocks.push(...surveyBlocks(record.title, summariseSurvey(loaded.responses)));
    }
    return { status: 'ok', blocks };
  },
};

/** One survey's blocks: pure, for tests. */
export function surveyBlocks(title: string, summary: SurveySummary): ProvidedBlock[] {
  const blocks: ProvidedBlock[] = [{ kind: 'subheading', text: title }];
  for (const q of summary.questions) {
    if (q.kind === 'scale') {
      const groups = q.groups.filter((g) => !g.suppressed);
      const hidden = q.groups.length - groups.length;
      blocks.push({
        kind: 'counts',
        caption: q.question,
        unitLabel: 'Answer',
        columns: [...groups.map((g) => g.group), 'All respondents'],
        rows: q.options.map((option, i) => ({
          label: option,
          values: [...groups.map((g) => g.counts[i]?.count ?? null), q.all.counts[i]?.count ?? null],
        })),
        totals: true,
        rowTotals: false,
        ...(hidden > 0
          ? {
              notes: [
                `${hidden} group(s) with fewer than 5 respondents are included in "All respondents" only.`,
              ],
            }
          : {}),
      });
    } else {
      blocks.push({
        kind: 'paragraph',
        text: `${q.question}: themes in ${q.tagged} of ${q.responses} answers.`,
      });
      if (q.themes.length > 0)
        blocks.push({
          kind: 'counts',
          caption: `${q.question}: themes`,
          unitLabel: 'Theme',
          columns: ['Answers'],
          rows: q.themes.map((t) => ({ label: t.theme, values: [t.count] })),
        });
      if (q.quotes.length > 0)
        blocks.push({
          kind: 'list',
          items: q.quotes.map((x) => `“${x.text}”${x.group ? ` (${x.group})` : ''}`),
        });
    }
  }
  return blocks;
}
