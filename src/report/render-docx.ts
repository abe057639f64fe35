import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { renderChartPng } from './chart-png.ts';
import { boldRuns, narrativeParts } from './narrative-html.ts';
import type { Block, DocumentSection, StatementDocument, TableBlock } from './statement-document.ts';

type Child = Paragraph | Table | TableOfContents;

/** Chart width on the page in pixels at 96 dpi (A4 text width is about 6.3 inches). */
const CHART_WIDTH = 600;

/**
 * The document as DOCX (the `docx` package): the title, a table of contents field (Word fills in its page
 * numbers), sections as Heading 1, narrative subheadings as Heading 2, tables with repeating header rows,
 * charts as PNG with alternative text followed by their table, and "Page N of M" in the footer.
 *
 * ### Example
 * ```ts
 * await writeFile('statement.docx', await renderDocx(doc));
 * ```
 */
export async function renderDocx(doc: StatementDocument): Promise<Uint8Array> {
  const children: Child[] = [
    new Paragraph({ children: [new TextRun({ text: doc.council.name, bold: true, size: 28 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: doc.title }),
    new Paragraph({ text: `Edition of ${doc.editionLabel}` }),
    new Paragraph({ text: doc.coverage }),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ children: [new TextRun({ text: 'Contents', bold: true, size: 32 })] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-1' }),
  ];
  for (const section of doc.sections) children.push(...sectionChildren(section));
  children.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Definitions and notes', pageBreakBefore: true }),
    new Paragraph({ text: doc.disclosureNote }),
  );
  for (const d of doc.definitions) {
    children.push(
      new Paragraph({ children: [new TextRun({ text: d.title, bold: true })], spacing: { before: 160 } }),
    );
    children.push(new Paragraph({ text: d.text }));
  }
  const document = new Document({
    title: `${doc.title}: ${doc.council.name}`,
    creator: 'Sufficiency',
    description: `${doc.title}, ${doc.council.name}, edition of ${doc.editionLabel}`,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ footers: { default: pageFooter(doc) }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function sectionChildren(section: DocumentSection): Child[] {
  const out: Child[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: section.heading, pageBreakBefore: true }),
  ];
  for (const part of narrativeParts(section.narrative)) {
    if (part.kind === 'heading')
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: part.text }));
    else if (part.kind === 'list')
      out.push(...part.items.map((i) => new Paragraph({ children: runs(i), bullet: { level: 0 } })));
    else out.push(new Paragraph({ children: runs(part.text), spacing: { after: 120 } }));
  }
  for (const block of section.blocks) out.push(...blockChildren(block));
  return out;
}

function blockChildren(block: Block): Child[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ text: block.text, spacing: { after: 120 } })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.text, keepNext: true })];
    case 'note':
      return [
        new Paragraph({
          children: [new TextRun({ text: block.text, italics: true })],
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'B1B4B6', space: 8 } },
          spacing: { before: 120, after: 120 },
        }),
      ];
    case 'list':
      return block.items.map((i) => new Paragraph({ text: i, bullet: { level: 0 } }));
    case 'figures':
      return [
        tableOf({
          caption: 'Key figures',
          head: ['Figure', 'Value'],
          rows: block.figures.map((f) => ({ header: f.label, cells: [f.value] })),
        }),
      ];
    case 'table':
      return [caption(block.table.caption), tableOf(block.table), ...notes(block.table)];
    case 'chart': {
      const { chart } = block;
      const png = renderChartPng(chart);
      const height = Math.round((CHART_WIDTH * chart.height) / chart.width);
      return [
        caption(chart.title),
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: png,
              transformation: { width: CHART_WIDTH, height },
              altText: {
                name: chart.title,
                title: chart.title,
                description: `${chart.description} The figures are in the table that follows.`,
              },
            }),
          ],
        }),
        caption(chart.table.caption),
        tableOf(chart.table),
        ...notes(chart.table),
      ];
    }
  }
}

function caption(text: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, bold: true })],
    spacing: { before: 240, after: 80 },
    keepNext: true,
  });
}

function notes(table: TableBlock): Paragraph[] {
  return (table.notes ?? []).map(
    (n) => new Paragraph({ children: [new TextRun({ text: n, size: 18, color: '505A5F' })] }),
  );
}

function tableOf(table: TableBlock): Table {
  const cell = (text: string, header: boolean, right: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header, size: 18 })],
        }),
      ],
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F2F1' } } : {}),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: table.head.map((h, i) => cell(h, true, i > 0 && !table.textColumns)),
      }),
      ...table.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(r.header, true, false),
              ...r.cells.map((c) => cell(c, false, !table.textColumns)),
            ],
          }),
      ),
    ],
  });
}

function runs(text: string): TextRun[] {
  return boldRuns(text).map((r) => new TextRun({ text: r.text, bold: r.bold }));
}

function pageFooter(doc: StatementDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${doc.council.name} · ${doc.editionLabel} · Page `, size: 16 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
          new TextRun({ text: ' of ', size: 16 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
        ],
      }),
    ],
  });
}
