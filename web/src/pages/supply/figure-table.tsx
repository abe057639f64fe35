import type { ReactNode } from 'react';

export interface Column {
  header: ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean;
}

export interface TableRow {
  key: string;
  /** The first cell heads the row. */
  cells: ReactNode[];
}

/**
 * A captioned table of figures, the first column heading each row; in a scrolling region a keyboard can
 * reach when it is wider than the screen.
 */
export function FigureTable({
  caption,
  columns,
  rows,
  foot,
}: {
  caption: string;
  columns: Column[];
  rows: TableRow[];
  /** A totals row, headed like the others. */
  foot?: TableRow;
}) {
  const cellsOf = (row: TableRow) =>
    row.cells.map((cell, i) =>
      i === 0 ? (
        // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
        <th scope="row" key={i}>
          {cell}
        </th>
      ) : (
        // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
        <td key={i} className={columns[i]?.numeric ? 'num' : undefined}>
          {cell}
        </td>
      ),
    );
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls; the keyboard must reach it
    <section className="table-scroll" aria-label={caption} tabIndex={0}>
      <table className="table table--compact">
        <caption className="table__caption table__caption--s">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
              <th scope="col" key={i} className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>{cellsOf(row)}</tr>
          ))}
        </tbody>
        {foot ? (
          <tfoot>
            <tr>{cellsOf(foot)}</tr>
          </tfoot>
        ) : null}
      </table>
    </section>
  );
}
