// SIF reports (2013–18) state two judgements in sentences, not in the table: the overall one in
// the headline, and the LSCB review's at the head of its section. Each stands at the start of its
// own paragraph, and the first statement is the one the report makes.
import { collapseSpace } from '../text/collapse-space';
import { gradeFromWords } from '../vocabulary/grades';
import type { Grade } from '../schema/domain';

const GRADE = String.raw`(requires? improvement(?: to be good)?|good|outstanding|inadequate)`;
// What may follow the grade: the sentence's end, "because:", or the table's first row run onto the same line.
const END = String.raw`(?=\s*(?:[.:]|because\b|\d{1,2}\.\s|$))`;
const APOS = `['’]`;

// "Children's services in Bedford Borough require improvement to be good" (2015–18),
// "The overall judgement is that children's services require improvement", "The overall judgement is good." (2013–15).
const OVERALL = [
  new RegExp(String.raw`^Children${APOS}s services in .{2,80}? (?:(?:are|is) )?${GRADE}${END}`, 'i'),
  new RegExp(String.raw`^The overall judgement is (?:that children${APOS}s services (?:(?:are|is) )?)?${GRADE}${END}`, 'i'),
];
// "The Local Safeguarding Children Board is good", "The LSCB requires improvement because:",
// "The effectiveness of the Local Safeguarding Children Board (LSCB) is requires improvement",
// "The judgement for the effectiveness of the Local Safeguarding Children Board (LSCB) is requires improvement."
const LSCB = new RegExp(
  String.raw`^The (?:judgement for the )?(?:effectiveness of the )?(?:Local Safeguarding Children Board|LSCB)(?: \(LSCB\))? (?:is )?${GRADE}${END}`,
  'i',
);

/** `lines` are the report's lines and then its blocks: a headline may stand alone on its line, or wrap. */
function firstStated(lines: readonly string[], patterns: readonly RegExp[]): Grade | null {
  for (const block of lines) {
    // Every such sentence opens "Children's services…" or "The …": most lines are passed at once.
    if (!/^\s*(?:Children|The)\b/i.test(block)) continue;
    const flat = collapseSpace(block);
    for (const pattern of patterns) {
      const words = pattern.exec(flat)?.[1];
      if (words) return gradeFromWords(words);
    }
  }
  return null;
}

// A sentence's first word, capitalised, where a line does not start with it.
const SENTENCE_OPENING = /(?<!\S)(?:Children|The)\b/g;
// And the grade may end where the next sentence or heading starts, its full stop or line end lost
// ("The overall judgement is requires improvement There are no widespread …",
// real-pdf/inspection/80498_haringey_cs-inspection_2014-07-18.pdf): the word after it (caught
// second) then starts with a capital.
const sticky = (pattern: RegExp) =>
  new RegExp(pattern.source.replace(/^\^/, '').replace(END, String.raw`(?=\s*(?:[.:]|because\b|\d{1,2}\.\s|$)|\s+(\S))`), 'iy');
const isCapital = (letter: string | undefined) => letter === undefined || (letter !== letter.toLowerCase() && letter === letter.toUpperCase());

/**
 * With the text's lines run together (a report pasted into one paragraph, or a .txt file of one
 * line: "… Report published: 7 April 2017 Children’s services in Bedford Borough require
 * improvement to be good 1. Children who need …"), no statement starts a line: the first one to
 * start at a capitalised "Children" or "The" anywhere. Read only when no line states it, so a
 * report whose lines are kept is read as before.
 */
function firstStatedRunTogether(lines: readonly string[], patterns: readonly RegExp[]): Grade | null {
  const anywhere = patterns.map(sticky);
  for (const block of lines) {
    const flat = collapseSpace(block);
    SENTENCE_OPENING.lastIndex = 0;
    for (let opening = SENTENCE_OPENING.exec(flat); opening; opening = SENTENCE_OPENING.exec(flat)) {
      for (const pattern of anywhere) {
        pattern.lastIndex = opening.index;
        const match = pattern.exec(flat);
        if (match && isCapital(match[2])) return gradeFromWords(match[1]!);
      }
    }
  }
  return null;
}

export function readSifOverall(lines: readonly string[]): Grade | null {
  return firstStated(lines, OVERALL) ?? firstStatedRunTogether(lines, OVERALL);
}

export function readLscbJudgement(lines: readonly string[]): Grade | null {
  return firstStated(lines, [LSCB]) ?? firstStatedRunTogether(lines, [LSCB]);
}

/** "The LSCB requires improvement": the review's judgement stated, not a heading that opens its section. */
export function statesLscbJudgement(block: string): boolean {
  return LSCB.test(collapseSpace(block));
}
