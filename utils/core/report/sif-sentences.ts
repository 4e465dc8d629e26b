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

export function readSifOverall(lines: readonly string[]): Grade | null {
  return firstStated(lines, OVERALL);
}

export function readLscbJudgement(lines: readonly string[]): Grade | null {
  return firstStated(lines, [LSCB]);
}

/** "The LSCB requires improvement": the review's judgement stated, not a heading that opens its section. */
export function statesLscbJudgement(block: string): boolean {
  return LSCB.test(collapseSpace(block));
}
