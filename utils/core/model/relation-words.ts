// How a finding's relation to an earlier inspection is said wherever it shows: on a marker ("2018:
// still a concern", "Still a concern since 2018"), in the panel's lists ("Still to improve since
// 2018") and on the compare page ("Still to improve").
import type { Relation } from '../schema/domain';

/** The order and headings of linked findings: what still needs doing first. */
export const RELATION_HEADINGS: ReadonlyArray<[Relation, string]> = [
  ['persisting', 'Still to improve'],
  ['improved', 'Improved'],
  ['declined', 'Declined'],
  ['sustained', 'Sustained'],
];

/** On a marker ("2018: still a concern") and opened ("Still a concern since 2018"). */
export const RELATION_WORDS: Record<Relation, { short: string; since: string }> = {
  persisting: { short: 'still a concern', since: 'Still a concern since' },
  improved: { short: 'improved', since: 'Improved since' },
  declined: { short: 'declined', since: 'Declined since' },
  sustained: { short: 'a strength', since: 'A strength since' },
};
