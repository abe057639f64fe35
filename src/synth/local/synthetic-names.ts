import type { Rng } from '../rng.ts';

// Invented place-like names: two halves that rarely make a real provider's name.
const FIRST = [
  'Alder',
  'Bramble',
  'Clover',
  'Fern',
  'Hazel',
  'Kestrel',
  'Lark',
  'Meadow',
  'Quill',
  'Rowan',
  'Thistle',
  'Wren',
];
const SECOND = ['brook', 'combe', 'dale', 'field', 'ford', 'hollow', 'mere', 'stead', 'wick', 'thorpe'];

/**
 * Hands out made-up names ("Brambleford", "Wrenhollow"), each once, so a provider list reads like a
 * market without naming a real provider.
 */
export function nameMaker(rng: Rng): (suffix: string) => string {
  const used = new Set<string>();
  return (suffix) => {
    for (let attempt = 0; ; attempt++) {
      const stem = `${rng.pick(FIRST)}${rng.pick(SECOND)}`;
      // After the 120 stems are spent, a number keeps names unique.
      const name = attempt < 50 ? `${stem} ${suffix}` : `${stem} ${suffix} ${attempt}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}
