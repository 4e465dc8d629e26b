// Stage one of reading a report: turn text as PDF extraction leaves it into logical blocks
// (a paragraph, a heading, a table row, a bullet), undoing what extraction does to reports:
// page breaks inside paragraphs, running headers and footers, page numbers, hyphenation and
// soft-wrapped lines.

import { BULLET_GLYPHS } from '../vocabulary/bullets';
import { REPORT_TITLE } from '../vocabulary/titles';
import { collapseSpace } from './collapse-space';
import { withoutContents } from './contents-page';
import { PhraseEndings } from './phrase-endings';
import { withoutRunInFurniture } from './page-furniture';
import { splitRunTogether } from './run-together';

// Matched a run at a time, each character of a run replaced: a million replacements one by one
// (a page of no-break spaces) take several times longer per character than a hundred thousand.
const INVISIBLE = /[\u00ad\u200b-\u200d\ufeff]+/g;
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]+/g;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/i;
const ENDS_WITH_PAGE_OF = /\b\d{1,3}\s+of\s+\d{1,3}$/;
const STRUCTURAL_START = new RegExp(String.raw`^(?:\d{1,3}(?:\.\d+)*\.?\s|[${BULLET_GLYPHS}]\s)`);
// A numbered or bulleted line repeated is still content (a list's items look alike); a line that
// only starts with a number, such as a footer's dates ("15 to 19 May 2023." on every page of
// real-pdf/inspection/80539_portsmouth_cs-inspection_2023-07-03.pdf), is furniture when it repeats.
const LIST_ITEM = new RegExp(String.raw`^(?:\d{1,3}(?:\.\d+)*\.\s|\d{1,3}\.\d+\s|[${BULLET_GLYPHS}]\s)`);
const ENDS_SENTENCE = /[.!?:;"”'’)\]]$/;
const DATE_START = /^\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const RANGE_WORD_END = /(?:^|\s)(?:to|and|[-–])$/;
// Words whose hyphen at a line end belongs to the word ("well-designed", "pre-proceedings").
const HYPHEN_KEEPERS = new Set([
  'well', 'self', 'multi', 'non', 'co', 'cross', 'long', 'short', 'post', 'pre', 'inter',
  'under', 'over', 'high', 'low', 'full', 'part', 'child', 'family', 'care', 'trauma', 'decision',
  'risk', 'one', 'two', 'three', 'four', 'five', 'half', 'front', 'step', 'after', 'out', 'up',
  'ex', 'anti', 'semi', 'sub', 're', 'early', 'joined', 'evidence', 'in', 'age', 'year', 'day',
  'time', 'good', 'best', 'home', 'school', 'person', 'young', 'hard', 'wide', 'far', 'face',
]);
const REPEATS_TO_BE_FURNITURE = 3;
// A SIF report's cross-reference after a paragraph, on a line of its own as often as not: the
// report's words, repeated as they are ("(Recommendation)", "(Paragraph 106)", "(paragraphs 64 and
// 99)", real-pdf/inspection/80428_bedford_cs-inspection_2017-04-07.pdf), not page furniture.
const CROSS_REFERENCE = /^\((?:Recommendations?|Paragraphs?\s[^()]{1,40})\)\.?$/i;
/** Shorter repeated lines ("Good", "(Recommendation)") may end a real sentence too. */
const GLUED_FURNITURE_MIN = 24;
const FULL_LINE = 60;

/**
 * A title or opening with its lines run together: titles wrap anywhere in a PDF ("Inspection of
 * Portsmouth City local" / "authority children's services"), and a footnote's marker can land
 * inside one ("help and" / "1" / "protection", real-pdf/inspection/80553_slough_cs-inspection_2014-02-14.pdf).
 */
export function runTogether(text: string): string {
  return collapseSpace(text).replace(/ \d(?= )/g, '');
}

export function normaliseText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACE, (run) => ' '.repeat(run.length))
    .replace(CONTROL, (run) => ' '.repeat(run.length))
    .normalize('NFC');
}

// A word hyphenated where its line ended, the line end since written as a space ("child- focused",
// "organ- isation": a paragraph run onto one line). Not a hyphen left hanging before "and", "or",
// "to" ("pre- and post-natal"). From a word's first letter only (the lookbehind): tried from each
// letter of a long word, the pattern takes quadratic time.
const HYPHEN_AT_LOST_LINE_END = /(?<![A-Za-z])([A-Za-z]+)- (?!(?:and|or|nor|to) )(?=[a-z])/g;

