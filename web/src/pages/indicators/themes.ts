import type { Theme } from './types.ts';

/** The indicator pages, in the order a sufficiency statement uses them. */
export const THEMES: { theme: Theme; title: string }[] = [
  { theme: 'population', title: 'Population' },
  { theme: 'profile', title: 'Profile' },
  { theme: 'placements', title: 'Placements' },
  { theme: 'location', title: 'Location' },
  { theme: 'stability', title: 'Stability' },
  { theme: 'durations', title: 'Durations' },
  { theme: 'first-placement', title: 'First placement' },
  { theme: 'uasc', title: 'UASC' },
  { theme: 'specific-needs', title: 'Specific needs' },
  { theme: 'unregistered', title: 'Unregistered' },
  { theme: 'equality', title: 'Equality' },
];

export function themeTitle(theme: string): string | undefined {
  return THEMES.find((t) => t.theme === theme)?.title;
}
