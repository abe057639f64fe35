import type { CollectionYear, EpochDay } from '../dates/index.ts';
import type { CouncilForecast, ForecastYear } from '../forecast/index.ts';
import type { DisclosureOptions } from '../indicators/disclosure/index.ts';
import type { Indicator, IndicatorCell } from '../indicators/index.ts';
import type { SectionId, StatementSectionId } from './statement-document.ts';

/**
 * The inputs of a published document are aggregates only: a cell that could carry child ids does not
 * type-check (`childIds?: never`), and no input takes timelines, children or postcodes. Composition code
 * (council-statement.ts) computes the aggregates from a council's data and strips ids with `aggregateOf`.
 */
export type AggregateCell = Omit<IndicatorCell, 'childIds'> & { childIds?: never };

export type AggregateIndicator = Omit<Indicator, 'cells'> & { cells: AggregateCell[] };

/** The indicators of one collection year. */
export interface AggregateYear {
  collectionYear: CollectionYear;
  indicators: AggregateIndicator[];
  /** Children aged 0–17 in the area (ONS mid-year estimate), when known. */
  population0to17?: number;
}

/** What the statement reads of a forecast (a `CouncilForecast` is one): medians and ranges by category and year. */
export interface ForecastSummary extends Pick<CouncilForecast, 'origin' | 'assumptions'> {
  years: Pick<ForecastYear, 'year' | 'date' | 'byCategory' | 'total'>[];
}

/** The forecast, or why there is none (a failure leaves the section with a clear note, not a broken document). */
export type ForecastInput =
  | { status: 'ok'; forecast: ForecastSummary }
  | { status: 'unavailable'; reason: string };

/**
 * A block another module provides for a section (supply, gaps, costs, strategy). Numbers come as raw
 * aggregates and are disclosure-controlled by the builder, never as text a provider formatted itself.
 */
export type ProvidedBlock =
  | { kind: 'paragraph' | 'note' | 'subheading'; text: string }
  | { kind: 'list'; items: string[] }
  | {
      /** Counts (children, places, carers) by row × column; disclosure control adds the totals' protection. */
      kind: 'counts';
      caption: string;
      /** What is counted, for the header ("Places", "Carer households"). */
      unitLabel: string;
      columns: string[];
      rows: { label: string; values: (number | null)[] }[];
      /** Publish a Total row (column totals); they join the suppression system. */
      totals?: boolean;
      /** Also a Total column (row totals): only when the columns add up (default: as `totals`). */
      rowTotals?: boolean;
      /**
       * What is counted: `people` (children, carers: counts of 1–5 suppressed, the default) or `capacity`
       * (beds, places of homes: not about anyone, shown as they are).
       */
      about?: 'people' | 'capacity';
      notes?: string[];
    }
  | {
      /** Money (£), rounded to the nearest `roundTo` (default £1,000) before publishing. */
      kind: 'amounts';
      caption: string;
      /** Heading of the first column (what each row is); default "Item". */
      rowHeading?: string;
      columns: string[];
      rows: { label: string; values: (number | null)[] }[];
      roundTo?: number;
      notes?: string[];
    }
  | {
      /** Plain statuses (RAG ratings, dates, owners' roles): text that holds no counts of children. */
      kind: 'text-table';
      caption: string;
      /** Cells are words (left-aligned), not figures. */
      textColumns?: boolean;
      head: string[];
      rows: { header: string; cells: string[] }[];
    };

/** What a section provider returns: blocks, or why it has none yet. */
export type ProvidedSection =
  | { status: 'ok'; blocks: ProvidedBlock[] }
  | { status: 'unavailable'; reason: string };

export interface StatementInput {
  council: { code: string; name: string };
  editionDate: EpochDay;
  /** The council's own text per section, edited in the app. */
  narratives?: Partial<Record<SectionId, string>>;
  /** Oldest first; the last is the year the statement reports on. */
  years: AggregateYear[];
  forecast?: ForecastInput;
  /** Sections filled by other modules (supply/, plan/) when they have data. */
  provided?: Partial<Record<StatementSectionId, ProvidedSection>>;
  disclosure?: DisclosureOptions;
}

/** An indicator with its child ids dropped: the only way a computed indicator becomes a document input. */
export function aggregateOf(indicator: Indicator): AggregateIndicator {
  return { ...indicator, cells: indicator.cells.map(({ childIds: _ids, ...cell }) => cell) };
}
