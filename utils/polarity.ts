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
  /\bhas not led to\b|\bhave not led to\b/i,
];

export function isConcern(sentence: string): boolean {
  return CONCERN_CUES.some((cue) => cue.test(sentence));
}
