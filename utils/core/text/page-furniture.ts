// A page's furniture run into its sentences. pdf.js sets a page's number, its running header
// ("Inspection of Leicester City Council local authority children’s services" / "20 September
// 2021 to 1 October 2021") and footer on lines of their own, which text-blocks.ts drops as lines.
// Text whose lines were run together (a paragraph to a line, the whole document on one line) has
// them inside a sentence: "… to meet children’s 4 needs. However …", "… focus not only Inspection
// of Leicester City Council local authority children’s services 20 September 2021 to 1 October
// 2021 8 on compliance …". What marks them there is where they stand: the page numbers count up
// through the document a page apart, and the running header or footer is the words that stand
// beside most of them. Both are found that way, for any report, and taken out where they stand
// inside a line; a line that is all furniture is left for text-blocks.ts's own reading of lines.

import { BULLET_GLYPHS } from '../vocabulary/bullets';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// A number standing alone between white spaces, not a date's day ("8 to 12 December 2025" after a
// page's number 8, real-pdf/inspection/80436_bracknell-forest_cs-inspection_2026-01-28.pdf).
// Nor a table's cell, after a tab (a contents line's page, "Leadership, management and governance<TAB>23").
const STANDING_NUMBER = new RegExp(String.raw`(?<![\S\t])\d{1,3}(?!\S)(?!\s+(?:(?:to|and|-|–)\s+\d{1,2}\s+)?${MONTH}\b)`, 'g');
/** A page of a report holds at least this many characters, and at most… */
const PAGE_LEAST = 150;
/** …this many (a page of small print). */
const PAGE_MOST = 9000;
/** Fewer page numbers than this in a row could be any numbers. */
const LEAST_PAGES = 3;
/** More standing numbers than this is no report's text (a hostile page): none is taken for a page's. */
const MOST_NUMBERS = 20000;
/** How many words beside a page number are looked at for a running header or footer. */
const WORDS_BESIDE = 24;
/** A running header or footer: at least this many words… */
const PHRASE_WORDS = 3;
/** …and characters. */
const PHRASE_LENGTH = 12;
/** How many characters further from where a page's number should stand a number that counts is as likely. */
const COUNTING_COST = 500;
/** …and one inside a sentence, where two stand near each other ("… and the 25 pupils …" before "… monitored. 25 77. …"). */
const MID_SENTENCE_COST = 200;

