import { day, type EpochDay } from '../../dates/index.ts';
import type { ProviderType } from '../../local/records.ts';

/** Weekly price ranges are quoted at 2024–25 prices (sector.md); this is the middle of that year. */
export const PRICE_BASE_DAY: EpochDay = day(2024, 10, 1);

/** [low, high] pounds a week at 2024–25 prices (sector.md "Costs"); ranges for a provider's lowest price and its spread. */
export const PROVIDER_PRICES: Record<
  ProviderType,
  { from: [number, number]; spread: [number, number] } | null
> = {
  ifa: { from: [850, 950], spread: [100, 250] },
  'childrens-home': { from: [4800, 6200], spread: [800, 2500] },
  'supported-accommodation': { from: [800, 1400], spread: [500, 1800] },
  secure: { from: [6500, 7500], spread: [1000, 3000] },
  'residential-school': { from: [3500, 5000], spread: [1000, 2500] },
  'parent-and-child': { from: [3000, 4000], spread: [500, 1500] },
  other: { from: [3000, 5000], spread: [1000, 4000] },
};

/** In-house weekly costs at 2024–25 prices (sector.md): allowances and fees, and own homes' unit cost. */
export const IN_HOUSE_COSTS = {
  kinship: [200, 350],
  mainstream: [450, 700],
  enhanced: [700, 950],
  specialist: [750, 1000],
  parentAndChild: [800, 1200],
  shortBreaks: [450, 700],
  childrensHome: [5000, 6500],
  supported: [600, 1000],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * Prices rose faster for residential care (NAO: average external weekly cost +55% 2019→2024, about 9% a
 * year) than for fostering and supported accommodation (about 4%): the factor that takes a 2024–25 price
 * to a day's prices.
 */
export function priceIndex(on: EpochDay, residential: boolean): number {
  const rate = residential ? 0.08 : 0.04;
  return (1 + rate) ** ((on - PRICE_BASE_DAY) / 365.25);
}
