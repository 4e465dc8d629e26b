import { GRADE_LABELS } from '../utils/core/vocabulary/grades';
import type { Grade } from '../utils/core/schema/domain';

/** A grade as a chip: the words are always there, the colour only repeats them. */
export function GradeChip({ grade, large = false }: { grade: Grade; large?: boolean }) {
  return <span class={`chip chip-${grade}${large ? ' chip-large' : ''}`}>{GRADE_LABELS[grade]}</span>;
}
