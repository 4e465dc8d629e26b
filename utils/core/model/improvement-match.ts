// "What needs to improve" then and now, item to item: two items speak of the same matter when they
// share a practice theme and enough of their words. Each item is matched once at most, best pairs
// first; what is left is new, or no longer listed. Precision first, as the finding links are: a
// wrong pairing on a scrutiny paper misleads more than two items listed apart.
import { terms } from '../link/terms';
import { isBroadTheme, themeLabel, themesOf } from '../link/themes';

export type ImprovementStatus = 'both' | 'new' | 'no-longer-listed';

export type ImprovementMatch = {
  status: ImprovementStatus;
  earlier: string | null;
  later: string | null;
  /** What the pair speaks of ("Care leavers' health histories"); null for an item on its own. */
  matter: string | null;
  /** The word stems the pair shares. */
  terms: string[];
};

/** Shared word stems a pair needs beside a shared theme; more when every theme they share is broad (recording, assessments). */
const MIN_TERMS = 2;
const MIN_TERMS_BROAD = 3;

type Item = { text: string; themes: string[]; terms: Set<string> };

const itemOf = (text: string): Item => ({ text, themes: themesOf(text), terms: new Set(terms(text)) });

type Pair = { earlier: number; later: number; themes: string[]; terms: string[] };

function pairOf(earlier: Item, later: Item, e: number, l: number): Pair | null {
  const themes = later.themes.filter((t) => earlier.themes.includes(t));
  const shared = [...later.terms].filter((t) => earlier.terms.has(t));
  if (themes.length === 0) return null;
  if (shared.length < (themes.every(isBroadTheme) ? MIN_TERMS_BROAD : MIN_TERMS)) return null;
  return { earlier: e, later: l, themes, terms: shared };
}

/**
 * The later report's items in order, each with the earlier item on the same matter or as new; then
 * the earlier items no later one speaks to, as no longer listed.
 */
export function matchImprovements(earlier: readonly string[], later: readonly string[]): ImprovementMatch[] {
  const before = earlier.map(itemOf);
  const now = later.map(itemOf);
  const candidates = now.flatMap((l, li) => before.flatMap((e, ei) => pairOf(e, l, ei, li) ?? []));
  // Most shared words first, then a specific theme over a broad one, then document order.
  candidates.sort((a, b) => b.terms.length - a.terms.length || Number(a.themes.every(isBroadTheme)) - Number(b.themes.every(isBroadTheme)) || a.later - b.later || a.earlier - b.earlier);
  const byLater = new Map<number, Pair>();
  const taken = new Set<number>();
  for (const pair of candidates) {
    if (byLater.has(pair.later) || taken.has(pair.earlier)) continue;
    byLater.set(pair.later, pair);
    taken.add(pair.earlier);
  }
  const matched = now.map((item, l): ImprovementMatch => {
    const pair = byLater.get(l);
    if (!pair) return { status: 'new', earlier: null, later: item.text, matter: null, terms: [] };
    const specific = pair.themes.find((t) => !isBroadTheme(t)) ?? pair.themes[0]!;
    return { status: 'both', earlier: before[pair.earlier]!.text, later: item.text, matter: themeLabel(specific), terms: pair.terms };
  });
  const dropped = before
    .filter((_, e) => !taken.has(e))
    .map((item): ImprovementMatch => ({ status: 'no-longer-listed', earlier: item.text, later: null, matter: null, terms: [] }));
  return [...matched, ...dropped];
}
