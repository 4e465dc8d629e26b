// Every match of a global pattern, as String.prototype.matchAll gives them, without the copy of the
// pattern matchAll makes on each call: for the news parser's long patterns, run sentence after
// sentence over a page of thousands of sentences, making that copy costs more than the matching.
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  eachMatch(pattern, text, (match) => matches.push(match));
  return matches;
}

/** Each match in turn, none kept: what is kept of a text's hundreds of thousands of matches is the caller's. */
export function eachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  if (!pattern.global) throw new TypeError(`eachMatch needs a global pattern, not ${pattern}`);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    visit(match);
  }
}
