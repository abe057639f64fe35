import type { Kysely } from 'kysely';
import type { ChildTimeline } from '../care/index.ts';
import type { EpochDay } from '../dates/index.ts';
import type { CouncilForecast } from '../forecast/index.ts';
import type { Database } from '../store/index.ts';
import type { StatementSectionId } from './statement-document.ts';
import type { ProvidedSection } from './statement-input.ts';

/** What a provider may read: the council, the edition date, the forecast (for gaps) and the database. */
export interface ProviderContext {
  db: Kysely<Database> | null;
  councilCode: string;
  asAt: EpochDay;
  forecast: CouncilForecast | null;
  /**
   * The council's timelines, for providers that cost or match placements. Child-level: a provider may read
   * them but returns only aggregate blocks, whose counts the statement discloses.
   */
  timelines: readonly ChildTimeline[];
}

/**
 * Fills one statement section from another module (supply/, plan/): aggregate blocks, or why not. A
 * provider that throws leaves its section with a "not available" note; the statement is still built.
 */
export interface SectionProvider {
  section: StatementSectionId;
  provide(context: ProviderContext): Promise<ProvidedSection>;
}

/** Runs each provider, turning a failure into an "unavailable" section. Later providers for a section win. */
export async function runProviders(
  providers: readonly SectionProvider[],
  context: ProviderContext,
): Promise<Partial<Record<StatementSectionId, ProvidedSection>>> {
  const out: Partial<Record<StatementSectionId, ProvidedSection>> = {};
  for (const provider of providers) {
    try {
      out[provider.section] = await provider.provide(context);
    } catch (error) {
      out[provider.section] = {
        status: 'unavailable',
        reason: `it could not be computed (${messageOf(error)}).`,
      };
    }
  }
  return out;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
