// An independent count of a report's numbered paragraphs, to hold the parser to: the longest run
// 1, 2, 3, … of paragraph numbers in reading order. Plain text scanning that shares nothing with
// utils/core/report, so a paragraph the parser loses cannot also be lost here.

/** A paragraph number: up to three digits, a full stop, then a space or tab before the text. */
const PARAGRAPH_NUMBER = /(\d{1,3})\.[ \t]+(?=\S)/g;

/**
 * A row of the SIF first-page judgement table ("1. Children who need help and protection  Good"):
 * numbered 1–3 like paragraphs, but not paragraphs. Only the short row itself, label and grade:
 * an ILACS paragraph may begin with the same words (Bracknell Forest 2022, paragraph 1).
 * Without this, the bulleted Derbyshire and Slough SIF reports of 2014, which number no
 * paragraph, count 3.
 */
const SIF_TABLE_ROW =
  /^(?:Children who need help and protection|Children looked after and achieving(?: permanence)?|Leadership, management and governance)[ \t]*(?:Outstanding|Good|Requires improvement|Inadequate|Requires)?[^\n]{0,20}(?:\n|$)/;

/** What may end the sentence before a number that pdf.js ran onto the end of the previous line. */
const SENTENCE_END = /[.!?:;’”)][ \t]+$/;
/** …and what a paragraph opens with. */
const PARAGRAPH_OPENING = /^[A-Z‘“'"(]/;

function startsParagraph(text: string, at: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at);
  if (/^[ \t]*$/.test(before)) return true;
  // pdf.js sometimes joins a paragraph's first line onto the end of the one before ("… episodes of
  // going missing. 10. The number of children missing education is small", Bracknell Forest
  // 2022; Kent 2022 paragraph 3, Shropshire 2022 paragraph 5, Surrey 2022 paragraph 38,
  // Southampton 2014 paragraph 21): count it only after a sentence's end, before a capital.
  return SENTENCE_END.test(before) && PARAGRAPH_OPENING.test(text.slice(end, end + 1));
}

/** The N of paragraphs numbered 1..N in order; 0 when the text numbers none. */
export function countNumberedParagraphs(text: string): number {
  let next = 1;
  for (const match of text.matchAll(PARAGRAPH_NUMBER)) {
    const at = match.index;
    const end = at + match[0].length;
    if (Number(match[1]) !== next) continue;
    if (!startsParagraph(text, at, end)) continue;
    if (SIF_TABLE_ROW.test(text.slice(end, end + 120))) continue;
    // The earliest match of each next number is never worse than a later one: taking it leaves
    // the most text for the numbers after it, so this greedy walk finds the longest run.
    next++;
  }
  return next - 1;
}
