// Words that mark a statement as a concern. Used to sort a news article's points, and later a
// finding's polarity. Precision first: a sentence with none of these is not called a concern.
const CONCERN_CUES: readonly RegExp[] = [
  /\btoo (?:low|slow|slowly|high|long|many|few|limited|variable|often)\b/i,
  /\bnot (?:yet |always |consistently |sufficiently |routinely |clearly |well )*(?:clear|effective|good enough|robust|timely|prompt|strong|embedded|in place|recorded|understood|available|aware|achieving|specific|sufficient)/i,
  /\bnot (?:always|consistently|sufficiently|routinely)\b/i,
  /\b(?:is|are|remains?) variable\b/i,
  /\blacks?\b|\black of\b/i,
  /\bweak(?:ness|nesses)?\b/i,
  /\binsufficient(?:ly)?\b/i,
  /\binadequate\b/i,
  /\bdelays?\b/i,
  /\bneeds? (?:improving|improvement|to improve|prioritising|to be (?:clear|improved|strengthened))/i,
  /\bremains? a concern\b|\bcause for concern\b|\bconcerns? (?:about|remain)/i,
  /\bpersistent challenge\b/i,
  /\bunderdeveloped\b/i,
  /\bunsuitable\b/i,
  /\bpoor(?:ly)?\b/i,
  /\bcontinue to engage in offending\b/i,
  /\bdeteriorated\b/i,
  /\b(?:do|does|did) not have (?:access|enough|sufficient)\b/i,
  /\bunable to\b/i,
  /\bareas? for (?:service )?(?:development|improvement)\b/i,
  // "there is more to do to ensure that this information is meaningful" (real-pdf/inspection/80539_portsmouth_cs-inspection_2018-10-15.pdf, paragraph 27)
  /\b(?:there is|there remains|is) (?:still )?(?:much )?more (?:work )?to (?:do|be done)\b/i,
  /\bhas not led to\b|\bhave not led to\b/i,
];

// Negated concerns are strengths: "children do not experience delay", "without delay".
const NEGATED_CONCERNS = /\b(?:do(?:es)? not experience|without|no|preventing|prevent|avoid(?:ing)?|reduc(?:e|es|ing)) (?:unnecessary |any )?delays?\b/gi;
// A strength word under "not": "not held promptly enough", "not always proportionate".
const NOT_A_STRENGTH = /\bnot (?:\w+ ){0,3}(?:promptly|well|effectively|clearly|consistently|routinely|sufficiently|always|timely|enough|proportionate|accessible)\b/i;

/** "Without delay", "children do not experience delay": a concern denied, which is a strength. */
export function deniesConcern(sentence: string): boolean {
  return new RegExp(NEGATED_CONCERNS.source, 'i').test(sentence) && !isConcern(sentence);
}

export function isConcern(sentence: string): boolean {
  const plain = sentence.replace(NEGATED_CONCERNS, '');
  return NOT_A_STRENGTH.test(plain) || CONCERN_CUES.some((cue) => cue.test(plain));
}
