// Looking things up in a list kept in order, by halves: the parsers keep each sentence's clause
// breaks, years and names in order of position, and look them up for each grade it states.

/** The index of the first item for which `isAfter` holds, given that it holds for every item after that one too; the length when none. */
export function firstWhere<T>(items: readonly T[], isAfter: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isAfter(items[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}
