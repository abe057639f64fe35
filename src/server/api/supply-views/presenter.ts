import { type EpochDay, formatIsoDate } from '../../../dates/index.ts';
import type { InHouseHistory } from './in-house-history.ts';

const iso = (d: EpochDay) => formatIsoDate(d);

/** The in-house history for the API: dates as yyyy-mm-dd. */
export function presentInHouse(history: InHouseHistory) {
  return {
    origin: iso(history.origin),
    fostering: history.fostering.map((f) => ({ ...f, date: iso(f.date) })),
    carerAges: history.carerAges,
    homes: history.homes.map((h) => ({
      ...h,
      opens: iso(h.opens),
      closes: h.closes === null ? null : iso(h.closes),
    })),
    beds: history.beds.map((b) => ({ ...b, date: iso(b.date) })),
  };
}
