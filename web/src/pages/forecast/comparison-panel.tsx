import {
  CATEGORIES,
  CATEGORY_TEXT,
  type ComparisonResult,
  type Fan,
  millions,
  ukDate,
  whole,
} from './types.ts';

const range = (f: Fan) => `${whole(f.p50)} (${whole(f.p10)}–${whole(f.p90)})`;
const money = (f: Fan) => `${millions(f.p50)} (${millions(f.p10)}–${millions(f.p90)})`;

/** (e) Baseline and scenarios side by side: need by type and year, cost by year and over the whole forecast. */
export function ComparisonPanel({ result }: { result: ComparisonResult }) {
  const runs = [{ name: 'Baseline', ...result.baseline }, ...result.scenarios];
  return (
    <section aria-labelledby="comparison-heading">
      <h2 className="heading-l" id="comparison-heading">
        Baseline and scenarios compared
      </h2>
      <p className="body">
        Medians with 80% ranges (P10–P90) in brackets; every run used the same {result.baseline.paths} random
        paths (seed {result.baseline.seed}).
      </p>
      <div className="table-scroll">
        <table className="table table--compact">
          <caption className="table__caption table__caption--s">Children looked after on 31 March</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Placement type</th>
              {runs.map((r) => (
                <th scope="col" className="num" key={r.name}>
                  {r.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.baseline.years.flatMap((y, i) =>
              (['total', ...CATEGORIES] as const).map((c) => (
                <tr key={`${y.date}-${c}`}>
                  <td>{ukDate(y.date)}</td>
                  <td>{CATEGORY_TEXT[c]}</td>
                  {runs.map((r) => {
                    const year = r.years[i];
                    return (
                      <td className="num" key={r.name}>
                        {year ? range(c === 'total' ? year.total : year.byCategory[c]) : '–'}
                      </td>
                    );
                  })}
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table className="table table--compact">
          <caption className="table__caption table__caption--s">Placement costs</caption>
          <thead>
            <tr>
              <th scope="col">Year after the start</th>
              {runs.map((r) => (
                <th scope="col" className="num" key={r.name}>
                  {r.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.baseline.costs.years.map((y, i) => (
              <tr key={y.year}>
                <td>Year {y.year}</td>
                {runs.map((r) => {
                  const cost = r.costs.years[i];
                  return (
                    <td className="num" key={r.name}>
                      {cost ? money(cost.total) : '–'}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">Over {result.baseline.costs.years.length} years</th>
              {runs.map((r) => (
                <td className="num" key={r.name}>
                  {money(r.costs.overall)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
