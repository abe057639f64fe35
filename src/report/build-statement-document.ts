import { collectionYearLabel, formatIsoDate } from '../dates/index.ts';
import { COUNCIL_DISCLOSURE } from '../indicators/disclosure/index.ts';
import { longDate } from './long-date.ts';
import { publicFigures } from './public-figures.ts';
import { type SectionBuilder, sectionContext } from './section-context.ts';
import { childrenLookedAfter } from './sections/children-looked-after.ts';
import { forecastDemand } from './sections/forecast-demand.ts';
import { localContext } from './sections/local-context.ts';
import { needs } from './sections/needs.ts';
import { placements } from './sections/placements.ts';
import { providedSection } from './sections/provided.ts';
import {
  DISCLOSURE_NOTE,
  STATEMENT_SECTIONS,
  type StatementDocument,
  type StatementSectionId,
} from './statement-document.ts';
import type { StatementInput } from './statement-input.ts';

/** Sections the council writes itself: no figures, only its narrative. */
const narrativeOnly: SectionBuilder = () => [];

const BUILDERS: Record<StatementSectionId, SectionBuilder> = {
  introduction: narrativeOnly,
  'local-context': localContext,
  'children-looked-after': childrenLookedAfter,
  placements,
  needs,
  'forecast-demand': forecastDemand,
  supply: providedSection('supply'),
  'gaps-and-commissioning': providedSection('gaps-and-commissioning'),
  costs: providedSection('costs'),
  voice: providedSection('voice'),
  'strategy-progress': providedSection('strategy-progress'),
  'working-with-us': narrativeOnly,
};

/**
 * The Market Position & Sufficiency Statement for one council and edition, from aggregate inputs only.
 * Every indicator passes disclosure control before any section reads it, so no section can print a raw
 * count. Pure: same input, same document.
 *
 * ### Example
 * ```ts
 * const doc = buildStatementDocument({ council: { code: 'E06000016', name: 'Leicester' },
 *   editionDate: day(2026, 11, 23), years, narratives: { introduction: 'Our vision…' } });
 * renderHtml(doc);
 * ```
 */
export function buildStatementDocument(input: StatementInput): StatementDocument {
  const figures = publicFigures(input.years, input.disclosure ?? COUNCIL_DISCLOSURE);
  const ctx = sectionContext(input, figures);
  const sections = STATEMENT_SECTIONS.map(({ id, heading }) => {
    const narrative = (input.narratives?.[id] ?? '').trim();
    const blocks =
      figures.years.length === 0 && !['introduction', 'voice', 'working-with-us'].includes(id)
        ? [
            {
              kind: 'note' as const,
              text: 'Not available: no 903 return has been imported for this council.',
            },
          ]
        : BUILDERS[id](ctx);
    if (!narrative && blocks.length === 0)
      blocks.push({ kind: 'note', text: 'The council has not written this section yet.' });
    return { id, heading, narrative, blocks };
  });
  const first = figures.years[0];
  return {
    kind: 'statement',
    title: 'Market Position and Sufficiency Statement',
    council: input.council,
    editionDate: formatIsoDate(input.editionDate),
    editionLabel: longDate(input.editionDate),
    coverage:
      first === undefined
        ? 'No figures: no return imported.'
        : `Figures for the years ${collectionYearLabel(first)} to ${collectionYearLabel(figures.latest)}, as at 31 March each year.`,
    sections,
    definitions: [...ctx.definitions.values()].sort((a, b) => a.title.localeCompare(b.title)),
    disclosureNote: DISCLOSURE_NOTE,
  };
}
