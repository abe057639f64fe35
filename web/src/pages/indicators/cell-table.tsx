import { query } from '../../api/client.ts';
import { Link } from '../../router/index.ts';
import { cellLabel, cellParam, dimensionName, formatFigure, isCount, unitName } from './figures.ts';
import type { Indicator } from './types.ts';

/**
 * Every cell of an indicator as a table row (totals included), with the base of percentages and why a
 * figure is unknown. With `drill`, each count above zero links to the children behind it.
 */
export function CellTable({
  indicator,
  code,
  drill,
}: {
  indicator: Indicator;
  code: string;
  drill: boolean;
}) {
  const withBase = indicator.cells.some((c) => c.denominator !== undefined);
  const links = drill && isCount(indicator.unit);
  const href = (key: Record<string, string>) =>
    `/councils/${encodeURIComponent(code)}/indicators/${indicator.theme}/children${query({
      id: indicator.id,
      year: indicator.collectionYear,
      cell: cellParam(key),
    })}`;
  return (
    <div className="table-scroll">
      <table className="table table--compact">
        <caption className="table__caption table__caption--s">{indicator.title}: figures</caption>
        <thead>
          <tr>
            {indicator.dimensions.map((d) => (
              <th scope="col" key={d}>
                {dimensionName(d)}
              </th>
            ))}
            {indicator.dimensions.length === 0 ? <th scope="col">Figure</th> : null}
            <th scope="col" className="num">
              {unitName(indicator.unit)}
            </th>
            {withBase ? (
              <th scope="col" className="num">
                Of
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {indicator.cells.map((cell) => {
            const figure = formatFigure(cell.value, indicator.unit);
            const label = indicator.dimensions.map((d) => cellLabel(indicator, cell, d)).join(', ');
            return (
              <tr key={cellParam(cell.key)}>
                {indicator.dimensions.map((d, i) =>
                  i === 0 ? (
                    <th scope="row" key={d}>
                      {cellLabel(indicator, cell, d)}
                    </th>
                  ) : (
                    <td key={d}>{cellLabel(indicator, cell, d)}</td>
                  ),
                )}
                {indicator.dimensions.length === 0 ? <th scope="row">{indicator.title}</th> : null}
                <td className="num">
                  {links && cell.value !== null && cell.value > 0 ? (
                    <Link href={href(cell.key)}>
                      {figure}
                      <span className="visually-hidden"> children: {label || 'total'}</span>
                    </Link>
                  ) : (
                    figure
                  )}
                  {cell.value === null && cell.unknownReason ? (
                    <span className="cell-note">{cell.unknownReason}</span>
                  ) : null}
                </td>
                {withBase ? (
                  <td className="num">
                    {cell.denominator === undefined
                      ? '–'
                      : `${formatFigure(cell.numerator ?? null, 'children')} of ${formatFigure(cell.denominator, 'children')}`}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
