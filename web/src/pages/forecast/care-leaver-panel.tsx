import { type CareLeaverView, ukDate } from './types.ts';

const whole = (n: number) => Math.round(n).toLocaleString('en-GB');

/**
 * Care leavers aged 18–20 in supported accommodation ahead, from the children the forecast sees turn 18 in
 * care and the shares in supported accommodation the council's local data shows after the 18th birthday.
 */
export function CareLeaverPanel({ view }: { view: CareLeaverView | null }) {
  return (
    <section aria-labelledby="care-leavers-heading">
      <h2 className="heading-l" id="care-leavers-heading">
        Care leavers in supported accommodation
      </h2>
      {view === null ? (
        <p className="body">
          Not projected: load the care leavers’ accommodation local data (Local data screen) and the forecast
          adds care leavers aged 18 to 20 in supported accommodation.
        </p>
      ) : (
        <>
          <p className="body">
            Every child the forecast sees turn 18 in care becomes a care leaver; the share of them in
            supported accommodation follows what the local data showed from {ukDate(view.basis.from)} to{' '}
            {ukDate(view.basis.to)}: {view.basis.at18.share}% on the 18th birthday (of{' '}
            {view.basis.at18.careLeavers} care leavers seen then), {view.basis.at19.share}% a year later (of{' '}
            {view.basis.at19.careLeavers}), {view.basis.at20.share}% two years later (of{' '}
            {view.basis.at20.careLeavers}). The ranges cover how many children turn 18 in care, not changes in
            those shares.
          </p>
          <div className="table-scroll">
            <table className="table table--compact">
              <caption className="table__caption table__caption--s">
                Care leavers aged 18 to 20 in supported accommodation: median (80% range)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col" className="num">
                    Median
                  </th>
                  <th scope="col" className="num">
                    80% range
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.years.map((y) => (
                  <tr key={y.date}>
                    <td>{ukDate(y.date)}</td>
                    <td className="num">{whole(y.p50)}</td>
                    <td className="num">
                      {whole(y.p10)} to {whole(y.p90)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
