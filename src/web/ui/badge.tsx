import type { ReactNode } from 'react';

type Tone = 'warning' | 'danger' | 'good' | 'info' | 'neutral';

/** A short status word; the word carries the meaning, the colour only repeats it. */
export function Badge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
