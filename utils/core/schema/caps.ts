// How much a document, a message or an answer may hold. A page decides what the content script
// reads from it, so every string and list that crosses into the background has a cap, and the
// library answers with bounded lists too. Each cap is several times the largest real figure in the
// 178 real PDFs (tests/real-pdf/within-caps.test.ts keeps them so); a document above them is no
// report: the background neither stores it nor links to it.
export const CAPS = {
  /** Numbered paragraphs: 184 in the largest real report (Leicester's 2015 SIF report). */
  findings: 1_000,
  /** A paragraph, a point, an improvement, a sentence: 1,902 characters in the longest real one (Croydon's 2016 JTAI letter). */
  paragraph: 20_000,
  /** All of a document's text: 105,446 characters in the longest real report (Leicester's 2015). */
  documentText: 1_000_000,
  /** "What needs to improve": 49 points in the longest list (Cornwall's 2018 JTAI letter). */
  improvements: 500,
  /** Sentences referring back, per finding or article: 2 in a real finding, 5 in a real article. */
  priorReferences: 100,
  /** A news article's points: 26 in the real Portsmouth article. */
  points: 500,
  /** Earlier grades an article names: 4 in the fixtures. */
  priorGrades: 100,
  /** A round-up's authorities: there are 153. */
  roundUp: 200,
  /** A name (an authority, an inspector) or a label: 37 characters in the longest real authority's. */
  name: 300,
  /** A headline: 105 characters in the fixtures. */
  headline: 1_000,
  /** An address a page sends: far more than any report's or article's. */
  address: 8_192,
  /** A page's whole text handed to the overlay (only news pages send it): the real article's page is 7 KB. */
  pageText: 3_000_000,
  /** The reports an authority's page lists: a few dozen at most. */
  listedReports: 500,
  /** What the library answers: links per finding (8 documents for the authority with most in the corpus), the history's rows. */
  linksPerFinding: 40,
  history: 200,
  /** A linked sentence as the library answers it: 985 characters in the longest real one (Slough's 2016 report); longer is cut. */
  linkedSentence: 4_000,
  /** Terms and themes a link lists. */
  linkTerms: 100,
} as const;
