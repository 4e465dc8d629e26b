// How each kind of Ofsted document is titled, and where its title names the authority. The
// recognisers test the titles, the parser reads the authority from them, and the text cleaner
// keeps a title's first appearance though a running header repeats it.
import type { Report } from '../schema/domain';

/** An apostrophe, straight or curly, as Ofsted's documents and the news write it. */
export const APOS = `['’]`;

/**
 * ILACS: "Inspection of Portsmouth City Council local authority children's services" (2019–),
 * "Inspection of Kent County Council children's services", and the 2018–19 title under the
 * council's name, "Inspection of children's social care services" (real-pdf/inspection/80454_cornwall_cs-inspection_2019-11-05.pdf).
 */
export const ILACS_TITLE = new RegExp(String.raw`\bInspection of (?:(?!services for\b).{2,80}? )?(?:local authority )?children${APOS}s (?:social care )?services\b`);
/**
 * A report titled with the body that runs the authority's children's services, a trust or company:
 * "Inspection of Sandwell Children's Trust", "Inspection of Slough Children First" (the register
 * knows these names). The name is the first group.
 */
// The name never runs over an authority's "children's services" title to a trust named after it.
export const TRUST_TITLE = new RegExp(String.raw`\bInspection of (?!local authority\b|children)((?:(?!\bservices\b).){2,60}? (?:Children${APOS}s (?:Services )?Trust|Children and Families Trust|Children First))\b`);
export const SIF_TITLE = /Inspection of services for children in need of help and protection,? children looked after and care leavers/i;
// A letter's title at the start of a line after any spaces, for the recognisers' tests. The spaces
// are a line's own (white space but no line break), so that each line is read once: with \s*, each
// line start of a run of blank lines would read on through the rest of the run (quadratic in the
// head of a page of blank lines), to find a title that the line after the run starts anyway.
const LINE_SPACE = String.raw`[^\S\r\n\u2028\u2029]`;
export const FOCUSED_VISIT_TITLE = new RegExp(String.raw`^${LINE_SPACE}*Focused visit to .{2,80}? children${APOS}s services`, 'im');
export const MONITORING_VISIT_TITLE = new RegExp(String.raw`^${LINE_SPACE}*Monitoring visit (?:to|of) .{2,80}? children${APOS}s services`, 'im');
export const JTAI_TITLE = new RegExp(String.raw`^${LINE_SPACE}*Joint targeted area inspection (?:of|in)\b`, 'im');

const LETTER_OPENINGS = String.raw`Focused visit to|Monitoring visit (?:to|of)|Joint targeted area inspection`;
/** A letter's title (a focused or monitoring visit, a JTAI), a paragraph of its own. */
export const LETTER_TITLE = new RegExp(String.raw`^(?:${LETTER_OPENINGS})\b`, 'i');
/** Any report's or letter's title as a line starts it. */
export const REPORT_TITLE = new RegExp(String.raw`^(?:Inspection of|${LETTER_OPENINGS})\b`, 'i');

/** Where each kind names its authority, read on the opening with its lines run together (titles wrap anywhere in a PDF). */
export const AUTHORITY_IN_TITLE: Record<Report['kind'], readonly RegExp[]> = {
  ilacs: [
    TRUST_TITLE,
    new RegExp(String.raw`\bInspection of (?!local authority\b|children)(.{2,80}?) (?:local authority )?children${APOS}s services\b`),
    // 2018–19: the council's name above "Inspection of children's social care services".
    new RegExp(String.raw`^(.{3,80}?) Inspection of (?:local authority )?children${APOS}s (?:social care )?services\b`),
  ],
  sif: [/^(.{3,80}?) (?:Re-)?inspection of services for children in need\b/i],
  // The letter's title is a paragraph of its own ("Focused visit to Slough Children First",
  // real-pdf/focused-visit/80553_slough_focused-visit_2022-02-22.pdf, names the trust and no services).
  'focused-visit': [new RegExp(String.raw`^Focused visit to (.+?)(?: (?:local authority )?children${APOS}s services)?\.?$`, 'im')],
  'monitoring-visit': [new RegExp(String.raw`^Monitoring visit (?:to|of) (.+?)(?: (?:local authority )?children${APOS}s services)?\.?$`, 'im')],
  jtai: [
    // The last " in " names the area: "… response to sexual abuse in the family in Bracknell Forest"
    // (real-pdf/jtai/80436_bracknell-forest_jtai_2019-03-08.pdf).
    /^Joint targeted area inspection of .{5,200} in (.+?)\.?$/im,
    /^Joint targeted area inspection of (?!the\b)(.{3,60}?)\.?$/im,
  ],
};
