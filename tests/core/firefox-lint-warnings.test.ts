// The Firefox build's lint passes only with the warnings known to be in libraries' code: one more
// of them, or any other, fails it.
import { describe, expect, it } from 'vitest';
import { KNOWN_WARNINGS, unexplainedWarnings } from '../../scripts/firefox-lint-warnings.mjs';

const innerHtml = (file: string) => ({ code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file });
const known = () => KNOWN_WARNINGS.flatMap((k) => Array.from({ length: k.count }, () => ({ code: k.code, message: k.message, file: exampleFile(k.file) })));
function exampleFile(pattern: RegExp): string {
  const file = ['chunks/jsxRuntime.module-QlJqdMSD.js', 'overlay.js', 'chunks/load-report-DA3QoY-2.js', 'assets/pdf.worker.min-FHbmGBN0.mjs'].find((f) => pattern.test(f));
  if (!file) throw new Error(`no example file for ${pattern}`);
  return file;
}

describe('which web-ext lint warnings the Firefox build may have', () => {
  it('explains each known warning in libraries’ code, whatever the chunks’ hashes', () => {
    expect(unexplainedWarnings(known())).toEqual([]);
    expect(unexplainedWarnings([innerHtml('chunks/jsxRuntime.module-Zz9_-a.js')])).toEqual([]);
  });

  it('does not explain one more of a known warning in the same file', () => {
    expect(unexplainedWarnings([...known(), innerHtml('overlay.js')])).toEqual([innerHtml('overlay.js')]);
  });

  it('does not explain a known warning in a chunk beyond the library’s own count, nor another kind in a library’s file', () => {
    const eval_ = { code: 'DANGEROUS_EVAL', message: 'The Function constructor is eval.', file: 'overlay.js' };
    expect(unexplainedWarnings([...known(), innerHtml('chunks/reader-DMlMZFnG.js'), eval_])).toEqual([innerHtml('chunks/reader-DMlMZFnG.js'), eval_]);
  });

  it('explains a library’s warning in whichever shared chunk Rollup put it', () => {
    expect(unexplainedWarnings([innerHtml('chunks/kinds-BIi8zVTL.js')])).toEqual([]);
  });
});
