// The warnings web-ext lint gives the Firefox build that stay, each in a library's own code, with
// why; scripts/lint-firefox.mjs fails on any other. Plain JavaScript with no dependencies.

const HASH = '[A-Za-z0-9_-]+';
// Rollup names a shared chunk after one of the modules in it, which changes as entry points share
// more (Preact's runtime and pdf.js's loader have been in chunks named jsxRuntime.module, kinds,
// load-report and extension-listeners): library warnings in chunks are matched in any chunk, and
// their counts still catch one more from our own code.
const ANY_CHUNK = new RegExp(`^chunks/[A-Za-z0-9_.-]+-${HASH}\\.js$`);

/** Warnings that stay: where, how many, and why. Matched by code, message and file. */
export const KNOWN_WARNINGS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file: ANY_CHUNK, count: 1,
    why: "Preact's support for dangerouslySetInnerHTML, which no component of ours uses.",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file: /^overlay\.js$/, count: 2,
    why: "Mozilla Readability, moving markup within its own copy of the page's document (it finds the article body for a page read on request).",
  },
  {
    code: 'DANGEROUS_EVAL', message: 'The Function constructor is eval.', file: ANY_CHUNK, count: 1,
    why: "pdf.js's test of whether eval is allowed (it is not, by our CSP, and we pass isEvalSupported: false).",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe call to import for argument 0', file: ANY_CHUNK, count: 1,
    why: "pdf.js's fallback when it cannot start its worker: loading the worker's module (its workerSrc, our bundled file) into the page.",
  },
  {
    code: 'DANGEROUS_EVAL', message: 'The Function constructor is eval.', file: new RegExp(`^assets/pdf\\.worker\\.min-${HASH}\\.mjs$`), count: 2,
    why: "pdf.js's worker: its eval test, and compiling a PDF's PostScript functions to JavaScript, which it skips when isEvalSupported is false.",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe call to import for argument 0', file: new RegExp(`^assets/pdf\\.worker\\.min-${HASH}\\.mjs$`), count: 1,
    why: "pdf.js's worker loading OpenJPEG's no-WebAssembly fallback from the wasmUrl it is given (we give none).",
  },
];

/** The warnings no entry above explains, or more of them than it allows. */
export function unexplainedWarnings(warnings, known = KNOWN_WARNINGS) {
  const left = known.map((entry) => ({ ...entry }));
  return warnings.filter((warning) => {
    const entry = left.find((k) => k.code === warning.code && k.message === warning.message && k.file.test(warning.file ?? '') && k.count > 0);
    if (!entry) return true;
    entry.count -= 1;
    return false;
  });
}
