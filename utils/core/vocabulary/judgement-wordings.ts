// Every way a judgement's name is written: the report tables' and headings' wordings, and the
// phrases news articles use. One home for each, imported by the parsers.
import type { JudgementKey } from '../schema/domain';
import { collapseSpace } from '../text/collapse-space';
import { anyCase, GRADE_PATTERN } from './grades';

// Each judgement as the report table and headings word it, longest first so that
// "children in care and care leavers" wins over "children in care".
const LABELS: ReadonlyArray<[string, JudgementKey]> = [
  ['the impact of leaders on social work practice with children and families', 'leaders'],
  ['the experiences and progress of children who need help and protection', 'helpAndProtection'],
  ['the experiences and progress of children in care and care leavers', 'inCareAndCareLeavers'],
  ['the experiences and progress of children in care', 'inCare'],
  ['the experiences and progress of care leavers', 'careLeavers'],
  // The 2025 template's own slip, in every report on it (real-pdf/inspection/80476_kent_cs-inspection_2026-02-02.pdf).
  ['the experiences and progress of children care leavers', 'careLeavers'],
  ['experiences and progress of care leavers', 'careLeavers'],
  // The SIF reports' graded sentence has it in the singular ("The graded judgement about the
  // experience and progress of care leavers is that it is good", 25 real reports of 2015–18).
  ['the experience and progress of care leavers', 'careLeavers'],
  ['children who need help and protection', 'helpAndProtection'],
  ['the experiences and progress of children looked after and achieving permanence', 'lookedAfter'],
  ['children looked after and achieving permanence', 'lookedAfter'],
  ['adoption performance', 'adoption'],
  ['adoption', 'adoption'],
  ['leadership, management and governance', 'leaders'],
  ['review of the effectiveness of the local safeguarding children board', 'lscb'],
  ['the effectiveness of the local safeguarding children board', 'lscb'],
  ['effectiveness of the local safeguarding children board', 'lscb'],
  ['the local safeguarding children board', 'lscb'],
  ['local safeguarding children board', 'lscb'],
  ['overall effectiveness', 'overall'],
  ['overall judgement', 'overall'],
];

const tableWords = (label: string) => label.replace(/,/g, '').split(' ');

/**
 * The labels a judgement table's rows carry, as words, longest first: the table reader matches
 * them word by word. "The" is optional (SIF tables drop it); the sentence-like labels (the LSCB's,
 * "overall judgement") are read from the report's sentences instead.
 */
export const TABLE_LABELS: ReadonlyArray<{ words: readonly string[]; key: JudgementKey }> = LABELS.filter(
  ([words, key]) => key !== 'lscb' && words !== 'overall judgement',
)
  .flatMap(([words, key]) => [words, words.replace(/^the /, '')].map((form) => ({ words: tableWords(form), key })))
  .filter((label, i, all) => all.findIndex((other) => other.words.join(' ') === label.words.join(' ')) === i)
  .sort((a, b) => b.words.length - a.words.length);

/**
 * A judgement's heading inside a line, as a graded report's section heading reads with its lines
 * run together: a label of two words or more, its grade after it or set among its words where
 * pdf.js read the grade's cell between the label's lines ("The experiences and progress of
 * children who need help and Requires improvement protection", "Leadership, management and Good
 * governance", "… help and protection require improvement"). Source text for a regex, which takes
 * the label without a grade too: whether one stood in it is for its reader to see.
 */
export const HEADING_WITH_GRADE = (() => {
  // "Requires improvement" may stand before a word of the label and "to be good" after it.
  // A 2013–14 SIF report words it as a sentence: "… help and protection are good".
  const grade = String.raw`(?::? (?:(?:is|are) )?(?:${anyCase(GRADE_PATTERN)}))?(?: to be good)?`;
  const labels = TABLE_LABELS.filter(({ words, key }) => words.length >= 2 && key !== 'overall').map(
    ({ words }) => `[${words[0]![0]!.toUpperCase()}${words[0]![0]}]${words.join(`,?${grade} `).slice(1)}${grade}`,
  );
  return `(?:${labels.join('|')})`;
})();

/**
 * A SIF section's heading worded as a sentence: "The graded judgement about adoption performance
 * is that it is good", "The graded judgment for adoption performance is requires improvement"
 * (real-pdf/inspection/80553_slough_cs-inspection_2014-02-14.pdf), "… is that it requires improvement".
 * Its label and its grade's words.
 */
const GRADED_OPENING = String.raw`The graded judge?ment (?:for|about|on) `;
const GRADED_LINK = String.raw` is (?:that (?:it|they) (?:is |are )?)?`;
export const GRADED_SENTENCE = new RegExp(String.raw`^${GRADED_OPENING}(.+?)${GRADED_LINK}(.+?)\.?$`, 'i');
/** The same sentence inside a line of run-together text, its label's words and its grade (source text for a regex). */
export const GRADED_SENTENCE_INSIDE = String.raw`${GRADED_OPENING}[^.]{3,120}?${GRADED_LINK}(?:${anyCase(GRADE_PATTERN)})`;

