// Search across every document held: its paragraphs (a report's findings, an article's points),
// found by words and "quoted phrases" stemmed as the linking stems them (terms.ts), or by a
// practice theme (themes.ts); each hit with its document, judgement, grade and year, the sentence
// that matched, and what it says (a concern or a strength, polarity-of.ts); counted by authority,
// year and grade. BM25 over the stems (MiniSearch); phrases are then checked stem by stem.
import MiniSearch from 'minisearch';
import { polarityOf } from '../link/polarity-of';
import { splitSentences } from '../link/prior-references';
import { terms } from '../link/terms';
import { THEMES, themeLabel, themesOf } from '../link/themes';
import type { Grade, JudgementKey, Polarity } from '../schema/domain';
import { GRADE_LABELS } from '../vocabulary/grades';
import { JUDGEMENT_LABELS } from '../vocabulary/judgements';
import { matchesFilter, openHref, type CatalogueEntry, type LibraryFilter, type StoredRecord } from './library-catalogue';
import { counted } from './library-words';

type Paragraph = { id: number; entry: number; number: number | null; judgement: JudgementKey | null; text: string };

/** A query: words and phrases (each a list of stems) that must all be in one paragraph, or a theme. */
export type LibraryQuery = { text: string; theme: string };

/** `phrases`: each phrase's every word, stemmed where the linking stems it and as it is where the linking leaves it out ("of"). */
export type ParsedQuery = {
  words: string[];
  phrases: string[][];
  /** Where each phrase may stand, in the same order. */
  places: RegExp[];
  /** What the index is asked for: the words' and the phrases' stems. */
  stems: string[];
};

