import { query } from '../../api/client.ts';
import { Link } from '../../router/index.ts';
import {
  cellLabel,
  cellParam,
  dimensionName,
  formatFigure,
  isCount,
  shownFigure,
  unitName,
} from './figures.ts';
import type { Indicator } from './types.ts';

/**
 * Every cell of an indicator as a table row (totals included), with the base of percentages, why a figure
 * is unknown, and England's, the region's and the statistical neighbours' figures where published. With
 * `drill`, each count above zero links to the children behind it. Published (public) cells show their mark
 * (c, k, z, x) instead of a figure.
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
  const withComparators = indicator.cells.some((c) => c.comparators !== undefined);
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
            {withComparators ? (
              <>
                <th scope="col" className="num">
                  England
                </th>
                <th scope="col" className="num">
                  Region
                </th>
                <th scope="col" className="num">
                  Statistical neighbours (mean)
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {indicator.cells.map((cell) => {
            const figure = shownFigure(cell, indicator.unit);
            const compared = cell.comparators;
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
                {withComparators ? (
                  <>
                    <td className="num">
                      {compared ? comparatorFigure(compared.england, indicator.unit) : '–'}
                    </td>
                    <td className="num">
                      {compared ? comparatorFigure(compared.region, indicator.unit) : '–'}
                    </td>
                    <td className="num">
                      {compared ? comparatorFigure(compared.neighboursMean, indicator.unit) : '–'}
                      {compared && compared.neighbours.length > 0 ? (
                        <span className="cell-note">
                          {compared.neighbours
                            .map((n) => `${n.name} ${n.flag ?? formatFigure(n.value, indicator.unit)}`)
                            .join('; ')}
                        </span>
                      ) : null}
                    </td>
                  </>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A comparator's figure, or a dash when none is published. */
function comparatorFigure(value: number | null, unit: string): string {
  return value === null ? '–' : formatFigure(value, unit);
}
