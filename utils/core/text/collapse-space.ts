// Every run of white space as one space. A single space is already that, so it is left alone:
// replaced too, as /\s+/g replaces it, a text of hundreds of thousands of words is rewritten a
// space at a time, and that many replacements cost several times more per character than a few.
const NOT_ONE_SPACE = /(?:[^\S ]|\s{2})\s*/g;

export function collapseSpace(text: string): string {
  return text.replace(NOT_ONE_SPACE, ' ');
}
