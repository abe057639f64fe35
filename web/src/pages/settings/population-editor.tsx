export interface PopulationRow {
  year: string;
  population: string;
}

/** Rows of year and 0–17 population, as text while editing (checked when the form is saved). */
export function PopulationEditor({
  rows,
  onChange,
  errorFor,
}: {
  rows: PopulationRow[];
  onChange(rows: PopulationRow[]): void;
  errorFor(id: string): string | undefined;
}) {
  const update = (index: number, row: PopulationRow) => onChange(rows.map((r, i) => (i === index ? row : r)));
  const nextYear = () =>
    String(Math.max(new Date().getFullYear() - 1, ...rows.map((r) => Number(r.year) + 1 || 0)));
  return (
    <>
      {rows.length ? (
        <table className="table table--compact">
          <caption className="table__caption table__caption--s">Population aged 0 to 17 by year</caption>
          <thead>
            <tr>
              <th scope="col">Year (mid-year estimate)</th>
              <th scope="col">Children aged 0 to 17</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: controlled inputs; position is the identity
              <tr key={i}>
                <td>
                  <label className="visually-hidden" htmlFor={`population-${i}-year`}>
                    Row {i + 1} year
                  </label>
                  <input
                    id={`population-${i}-year`}
                    className={`input input--width-5${errorFor(`population-${i}-year`) ? ' input--error' : ''}`}
                    inputMode="numeric"
                    value={row.year}
                    onChange={(e) => update(i, { ...row, year: e.target.value })}
                  />
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`population-${i}-count`}>
                    Row {i + 1} children aged 0 to 17
                  </label>
                  <input
                    id={`population-${i}-count`}
                    className={`input input--width-10${errorFor(`population-${i}-count`) ? ' input--error' : ''}`}
                    inputMode="numeric"
                    value={row.population}
                    onChange={(e) => update(i, { ...row, population: e.target.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--warning button--small"
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  >
                    Remove<span className="visually-hidden"> row {i + 1}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="body">No population figures yet.</p>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...rows, { year: nextYear(), population: '' }])}
      >
        Add a year
      </button>
    </>
  );
}
