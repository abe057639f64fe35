/** How the supply screens write their figures. */

/** Places (fractional: averages and forecasts) to one decimal place: 12.345 → "12.3"; null → "–". */
export function formatPlaces(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return (Math.round(value * 10) / 10).toLocaleString('en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** Whole pounds: 1234567.8 → "£1,234,568"; negative → "−£…"; null → "–". */
export function formatMoney(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  const pounds = Math.round(value);
  const text = `£${Math.abs(pounds).toLocaleString('en-GB')}`;
  return pounds < 0 ? `−${text}` : text;
}

/** Pounds in millions to one decimal place for large totals: 41087880 → "£41.1m". */
export function formatMillions(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  const m = Math.round(value / 100_000) / 10;
  return m < 0 ? `−£${(-m).toFixed(1)}m` : `£${m.toFixed(1)}m`;
}

/** A share as a whole percentage: 0.8213 → "82%"; null → "–". */
export function formatShare(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined) return '–';
  return `${(value * 100).toFixed(digits)}%`;
}

/** A signed change in pounds: −276136 → "−£276,136", 0 → "no change". */
export function formatMoneyChange(value: number): string {
  const pounds = Math.round(value);
  if (pounds === 0) return 'no change';
  return pounds > 0 ? `+${formatMoney(pounds)}` : formatMoney(pounds);
}

/** A signed change in places to one decimal: −5.25 → "−5.3"; 0 → "no change". */
export function formatPlacesChange(value: number): string {
  const tenths = Math.round(value * 10);
  if (tenths === 0) return 'no change';
  return tenths > 0 ? `+${formatPlaces(value)}` : `−${formatPlaces(-value)}`;
}

/** A financial year named by its first year: 2026 → "2026/27". */
export function financialYearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** A plan or gap year by the 31 March it ends on: "2027-03-31" → "2026/27". */
export function yearEnding(iso: string): string {
  const year = Number(iso.slice(0, 4));
  return `${year - 1}/${String(year % 100).padStart(2, '0')}`;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date short enough for a chart axis: "2026-03-31" → "Mar 2026". */
export function shortDate(iso: string): string {
  return `${SHORT_MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;
}
