import type { ReactNode } from 'react';

export type TagTone = 'grey' | 'green' | 'blue' | 'red' | 'yellow' | 'orange';

/** A status tag. The text carries the meaning; colour only repeats it. */
export function Tag({ tone = 'grey', children }: { tone?: TagTone; children: ReactNode }) {
  return <strong className={`tag tag--${tone}`}>{children}</strong>;
}
