/**
 * The published documents (the Market Position & Sufficiency Statement and the annual progress report to
 * scrutiny) as data: sections of blocks, every figure already through disclosure control and held as the
 * text a reader sees. Renderers (HTML, PDF, DOCX) only lay this out; they never compute or round a figure.
 */

/** The sections of a typical statement (domain/sector.md), in the order they are published. */
export type StatementSectionId =
  | 'introduction'
  | 'local-context'
  | 'children-looked-after'
  | 'placements'
  | 'needs'
  | 'forecast-demand'
  | 'supply'
  | 'gaps-and-commissioning'
  | 'costs'
  | 'voice'
  | 'strategy-progress'
  | 'working-with-us';

/** The scrutiny report's sections. */
export type ScrutinySectionId = 'summary' | 'priorities' | 'kpis' | 'actions';

export type SectionId = StatementSectionId | ScrutinySectionId;

/** A headline figure: its label, the published text (`571`, `67 per 10,000`, `c`) and its definition. */
export interface Figure {
  label: string;
  value: string;
  /** The id of an entry in the document's definitions (an anchor in HTML), when there is one. */
  definition?: string;
}

/** A table of published text: one header row, each body row led by a row header. */
export interface TableBlock {
  caption: string;
  /** Column headings, the first for the row-header column. */
  head: string[];
  rows: { header: string; cells: string[] }[];
  /** Cells are words (left-aligned), not figures (right-aligned). */
  textColumns?: boolean;
  /** Footnotes: disclosure marks used, sources, caveats. */
  notes?: string[];
  definition?: string;
}

/**
 * A chart: an ECharts option (JSON only: no functions, so it serialises and renders the same on the
 * server and in a browser), a title and description for screen readers, and the same figures as a table.
 */
export interface ChartBlock {
  title: string;
  /** One or two sentences saying what the chart shows (SVG `<desc>`, DOCX alt text). */
  description: string;
  option: Record<string, unknown>;
  width: number;
  height: number;
  table: TableBlock;
}

export type Block =
  | { kind: 'paragraph'; text: string }
  /** A heading inside a section (h3; Heading 2 in DOCX). */
  | { kind: 'subheading'; text: string }
  /** Something the reader should know is missing or partial ("not available: …"). */
  | { kind: 'note'; text: string }
  | { kind: 'figures'; figures: Figure[] }
  | { kind: 'table'; table: TableBlock }
  | { kind: 'chart'; chart: ChartBlock }
  | { kind: 'list'; items: string[] };

export interface DocumentSection {
  id: SectionId;
  heading: string;
  /** The council's own words for the section (markdown-lite: paragraphs, `- ` lists, `## ` subheadings). */
  narrative: string;
  blocks: Block[];
}

export interface Definition {
  id: string;
  title: string;
  text: string;
}

export type DocumentKind = 'statement' | 'scrutiny-report';

/** A document ready to render. Nothing in it is child-level; every number is as published. */
export interface StatementDocument {
  kind: DocumentKind;
  title: string;
  council: { code: string; name: string };
  /** The edition date, ISO yyyy-mm-dd. */
  editionDate: string;
  /** The edition date as printed ("23 November 2026"). */
  editionLabel: string;
  /** What the figures are as at, e.g. "Figures for the years to 31 March 2022–2026". */
  coverage: string;
  sections: DocumentSection[];
  definitions: Definition[];
  /** The disclosure footnote printed once (what `c`, `k`, `z`, `x` mean). */
  disclosureNote: string;
}

/** The statement's sections and their headings, in order. */
export const STATEMENT_SECTIONS: readonly { id: StatementSectionId; heading: string }[] = [
  { id: 'introduction', heading: 'Introduction and vision' },
  { id: 'local-context', heading: 'Local context and population' },
  { id: 'children-looked-after', heading: 'Children looked after' },
  { id: 'placements', heading: 'Where children live: placements' },
  { id: 'needs', heading: "Children's needs" },
  { id: 'forecast-demand', heading: 'Forecast demand' },
  { id: 'supply', heading: 'Supply: our carers and homes, and the market' },
  { id: 'gaps-and-commissioning', heading: 'Gaps and commissioning intentions' },
  { id: 'costs', heading: 'Costs' },
  { id: 'voice', heading: 'The voice of children, young people and providers' },
  { id: 'strategy-progress', heading: 'Strategy priorities and progress' },
  { id: 'working-with-us', heading: 'How providers can work with us' },
];

export const DISCLOSURE_NOTE =
  'To protect children’s privacy, counts of 1 to 5 are shown as c, as are percentages, rates and medians ' +
  'of fewer than 10 children and any figure that would let a suppressed one be worked out. ' +
  'k: a figure that rounds to 0; z: not applicable; x: not available.';
