// Grades as Ofsted writes them, as the panel names them, and in order.
import type { Grade } from '../schema/domain';
import { collapseSpace } from '../text/collapse-space';

const GRADE_WORDS: ReadonlyArray<[RegExp, Grade]> = [
  [/^requires? improvement(?: to be good)?$/, 'requires-improvement'],
  [/^outstanding$/, 'outstanding'],
  [/^good$/, 'good'],
  [/^inadequate$/, 'inadequate'],
];

/** A grade as Ofsted writes it ("Requires improvement to be good") to its key, or null. */
export function gradeFromWords(words: string): Grade | null {
  const plain = collapseSpace(words.toLowerCase().replace(/[‘’'"“”.]+/g, '')).trim();
  for (const [pattern, grade] of GRADE_WORDS) if (pattern.test(plain)) return grade;
  return null;
}

/** Source text for a regex alternative that matches any grade as written. */
export const GRADE_PATTERN = String.raw`requires? improvement(?: to be good)?|outstanding|good|inadequate`;

/** A pattern's letters in either case, for a regex that must not be case-blind as a whole. */
export const anyCase = (pattern: string) => pattern.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

export const GRADE_LABELS: Record<Grade, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
};

/** The grades in Ofsted's usual order, best first: the schema's enum is made from this. */
export const GRADES_BEST_FIRST = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;