const LABEL_IN_BRACKET = /\(\p{L}+\s+$/u;

type Place = { start: number; end: number; value: number };

/** The longest run of page numbers counting up a page apart (a page may go unnumbered), in order. */
export function pageNumbers(text: string): Place[] {
  const places: Place[] = [];
  for (const match of text.matchAll(STANDING_NUMBER)) {
    // A bracket's label's number is no page's: "(Enabler 1 national framework)" on a letter's
    // unnumbered first page (real-pdf/focused-visit/80538_plymouth_focused-visit_2025-07-31.pdf).
    if (LABEL_IN_BRACKET.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    places.push({ start: match.index, end: match.index + match[0].length, value: Number(match[0]) });
    if (places.length > MOST_NUMBERS) return [];
  }
  const byValue = new Map<number, number[]>();
  const chain = places.map(() => ({ length: 1, before: -1 }));
  places.forEach((place, i) => {
    for (const [step, most] of [[1, PAGE_MOST], [2, 2 * PAGE_MOST]] as const) {
      const earlier = byValue.get(place.value - step) ?? [];
      for (let k = earlier.length - 1; k >= 0; k--) {
        const j = earlier[k]!;
        const gap = place.start - places[j]!.start;
        if (gap < PAGE_LEAST * step) continue;
        if (gap > most) break;
        if (chain[j]!.length + 1 > chain[i]!.length) chain[i] = { length: chain[j]!.length + 1, before: j };
      }
    }
    const same = byValue.get(place.value) ?? [];
    same.push(i);
    byValue.set(place.value, same);
  });
  let end = -1;
  chain.forEach((link, i) => {
    if (end === -1 || link.length > chain[end]!.length) end = i;
  });
  if (end === -1 || chain[end]!.length < LEAST_PAGES) return [];
  const run: Place[] = [];
  for (let i = end; i !== -1; i = chain[i]!.before) run.unshift(places[i]!);
  return run;
}

export const wordsBefore = (text: string, at: number) => text.slice(Math.max(0, at - WORDS_BESIDE * 20), at).split(/\s+/).filter(Boolean).slice(-WORDS_BESIDE);
export const wordsAfter = (text: string, at: number) => text.slice(at, at + WORDS_BESIDE * 20).split(/\s+/).filter(Boolean).slice(0, WORDS_BESIDE);

/**
 * The words that stand on the same side of most page numbers, nearest first: a running header or
 * footer. Null when no such words are long enough to be one.
 */
export function commonWords(sides: readonly string[][], fromEnd: boolean): string[] | null {
  const needed = Math.max(LEAST_PAGES, Math.ceil(sides.length / 2));
  let best: string[] | null = null;
  for (let n = 1; n <= WORDS_BESIDE; n++) {
    const counts = new Map<string, number>();
    for (const words of sides) {
      if (words.length < n) continue;
      const key = (fromEnd ? words.slice(-n) : words.slice(0, n)).join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const shared = [...counts].find(([, count]) => count >= needed)?.[0];
    if (!shared) break;
    best = shared.split(' ');
  }
  return best && best.length >= PHRASE_WORDS && best.join(' ').length >= PHRASE_LENGTH ? best : null;
}

/** The span of `words` (white space between them any) ending at `at`, or starting there. */
function spanOf(text: string, at: number, words: readonly string[], before: boolean): [number, number] | null {
  const pattern = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  if (before) {
    const found = new RegExp(`(?:^|\\s)(${pattern})\\s*$`).exec(text.slice(Math.max(0, at - WORDS_BESIDE * 40), at));
    return found ? [at - found[0].length + found[0].indexOf(found[1]!), at] : null;
  }
  const found = new RegExp(`^\\s*(${pattern})(?=\\s|$)`).exec(text.slice(at, at + WORDS_BESIDE * 40));
  return found ? [at, at + found[0].length] : null;
}

// A footnote's marker before its note's first word, at a page's foot ("1 This joint inspection was
// conducted under section 20 of the Children Act 2004.", real-pdf/jtai/80503_hounslow_jtai_2017-06-13.pdf).
const NOTE_START = new RegExp(String.raw`(?<![\S\t])(\d{1,2})\s+(?!${MONTH}\b)(?=[A-Z‘“'"(])`, 'g');
// (A dash may stand in a note's sentence: "Clare’s Law - A disclosure …".)
const PARAGRAPH_OR_POINT = new RegExp(String.raw`(?<!\S)(?:\d{1,3}\.\s|[${BULLET_GLYPHS.replace(/[-–*]/g, '')}]\s)`);
/** How far before a page's number its footnotes may start. */
const NOTES_LENGTH = 1500;

const NOTE_HERE = new RegExp(NOTE_START.source, 'y');

function startsNote(text: string, at: number): boolean {
  NOTE_HERE.lastIndex = at;
  return NOTE_HERE.test(text);
}

/**
 * A page's footnotes: notes numbered in a row at the page's foot, up to its running header or
 * number, each note's number standing in the page's sentences before them as its mark ("… abuse
 * and neglect in 1 Bracknell Forest …"). The notes, and their marks, as spans of the text.
 */
function footnotes(text: string, pageFrom: number, footFrom: number): Array<[number, number]> {
  const from = Math.max(pageFrom, footFrom - NOTES_LENGTH);
  const starts = [...text.slice(from, footFrom).matchAll(NOTE_START)].map((match) => ({ at: from + match.index, value: Number(match[1]) }));
  const notes: typeof starts = [];
  for (let i = starts.length - 1; i >= 0; i--) {
    const start = starts[i]!;
    if (notes.length === 0 || start.value === notes[0]!.value - 1) notes.unshift(start);
  }
  // Notes hold no numbered paragraph or point: "5 A* to Cs" in a paragraph is no note's start
  // (real-pdf/inspection/80503_hounslow_cs-inspection_2014-03-21.pdf, paragraphs 94 and 95 after it).
  while (notes.length > 0 && PARAGRAPH_OR_POINT.test(text.slice(notes[0]!.at, footFrom))) notes.shift();
  if (notes.length === 0) return [];
  const body = text.slice(pageFrom, notes[0]!.at);
  const marks: Array<[number, number]> = [];
  for (const note of notes) {
    const marked = [...body.matchAll(STANDING_NUMBER)].filter((match) => Number(match[0]) === note.value).at(-1);
    if (!marked) return [];
    marks.push([pageFrom + marked.index, pageFrom + marked.index + marked[0].length]);
  }
  return [...marks, [notes[0]!.at, footFrom]];
}

/** Spans of the text with what lies inside them taken out of its lines; a line left empty goes. */
function cut(lines: readonly string[], text: string, spans: Array<[number, number]>): string[] {
  const out: string[] = [];
  let offset = 0;
  for (const line of lines) {
    const lineEnd = offset + line.length;
    const inside = spans.filter(([from, to]) => from < lineEnd && to > offset).sort((a, b) => a[0] - b[0]);
    if (inside.length === 0) out.push(line);
    else {
      let rebuilt = '';
      let at = offset;
      for (const [from, to] of inside) {
        rebuilt += text.slice(at, Math.max(at, from));
        at = Math.max(at, Math.min(to, lineEnd));
      }
      rebuilt += text.slice(at, lineEnd);
      const kept = rebuilt.replace(/ {2,}/g, ' ').trim();
      if (kept) out.push(kept);
    }
    offset = lineEnd + 1;
  }
  return out;
}

// A footnote's mark run into its sentence, its note elsewhere ("… abuse and neglect in South
// Tyneside Metropolitan 1 Borough …", real-pdf/jtai/80557_south-tyneside_jtai_2016-04-05.pdf):
// a digit between words. Ofsted writes one to nine in words, so a digit in a sentence is a mark
// unless it is a label's number ("Tier 2", "key stage 4", "outcome 3") or a count of a unit
// ("5 A* to Cs", "1 in 5").
// (At a line's start, or after a sentence's end, the mark of a note starting there: "1 This joint
// inspection was conducted under section 20 of the Children Act 2004.")
// (Spaces, not a tab: a number after a tab is a table's cell, a contents line's page.)
const DIGIT_BETWEEN_WORDS = /(?:^|(?<=[\p{L},’'.]) +)([1-9])(?=\s+([\p{L}‘“'(]\S*)|\s*$)/gu;
const LABELS = /(?:^|[^\p{L}])(?:tier|stage|year|years|level|phase|step|section|part|priority|outcome|outcomes|enabler|principle|grade|age|aged|under|over|paragraph|paragraphs|page|pages|chapter|schedule|article|option|type|band|cohort|wave|round|number|no|of|and|or|to|than|between|from|by|at|within|only|least|most|approximately|around|about|nearly|almost|just|top|bottom)$/iu;
const UNITS = new RegExp(String.raw`^(?:in|of|out|per|and|or|to|A\*?|years?|months?|weeks?|days?|hours?|minutes?|times|children|young|cases?|families|percent|${MONTH})\b`, 'iu');

function marksInSentences(line: string): string {
  if (!/\d/.test(line)) return line;
  return line.replace(DIGIT_BETWEEN_WORDS, (whole, _digit: string, next: string | undefined, at: number) => {
    const before = line.slice(Math.max(0, at - 40), at);
    return LABELS.test(before) || (next !== undefined && UNITS.test(next)) ? whole : '';
  }).trim();
}

/** Whether a number counts something or labels it ("aged 16", "16 children"): less likely a page's. */
function countsOrLabels(text: string, place: Place): boolean {
  const next = /^\s+(\S+)/.exec(text.slice(place.end, place.end + 40))?.[1];
  const before = text.slice(Math.max(0, place.start - 40), place.start).trimEnd();
  // (A range's end too: "in 2012- 13".)
  return LABELS.test(before) || /[-–]$/.test(before) || (next !== undefined && UNITS.test(next));
}

/**
 * Where two numbers between its neighbours could be a page's, the one beside its running header or
 * footer ("… in addition to the 10 apprentices …" before page 10's,
 * real-pdf/inspection/2532283_dorset_cs-inspection_2025-05-09.pdf); with neither, one on a line of
 * its own (a paragraph to a line keeps a page's number so, "… in the last 12 months …" beside it);
 * else the one nearest where a page's length from either neighbour puts it, one that counts or labels
 * something less likely ("… up to the age of 16 is 90% …" after page 16's "… with the 16 support
 * of …", real-pdf/inspection/80476_kent_cs-inspection_2017-06-13.pdf, a SIF report with no running
 * header; "… used for 8% of 20 BME children …" is page 20's, real-pdf/inspection/80498_haringey_cs-inspection_2014-07-18.pdf),
 * and one inside a sentence less likely than one between two.
 * Null when there is no other.
 */
function likeliestPlace(text: string, pages: readonly Place[], k: number, header: string[] | null, footer: string[] | null, pageLength: number): Place | null {
  const page = pages[k]!;
  const from = pages[k - 1]?.end ?? 0;
  const to = pages[k + 1]?.start ?? text.length;
  const places = [...text.slice(from, to).matchAll(STANDING_NUMBER)]
    .map((match) => ({ start: from + match.index, end: from + match.index + match[0].length, value: Number(match[0]) }))
    .filter((place) => place.value === page.value);
  if (places.length < 2) return null;
  const beside = places.find((place) => (header && spanOf(text, place.start, header, true)) || (footer && spanOf(text, place.end, footer, false)));
  if (beside || header || footer) return beside ?? null;
  const previous = pages[k - 1];
  const next = pages[k + 1];
  if (!previous || !next) return null;
  const alone = places.find((place) => /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, place.start - 8), place.start)) && /^[ \t]*(?:\n|$)/.test(text.slice(place.end, place.end + 8)));
  if (alone) return alone;
  // From either neighbour: the page before or after may be a short one.
  const away = (place: Place) => Math.min(Math.abs(place.start - (previous.start + pageLength)), Math.abs(place.start - (next.start - pageLength)));
  const cost = (place: Place) => away(place) + (countsOrLabels(text, place) ? COUNTING_COST : 0) + (betweenSentences(text, place) ? 0 : MID_SENTENCE_COST);
  return [...places].sort((a, b) => cost(a) - cost(b))[0]!;
}

/** Whether a number stands between one sentence's end and the next's start ("… closely monitored. 25 77. Attendance …"). */
function betweenSentences(text: string, place: Place): boolean {
  return /[.!?:]["”’')]?\s*$/.test(text.slice(Math.max(0, place.start - 4), place.start)) && /^\s+[\p{Lu}\d]/u.test(text.slice(place.end, place.end + 4));
}

/** How many characters a page of the text holds, as its page numbers are apart (the median). */
function typicalPageLength(pages: readonly Place[]): number {
  const gaps = pages.slice(1).map((page, k) => (page.start - pages[k]!.start) / (page.value - pages[k]!.value)).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

/** The lines with the page numbers, running headers and footers, and footnotes, run into them or not, taken out. */
export function withoutRunInFurniture(lines: readonly string[]): string[] {
  const text = lines.join('\n');
  const pages = pageNumbers(text);
  if (pages.length === 0) return lines.map(marksInSentences);
  const header = commonWords(pages.map((page) => wordsBefore(text, page.start)), true);
  const footer = commonWords(pages.map((page) => wordsAfter(text, page.end)), false);
  // Twice: a page's place moved can tell its neighbour's.
  for (let pass = 0; pass < 2; pass++) {
    pages.forEach((page, k) => {
      pages[k] = likeliestPlace(text, pages, k, header, footer, typicalPageLength(pages)) ?? page;
    });
  }
  const spans: Array<[number, number]> = [];
  pages.forEach((page, k) => {
    const before = header ? spanOf(text, page.start, header, true) : null;
    const after = footer ? spanOf(text, page.end, footer, false) : null;
    // "Page 2 of 4" whole (real-pdf/focused-visit/80559_southend-on-sea_focused-visit_2023-06-28.pdf).
    const pageWord = /Page\s+$/i.exec(text.slice(Math.max(0, page.start - 8), page.start))?.[0].length ?? 0;
    const ofPages = /^\s+of\s+\d{1,3}(?!\S)/.exec(text.slice(page.end, page.end + 12))?.[0].length ?? 0;
    const foot = before?.[0] ?? page.start - pageWord;
    spans.push([foot, after?.[1] ?? page.end + ofPages]);
    // A page's first footnote may have been taken for the page before's number, when that page
    // has none printed ("1 The areas for improvement have been cross-referenced …" above page 2,
    // real-pdf/inspection/80526_north-east-lincolnshire_cs-inspection_2025-09-03.pdf).
    const previous = pages[k - 1];
    const noteBefore = previous && foot - previous.start < NOTES_LENGTH && startsNote(text, previous.start);
    const pageFrom = (noteBefore ? pages[k - 2]?.end : previous?.end) ?? Math.max(0, (noteBefore ? previous.start : page.start) - PAGE_MOST);
    spans.push(...footnotes(text, pageFrom, foot));
  });
  return cut(lines, text, spans).map(marksInSentences);
}
