import type { PublicIndicator } from '../indicators/disclosure/index.ts';
import { definitionAnchor } from './indicator-blocks.ts';
import type { PublicFigures } from './public-figures.ts';
import type { Block, Definition } from './statement-document.ts';
import type { StatementInput } from './statement-input.ts';

/** What a section builder reads: published figures only, and a way to cite an indicator's definition. */
export interface SectionContext {
  input: StatementInput;
  figures: PublicFigures;
  /** A published indicator (latest year unless given); its definition joins the document's definitions. */
  indicator(id: string, year?: number): PublicIndicator | undefined;
  definitions: Map<string, Definition>;
}

/** Builds one section's blocks from published figures. */
export type SectionBuilder = (context: SectionContext) => Block[];

export function sectionContext(input: StatementInput, figures: PublicFigures): SectionContext {
  const definitions = new Map<string, Definition>();
  return {
    input,
    figures,
    definitions,
    indicator(id, year) {
      const found = figures.get(id, year);
      if (found) {
        const anchor = definitionAnchor(found.id);
        if (!definitions.has(anchor))
          definitions.set(anchor, { id: anchor, title: found.title, text: found.definition });
      }
      return found;
    },
  };
}