const LEADING_MARK_TAB = new RegExp(String.raw`^(\d{1,3}\.|[${BULLET_GLYPHS}])\t`);

function joinHyphenated(line: string): string {
  if (!line.includes('- ')) return line;
  return line.replace(HYPHEN_AT_LOST_LINE_END, (_, word: string) => (HYPHEN_KEEPERS.has(word.toLowerCase()) ? `${word}-` : word));
}

function tidyLine(line: string): string {
  return line
    // From a run's first space only (the lookbehind): tried again from each space of a long run
    // with no tab after it, the pattern takes quadratic time.
    // (A lone tab, already what this makes, is left alone.)
    .replace(/(?<! )(?: +\t[\t ]*|\t[\t ]+)/g, '\t')
    .replace(/ {2,}/g, ' ')
    .trim()
    // A paragraph number or a bullet set off by a tab is not a table cell (real-pdf/inspection/80539_portsmouth_cs-inspection_2026-08-18.pdf:
    // "1.<TAB>Children in Portsmouth…"; real-pdf/jtai/80454_cornwall_jtai_2018-11-23.pdf: "<U+F06E><TAB>Work in Cornwall…", whose point
    // went on on the next line).
    .replace(LEADING_MARK_TAB, '$1 ');
}

/** Lines that are page furniture: page numbers, and headers/footers repeated page after page. */
function furnitureLines(lines: string[]): Set<number> {
  const shapeCounts = new Map<string, number>();
  const shapes = lines.map((line) => (line.length > 0 && line.length <= 160 ? line.replace(/\d+/g, '#') : ''));
  for (const shape of shapes) if (shape) shapeCounts.set(shape, (shapeCounts.get(shape) ?? 0) + 1);

  const furniture = new Set<number>();
  let nonEmptySeen = 0;
  lines.forEach((line, index) => {
    if (!line) return;
    nonEmptySeen += 1;
    if (PAGE_NUMBER.test(line)) return furniture.add(index);
    if (ENDS_WITH_PAGE_OF.test(line) && !/[.!?]$/.test(line)) return furniture.add(index);
    const repeated = (shapeCounts.get(shapes[index]!) ?? 0) >= REPEATS_TO_BE_FURNITURE;
    // A running header may repeat the report's title: keep the title's first appearance.
    const title = nonEmptySeen <= 5 && REPORT_TITLE.test(line);
    if (repeated && !LIST_ITEM.test(line) && !title && !CROSS_REFERENCE.test(line)) furniture.add(index);
  });
  return furniture;
}

/** Enough of a block's end to read a sentence's end and a hyphenated word one letter longer than any keeper. */
const TAIL_LENGTH = Math.max(...[...HYPHEN_KEEPERS].map((word) => word.length)) + 2;

/**
 * The block being read, kept in parts until it ends: a paragraph may run on for thousands of
 * lines, and joining and reading the whole of it again at each line would take quadratic time.
 */
class OpenBlock {
  private readonly parts: string[];
  length: number;
  hasTab: boolean;
  /** The block's last TAIL_LENGTH characters. */
  tail: string;

  constructor(line: string) {
    this.parts = [line];
    this.length = line.length;
    this.hasTab = line.includes('\t');
    this.tail = line.slice(-TAIL_LENGTH);
  }

  append(separator: string, line: string): void {
    this.parts.push(separator, line);
    this.length += separator.length + line.length;
    this.hasTab ||= line.includes('\t');
    this.tail = (this.tail + separator + line).slice(-TAIL_LENGTH);
  }

  /** A word hyphenated at the line's end and finished on the next: its hyphen dropped unless the word keeps it. */
  appendHyphenated(line: string): void {
    const fragment = /([A-Za-z]+)-$/.exec(this.tail)?.[1]?.toLowerCase() ?? '';
    if (!HYPHEN_KEEPERS.has(fragment)) {
      const last = this.parts.length - 1;
      this.parts[last] = this.parts[last]!.slice(0, -1);
      this.length -= 1;
      this.tail = this.tail.slice(0, -1);
    }
    this.append('', line);
  }

  toString(): string {
    return this.parts.join('');
  }
}

