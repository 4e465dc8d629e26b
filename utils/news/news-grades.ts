// What grades a news article states, sentence by sentence. An article that states no grade
// yields none: every pattern needs a grade word bound to a judgement or to a rating verb.
import { GRADE_PATTERN, gradeFromWords } from '../grades';
import type { Grade, JudgementKey } from '../schema';

// Longest first, so "children in care and care leavers" wins over "children in care".
const JUDGEMENT_PHRASES: ReadonlyArray<[string, JudgementKey]> = [
  ['impact of leaders on social work practice with children and families', 'leaders'],
  ['children in care and care leavers', 'inCareAndCareLeavers'],
  ['looked after children and care leavers', 'inCareAndCareLeavers'],
  ['leadership, management and governance', 'leaders'],
  ['children looked after and achieving permanence', 'lookedAfter'],
  ['children who need help and protection', 'helpAndProtection'],
  ['help and protection', 'helpAndProtection'],
  ['children looked after', 'lookedAfter'],
  ['looked after children', 'lookedAfter'],
  ['children in care', 'inCare'],
  ['care leavers', 'careLeavers'],
  ['adoption performance', 'adoption'],
  ['impact of leaders', 'leaders'],
  ['leadership', 'leaders'],
  ['local safeguarding children board', 'lscb'],
  ['overall effectiveness', 'overall'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PHRASES = JUDGEMENT_PHRASES.map(([p]) => escape(p)).join('|');
const GRADE = String.raw`['‘"“]?(${GRADE_PATTERN})\b['’"”]?(?!\s+(?:enough|progress|practice|quality|relationships|examples|use|support|work))`;
// "is good", "was rated inadequate", "were judged to require improvement", "was also found to require improvement"
const LINK = String.raw`(?:is|are|was|were|has been|have been|had been|remains?)(?:\s+(?:now|also|still))*(?:\s+(?:rated|judged|graded|found))?(?:\s+(?:as|to be|to|being))?`;

// "<judgement> ... is good", "help and protection was rated inadequate"
const JUDGEMENT_IS_GRADE = new RegExp(String.raw`\b(${PHRASES})\b[^.;:]{0,40}?\s${LINK}\s+${GRADE}`, 'gi');
// "rated inadequate for help and protection", "'good' for children in care"
const GRADE_FOR_JUDGEMENT = new RegExp(String.raw`\b(?:rated|judged|graded)\s+(?:as\s+)?${GRADE}\s+(?:for|in)\s+(?:the\s+)?(?:experiences and progress of\s+)?(${PHRASES})\b`, 'gi');
// "Ofsted rates Portsmouth 'good'", "services have been rated as 'good'", "judged inadequate overall"
const RATED_GRADE = new RegExp(String.raw`\b(?:rated|judged|rates|graded|rating of|judgement of|found to be)\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:as\s+)?(?:being\s+)?${GRADE}`, 'g');
const GRADE_OVERALL = new RegExp(String.raw`${GRADE}\s+overall\b`, 'gi');
// "… were inadequate, as was the leadership, management and governance"
const AS_WAS = new RegExp(String.raw`${GRADE},?\s+as\s+(?:was|were)\s+(?:the\s+)?(${PHRASES})\b`, 'gi');
const NEGATED = /\bnot\s+(?:yet\s+)?(?:\w+\s+)?$/i;

function judgementOf(phrase: string): JudgementKey {
  const lower = phrase.toLowerCase();
  return JUDGEMENT_PHRASES.find(([p]) => p === lower)![1];
}

export type GradeStatement = { judgement: JudgementKey; grade: Grade };

function notNegated(sentence: string, gradeIndex: number): boolean {
  return !NEGATED.test(sentence.slice(Math.max(0, gradeIndex - 20), gradeIndex));
}

/** The grades one sentence states: per judgement where it names one, else overall. */
export function gradeStatementsIn(sentence: string): GradeStatement[] {
  const statements: GradeStatement[] = [];
  const add = (judgement: JudgementKey, words: string, index: number) => {
    const grade = gradeFromWords(words);
    const stated = statements.some((s) => s.judgement === judgement);
    if (grade && !stated && notNegated(sentence, index)) statements.push({ judgement, grade });
  };
  for (const m of sentence.matchAll(JUDGEMENT_IS_GRADE)) add(judgementOf(m[1]!), m[2]!, m.index + m[0].length - m[2]!.length);
  for (const m of sentence.matchAll(GRADE_FOR_JUDGEMENT)) add(judgementOf(m[2]!), m[1]!, m.index);
  for (const m of sentence.matchAll(AS_WAS)) add(judgementOf(m[2]!), m[1]!, m.index);
  if (statements.length > 0) return statements;

  const namesJudgement = new RegExp(String.raw`\b(?:${PHRASES})\b`, 'i').test(sentence);
  if (namesJudgement) return statements;
  for (const m of sentence.matchAll(RATED_GRADE)) add('overall', m[1]!, m.index + m[0].length);
  for (const m of sentence.matchAll(GRADE_OVERALL)) add('overall', m[1]!, m.index);
  return statements;
}

/** The judgement a sentence talks about, if it names one (used to file the points after it). */
export function judgementNamedIn(sentence: string): JudgementKey | null {
  const m = new RegExp(String.raw`\b(${PHRASES})\b`, 'i').exec(sentence);
  return m ? judgementOf(m[1]!) : null;
}
