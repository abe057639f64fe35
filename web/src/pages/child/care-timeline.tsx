import type { PeriodView } from '../../api/types.ts';
import { formatDate } from '../../format/format.ts';

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/**
 * A horizontal timeline of a child's placements from the first day in care to the day the data runs to.
 * Bars carry their category as text and a key names each pattern, so colour is never the only cue; the
 * placements table on the page holds the same facts for screen readers.
 */
export function CareTimeline({ periods, until }: { periods: PeriodView[]; until: string }) {
  const first = periods[0];
  if (!first) return null;
  const start = time(first.start);
  const end = Math.max(time(until), start + DAY);
  const span = end - start;
  const position = (from: string, to: string | null) => {
    const left = ((time(from) - start) / span) * 100;
    const right = (((to ? time(to) + DAY : end) - start) / span) * 100;
    return { left: `${left}%`, width: `${Math.max(right - left, 0.6)}%` };
  };
  const placements = periods.flatMap((p) => p.placements);
  const categories = [...new Set(placements.map((p) => p.category))];
  return (
    <figure className="timeline">
      <div className="timeline__track" aria-hidden="true">
        {periods.map((period) => (
          <div key={period.start} className="timeline__period" style={position(period.start, period.end)} />
        ))}
        {placements.map((placement) => (
          <div
            key={placement.start}
            className={`timeline__bar timeline__bar--${categories.indexOf(placement.category) % 6}`}
            style={position(placement.start, placement.end)}
            title={`${placement.categoryLabel}: ${formatDate(placement.start)} to ${placement.end ? formatDate(placement.end) : 'now'}`}
          />
        ))}
      </div>
      <div className="timeline__axis" aria-hidden="true">
        <span>{formatDate(first.start)}</span>
        <span>{formatDate(until)}</span>
      </div>
      <figcaption className="timeline__caption">
        Placements from {formatDate(first.start)} to {formatDate(until)}: {placements.length}{' '}
        {placements.length === 1 ? 'placement' : 'placements'} in {periods.length}{' '}
        {periods.length === 1 ? 'period' : 'periods'} of care. The tables below give each placement.
        <span className="timeline__key">
          {categories.map((category, i) => (
            <span key={category} className="timeline__key-item">
              <span className={`timeline__swatch timeline__bar--${i % 6}`} aria-hidden="true" />
              {placements.find((p) => p.category === category)?.categoryLabel ?? category}
            </span>
          ))}
        </span>
      </figcaption>
    </figure>
  );
}