function continues(previous: OpenBlock, next: string, blankBetween: boolean): boolean {
  // A row whose label wrapped after its grade's cell: "The experiences and progress of children who
  // need help and<TAB>Requires improvement" / "protection" (real-pdf/inspection/80428_bedford_cs-inspection_2017-04-07.pdf).
  if (previous.hasTab) return /^[a-z]/.test(next) && !next.includes('\t') && !blankBetween;
  // A table row whose label wrapped: "2. Children looked after and achieving" / "permanence<TAB>Inadequate".
  if (next.includes('\t')) return /^[a-z]/.test(next) && !blankBetween;
  // A date range wrapped before its last day: "Inspection dates: 8 July 2019 to 12 July 2019 and 7 August 2019 to" / "8 August 2019"
  // (real-pdf/inspection/80460_derbyshire_cs-inspection_2019-09-19.pdf); the day is no paragraph's number.
  if (DATE_START.test(next) && RANGE_WORD_END.test(previous.tail)) return true;
  // So is a range's last number, "… care leavers aged 18 to" / "25. This visit focused …"
  // (real-pdf/focused-visit/80466_east-riding-of-yorkshire_focused-visit_2024-07-12.pdf).
  if (/^\d{1,3}\.\s/.test(next) && /(?:^|\s)(?:to|and|[-–])$/.test(previous.tail)) return true;
  // And a year's range: "… for more than a year in 2012-" / "13 had not had a health check …"
  // (real-pdf/inspection/80460_derbyshire_cs-inspection_2014-02-11.pdf).
  if (/^\d{2}\s/.test(next) && /\b\d{4}[-–]$/.test(previous.tail)) return true;
  if (STRUCTURAL_START.test(next)) return false;
  if (/^[a-z,;)]/.test(next) || CROSS_REFERENCE.test(next)) return true;
  return !blankBetween && previous.length >= 60 && !ENDS_SENTENCE.test(previous.tail);
}

/**
 * A running header glued onto the end of a page's last line, when extraction took it for the
 * line's wrap ("18. Early permanence … Inspection of Surrey local authority children’s services",
 * real-pdf/inspection/80567_surrey_cs-inspection_2022-03-09.pdf): cut off where it repeats.
 */
function cutGluedFurniture(lines: string[], furniture: Set<number>): string[] {
  const phrases = [...new Set([...furniture].map((i) => lines[i]!).filter((line) => line.length >= GLUED_FURNITURE_MIN && /[a-z]/i.test(line)))];
  if (phrases.length === 0) return lines;
  const endings = new PhraseEndings(phrases);
  return lines.map((line, i) => {
    if (furniture.has(i)) return line;
    // Only after a full line: extraction glues a header on when the line before ran to the margin,
    // and "Inspection dates: 30 October to 10 November 2023" must keep the dates its footer repeats.
    const fits = (n: number) => line.length - phrases[n]!.length > FULL_LINE && line[line.length - phrases[n]!.length - 1] === ' ';
    const phrase = phrases[endings.endingsOf(line).filter(fits).reduce((first, n) => Math.min(first, n), Infinity)];
    return phrase ? line.slice(0, -phrase.length - 1) : line;
  });
}

/**
 * `glued`: whether lines may hold several paragraphs run together, as a report's text copied or
 * flattened does (run-together.ts); an article's text comes in its page's own paragraphs, where a
 * dash after a full stop is a caption's or a dash, not a list's point.
 */
export function textToBlocks(raw: string, { glued = true }: { glued?: boolean } = {}): string[] {
  const given = withoutContents(normaliseText(raw).split('\n').map(tidyLine));
  const tidy = (glued ? splitRunTogether(withoutRunInFurniture(given)) : given).map(joinHyphenated);
  const furniture = furnitureLines(tidy);
  const lines = cutGluedFurniture(tidy, furniture);
  const blocks: string[] = [];
  let open: OpenBlock | null = null;
  let blankBetween = false;
  for (const [index, line] of lines.entries()) {
    if (furniture.has(index)) continue;
    if (!line) {
      blankBetween = true;
      continue;
    }
    if (open && continues(open, line, blankBetween)) {
      if (/[A-Za-z]-$/.test(open.tail) && /^[a-z]/.test(line)) open.appendHyphenated(line);
      else open.append(' ', line);
    } else {
      if (open) blocks.push(open.toString());
      open = new OpenBlock(line);
    }
    blankBetween = false;
  }
  if (open) blocks.push(open.toString());
  return blocks;
}