/** The first two words of every label HEADING_WITH_GRADE finds: a line without any holds none (a quick test before it). */
export const HEADING_START = new RegExp(
  [...new Set(TABLE_LABELS.filter(({ words }) => words.length >= 2).map(({ words }) => `[${words[0]![0]!.toUpperCase()}${words[0]![0]}]${words[0]!.slice(1)},? ${words[1]}`))].join('|'),
);

export function normaliseLabel(text: string): string {
  return collapseSpace(text.toLowerCase().replace(/[’‘]/g, "'").replace(/\(lscb\)/g, '').replace(/^\s*\d+(?:\.\d+)*\.?\s+/, '').replace(/^section \d+:\s*/, ''))
    // Trailing punctuation from the first character of its run only (the lookbehind, here and in
    // judgementOfLabel): tried from each character of a long run that ends nothing, it takes quadratic time.
    .replace(/(?<![\s:.])[\s:.]+$/, '')
    .trim();
}

/** The judgement a label names, when the whole label is one of Ofsted's judgement names. */
export function judgementFromLabel(label: string): JudgementKey | null {
  const plain = normaliseLabel(label);
  for (const [words, key] of LABELS) if (plain === words) return key;
  return null;
}

/** Splits "<judgement label><sep><grade words>" where sep is a tab, colon or spaces. */
export function splitLabelAndRest(line: string): { key: JudgementKey; rest: string } | null {
  const plain = normaliseLabel(line.replace(/\t+/g, ' '));
  for (const [words, key] of LABELS) {
    if (plain === words) return { key, rest: '' };
    if (plain.startsWith(words)) {
      const rest = plain.slice(words.length);
      if (/^\s*[:\-–]?\s/.test(rest) || rest.startsWith(':')) return { key, rest: rest.replace(/^[\s:\-–]+/, '') };
    }
  }
  return null;
}

// Each judgement as news articles name it, longest first, so "children in care and care leavers"
// wins over "children in care".
export const NEWS_PHRASES: ReadonlyArray<[string, JudgementKey]> = [
  ['impact of senior leaders on social work practice with children and families', 'leaders'],
  ['impact of leaders on social work practice with children and families', 'leaders'],
  ['children in care and care leavers', 'inCareAndCareLeavers'],
  ['looked after children and care leavers', 'inCareAndCareLeavers'],
  ['leadership, management and governance', 'leaders'],
  ['children looked after and achieving permanence', 'lookedAfter'],
  ['children who need help and protection', 'helpAndProtection'],
  ['children in need of help and protection', 'helpAndProtection'],
  ['help and protection', 'helpAndProtection'],
  // The press's own words for the judgements: "the experiences of children leaving care", "how well leaders …".
  ['impact of senior leaders', 'leaders'],
  ['adoption and fostering services', 'adoption'],
  ['adoption services', 'adoption'],
  ['young people leaving care', 'careLeavers'],
  ['children leaving care', 'careLeavers'],
  ['leadership and management', 'leaders'],
  ['leaders and managers', 'leaders'],
  ['how well leaders', 'leaders'],
  ["leaders' impact", 'leaders'],
  ['leaving care', 'careLeavers'],
  ['children who are looked after', 'lookedAfter'],
  ['children looked after', 'lookedAfter'],
  ['looked after children', 'lookedAfter'],
  ['children in care', 'inCare'],
  ['care leavers', 'careLeavers'],
  ['adoption performance', 'adoption'],
  ['adoption', 'adoption'],
  ['impact of leaders', 'leaders'],
  ['leadership', 'leaders'],
  ['local safeguarding children board', 'lscb'],
  ["local children's safeguarding board", 'lscb'],
  ['safeguarding children board', 'lscb'],
  ['overall effectiveness', 'overall'],
];

/** The judgement a news phrase (one of NEWS_PHRASES, in any case) names. */
export function judgementOfPhrase(phrase: string): JudgementKey {
  const lower = phrase.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
  return NEWS_PHRASES.find(([p]) => p === lower)![1];
}

/** The judgement a table row's label names: Ofsted's own label or a short form of it ("Help and protection"). */
export function judgementOfLabel(label: string): JudgementKey | null {
  const plain = collapseSpace(
    label
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/\(lscb\)/g, '')
      .replace(/^\s*\d+(?:\.\d+)*\.?\s+/, '')
      .replace(/^(?:the\s+)?(?:experiences?\s+and\s+progress\s+of\s+)?(?:the\s+)?/, '')
      .replace(/^(?:the\s+)?effectiveness\s+of\s+(?:the\s+)?/, '')
      .replace(/(?<![\s:.*])[\s:.*]+$/, ''),
  ).trim();
  if (plain === 'overall' || plain === 'overall judgement' || plain === 'overall effectiveness') return 'overall';
  const found = NEWS_PHRASES.find(([p]) => p === plain);
  return found ? found[1] : null;
}