// Each word's stem as terms() gives it (null: a word it leaves out), worked out once per word: a
// library of 60,000 paragraphs uses some 30,000 words, millions of times. A piece between the
// characters terms() splits on is one word to it, so this gives what terms() gives the whole text.
const stems = new Map<string, string | null>();
const WORD_BREAKS = /[^a-z'’-]+/;
function stemOf(word: string): string | null {
  let stem = stems.get(word);
  if (stem === undefined) stems.set(word, (stem = terms(word)[0] ?? null));
  return stem;
}

/** The stems of a text's telling words, in order: what the index holds. */
export function indexTerms(text: string): string[] {
  return text.toLowerCase().split(WORD_BREAKS).flatMap((word) => {
    const stem = word ? stemOf(word) : null;
    return stem === null ? [] : [stem];
  });
}

/** Every word of a text in order, so a phrase matches only words side by side: "return home" is not in "the return of children home". */
function wordsInOrder(text: string): string[] {
  return text.toLowerCase().split(WORD_BREAKS).flatMap((word) => (word ? [stemOf(word) ?? word] : []));
}

/**
 * Where a phrase may stand in a text: each of its words by what it shares with its stem ("famil"
 * for "families"), side by side. Each place found is then checked word by word (wordsInOrder).
 */
function phrasePattern(phrase: string): RegExp {
  const words = phrase.toLowerCase().split(WORD_BREAKS).filter(Boolean);
  const shared = words.map((word) => {
    const stem = stemOf(word) ?? word;
    let n = 0;
    while (n < word.length && word[n] === stem[n]) n++;
    return word.slice(0, Math.max(1, n)).replace(/[^a-z]/g, (c) => `\\${c}`);
  });
  return new RegExp(`(?<![a-z'’-])${shared.map((w) => `${w}[a-z'’-]*`).join("[^a-z'’-]+")}`, 'gi');
}

/** Words and "quoted phrases", stemmed; words too common to tell anything apart are left out of the words, as the linking leaves them. */
export function parseQuery(text: string): ParsedQuery {
  const quoted = [...text.matchAll(/"([^"]+)"?/g)].map((m) => m[1]!).filter((phrase) => terms(phrase).length > 0);
  const words = [...new Set(terms(text.replace(/"[^"]*"?/g, ' ')))];
  return { words, phrases: quoted.map(wordsInOrder), places: quoted.map(phrasePattern), stems: [...new Set([...words, ...quoted.flatMap((phrase) => terms(phrase))])] };
}

/** Whether the text holds the phrase: somewhere it may stand, its words are the phrase's. */
function holdsPhraseIn(text: string, phrase: readonly string[], place: RegExp): boolean {
  for (const found of text.matchAll(place)) if (holdsPhrase(wordsInOrder(found[0]), phrase)) return true;
  return false;
}

/** Whether `sequence` holds `phrase` in order, side by side. */
function holdsPhrase(sequence: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= sequence.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (sequence[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** A paragraph's text cut around the sentence that matched, each part set only ever as text. */
export type Highlighted = { before: string; sentence: string; after: string };

export type LibraryHit = {
  key: string;
  entryId: number;
  title: string;
  /** "Paragraph 12 · Help and protection · Good · 2023". */
  where: string;
  judgement: JudgementKey | null;
  grade: Grade | null;
  year: string | null;
  polarity: Polarity | null;
  text: Highlighted;
  /** The reader at the paragraph (reader.html?src=…#p12), or the article. */
  href: string | null;
};

export type Count = { label: string; reports: number };
export type SearchResult = {
  /** Why there is nothing to search for, when there is not. */
  problem: string | null;
  /** "37 paragraphs in 21 reports". */
  summary: string;
  /** For a theme, or any search: "raised as a concern in 14 reports, as a strength in 9". */
  polarity: string | null;
  /** The first of them in full. */
  hits: LibraryHit[];
  total: number;
  byAuthority: Count[];
  byYear: Count[];
  byGrade: Count[];
};

export const THEME_CHOICES = THEMES.map((t) => ({ value: t.id, label: t.label }));

/** How many hits a search shows at first, and each time the reader asks for more. */
export const HITS_SHOWN = 30;

/**
 * The sentence that matched and what it says. Only that sentence's: a paragraph's other sentences
 * often say the opposite ("Early results … indicate improved outcomes. Nevertheless, sufficiency of
 * accommodation for care leavers remains a challenge."), so a sentence that says neither plainly is neither.
 */
type Matched = { at: number; sentence: string; polarity: Polarity | null };

export class LibrarySearch {
  private readonly paragraphs: Paragraph[] = [];
  private readonly index = new MiniSearch<Paragraph>({ fields: ['text'], tokenize: indexTerms, processTerm: (t) => t });
  /** Resolves once every paragraph is indexed: a chunk at a time, so the page goes on answering while it is built. */
  readonly ready: Promise<void>;
  /** Each theme's paragraphs, with the sentence that names it and what it says: worked out once a theme is first asked for. */
  private readonly themed = new Map<string, Map<number, Matched>>();

  constructor(
    private readonly entries: readonly CatalogueEntry[],
    records: readonly StoredRecord[],
  ) {
    const at = new Map(entries.map((e, i) => [e.id, i]));
    for (const record of records) {
      const entry = at.get(record.id);
      if (entry === undefined) continue;
      const doc = record.document;
      const statements = doc.kind === 'news' ? doc.points.map((p) => ({ number: null, judgement: p.judgement, text: p.text })) : doc.findings;
      for (const { number, judgement, text } of statements) this.paragraphs.push({ id: this.paragraphs.length, entry, number, judgement, text });
    }
    this.ready = this.index.addAllAsync(this.paragraphs, { chunkSize: 2000 });
  }

  get size(): number {
    return this.paragraphs.length;
  }

  /** The theme's paragraphs: its words first, as most paragraphs have none, then the theme's own rule (themes.ts). */
  private ofTheme(id: string): Map<number, Matched> {
    const known = this.themed.get(id);
    if (known) return known;
    const theme = THEMES.find((t) => t.id === id);
    const found = new Map<number, Matched>();
    for (const p of theme ? this.paragraphs : []) {
      if (!theme!.words.test(p.text)) continue;
      const sentences = splitSentences(p.text);
      const topic = sentences[0] ?? '';
      if (!themesOf(p.text, topic).includes(id)) continue;
      const sentence = sentences.find((s) => themesOf(s, topic).includes(id)) ?? topic;
      found.set(p.id, { at: Math.max(0, p.text.indexOf(sentence)), sentence, polarity: polarityOf(sentence) });
    }
    this.themed.set(id, found);
    return found;
  }

  /** The sentence with most of the query's stems (a phrase counts twice). */
  private matched(p: Paragraph, query: ParsedQuery): Matched {
    let best = '';
    let most = -1;
    for (const sentence of splitSentences(p.text)) {
      const stems = indexTerms(sentence);
      const score = query.words.filter((w) => stems.includes(w)).length + query.phrases.filter((ph, i) => holdsPhraseIn(sentence, ph, query.places[i]!)).length * 2;
      if (score > most) [best, most] = [sentence, score];
    }
    return { at: Math.max(0, p.text.indexOf(best)), sentence: best, polarity: polarityOf(best) };
  }

  private candidates(query: ParsedQuery, theme: Map<number, Matched> | null): Paragraph[] {
    const { stems } = query;
    if (stems.length === 0) return theme ? [...theme.keys()].map((id) => this.paragraphs[id]!) : [];
    const found = this.index.search(stems.join(' '), { combineWith: 'AND', tokenize: (t) => t.split(' '), processTerm: (t) => t });
    return found
      .map((hit) => this.paragraphs[hit.id as number]!)
      .filter((p) => (!theme || theme.has(p.id)) && (query.phrases.length === 0 || query.phrases.every((ph, i) => holdsPhraseIn(p.text, ph, query.places[i]!))));
  }

  /** The paragraphs found, best first, of documents the filter keeps; `shown` of them in full. */
  search({ text, theme }: LibraryQuery, filter: LibraryFilter, shown = HITS_SHOWN): SearchResult {
    const query = parseQuery(text);
    const empty = { summary: '', polarity: null, hits: [], total: 0, byAuthority: [], byYear: [], byGrade: [] };
    if (!theme && query.stems.length === 0) {
      return { ...empty, problem: text.trim() ? 'Those words are in nearly every report: add a word that says what the paragraph is about, or choose a theme.' : null };
    }
    const themed = theme ? this.ofTheme(theme) : null;
    const chosen = this.candidates(query, themed).filter((p) => matchesFilter(this.entries[p.entry]!, filter) && (!filter.judgement || p.judgement === filter.judgement));
    const documents = (of: Iterable<Paragraph>) => new Set([...of].map((p) => p.entry)).size;
    const gradeOf = (p: Paragraph) => (p.judgement ? (this.entries[p.entry]!.grades?.[p.judgement] ?? null) : null);
    const polarity = themed
      ? `${themeLabel(theme)}: raised as a concern in ${counted(documents(chosen.filter((p) => themed.get(p.id)!.polarity === 'concern')), 'document')}, as a strength in ${documents(chosen.filter((p) => themed.get(p.id)!.polarity === 'strength'))}`
      : null;
    return {
      problem: null,
      summary: chosen.length === 0 ? 'Nothing found.' : `${counted(chosen.length, 'paragraph')} in ${counted(documents(chosen), 'document')}`,
      polarity: chosen.length === 0 ? null : polarity,
      total: chosen.length,
      hits: chosen.slice(0, shown).map((p) => this.hitOf(p, themed?.get(p.id) ?? this.matched(p, query), gradeOf(p))),
      byAuthority: tally(chosen, (p) => this.entries[p.entry]!.authority),
      byYear: tally(chosen, (p) => this.entries[p.entry]!.year ?? 'No date').sort((a, b) => (a.label < b.label ? 1 : -1)),
      byGrade: tally(chosen, (p) => {
        const grade = gradeOf(p);
        return grade ? GRADE_LABELS[grade] : 'No grade';
      }),
    };
  }

  private hitOf(p: Paragraph, { at, sentence, polarity }: Matched, grade: Grade | null): LibraryHit {
    const entry = this.entries[p.entry]!;
    const where = [p.number ? `Paragraph ${p.number}` : 'Point', p.judgement ? JUDGEMENT_LABELS[p.judgement] : null, grade ? GRADE_LABELS[grade] : null, entry.year].filter(Boolean).join(' · ');
    return {
      key: `${entry.id}:${p.id}`,
      entryId: entry.id,
      title: entry.title,
      where,
      judgement: p.judgement,
      grade,
      year: entry.year,
      polarity,
      text: { before: p.text.slice(0, at), sentence, after: p.text.slice(at + sentence.length) },
      href: openHref(entry, p.number),
    };
  }
}

/** How many documents under each label, most first. */
function tally(paragraphs: readonly Paragraph[], label: (p: Paragraph) => string): Count[] {
  const documents = new Map<string, Set<number>>();
  for (const p of paragraphs) {
    const key = label(p);
    documents.set(key, (documents.get(key) ?? new Set()).add(p.entry));
  }
  return [...documents].map(([l, ids]) => ({ label: l, reports: ids.size })).sort((a, b) => b.reports - a.reports || (a.label < b.label ? -1 : 1));
}
