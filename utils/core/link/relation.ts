import type { Polarity, Relation } from '../schema/domain';

export type { Relation };

export function relationOf(then: Polarity, now: Polarity): Relation {
  if (then === 'concern') return now === 'strength' ? 'improved' : 'persisting';
  return now === 'strength' ? 'sustained' : 'declined';
}
