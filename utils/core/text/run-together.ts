// Lines that hold what were many: a report pasted into one paragraph of a web page, or a .txt file
// with each paragraph (or the whole document) on one line, "… have improved. The experiences and
// progress of children in care: good 11. Children enter care appropriately …". What pdf.js would
// have set on lines of their own is found again from what starts one: a numbered paragraph (the
// next number, or a list restarting at 1), a list item after a sentence's end, and the heading a
// paragraph ends with before one of them.
import { BULLET_GLYPHS } from '../vocabulary/bullets';
import { anyCase, GRADE_PATTERN } from '../vocabulary/grades';
import { GRADED_SENTENCE_INSIDE, HEADING_START, HEADING_WITH_GRADE } from '../vocabulary/judgement-wordings';

// A candidate start inside a line: a paragraph number ("12.") or a bullet, between white spaces.
// (The white space after it is looked at, not taken: "… they reach 18. <U+F0B7> Effective support
// …" is a point after a sentence ending in a number, real-pdf/inspection/80460_derbyshire_cs-inspection_2014-02-11.pdf.)
const ITEM_INSIDE = new RegExp(String.raw`\s(?:(\d{1,3})\.|[${BULLET_GLYPHS}])(?=\s\S)`, 'g');
const LEADING_NUMBER = /^(\d{1,3})\.\s/;
const AFTER_SENTENCE = /[.!?:;]["”’')]?$/;
// A dash or an asterisk may stand in a sentence; the other glyphs only start a point, after a
// heading as well as a sentence ("What needs to improve <U+F06E> Assessment of children’s needs …",
// real-pdf/inspection/80498_haringey_cs-inspection_2018-12-14.pdf with its lines run together).
const DASHES = /[-–*]/;
/** How far back a heading may start before the item it heads (parse-report's HEADING_MAX_LENGTH). */
const HEADING_LENGTH = 200;
// Not a colon: a heading may hold one ("… help and protection: outstanding").
// Nor a bracket, unless a capital follows: a point ending "(outcome 4, national framework)" before
// its section's heading (real-pdf/inspection/80526_north-east-lincolnshire_cs-inspection_2025-09-03.pdf on one line).
// Nor a paragraph's number ("7. Looked after reviews are too often delayed" before "8. …",
// real-pdf/inspection/80558_southampton_cs-inspection_2014-09-15.pdf: the point, not a heading).
const SENTENCE_ENDS = /(?<!(?:^|\s)\d{1,3})[.!?;]["”’')]?\s|\)\s(?=\p{Lu})/gu;
// A section's heading names it in a few words ("What needs to improve in this area of social work
// practice", the longest, has 11); a judgement's heading may run to twenty, and ends with its grade
// ("The experiences and progress of children who need help and protection: requires improvement to
// be good"). Longer words after a paragraph's last full stop are its last sentence, its full stop
// left out ("… proportionate to children’s needs 35. The implementation …",
// real-pdf/inspection/80539_portsmouth_cs-inspection_2018-10-15.pdf on one line).
const HEADING_WORDS = 12;
/** A list's sub-heading ("Adoption", "Child protection medicals"). */
const SUBHEADING_WORDS = 4;
const ENDS_WITH_GRADE = new RegExp(String.raw`\b(?:${GRADE_PATTERN})$`, 'i');

/** The heading a piece ends with: the words after its last sentence, short and not a sentence. */
function headingAtEnd(piece: string): number | null {
  const from = Math.max(0, piece.length - HEADING_LENGTH);
  const tail = piece.slice(from);
  let start = -1;
  SENTENCE_ENDS.lastIndex = 0;
  for (let end = SENTENCE_ENDS.exec(tail); end; end = SENTENCE_ENDS.exec(tail)) start = end.index + end[0].length;
  // A point's cross-reference after its sentence is no heading: "… with their families. (enabler 2,
  // national framework)", real-pdf/focused-visit/80503_hounslow_focused-visit_2025-08-29.pdf on one line.
  if (start <= 0 || /[.;:]["”’')]?$/.test(tail) || tail[start] === '(') return null;
  const heading = tail.slice(start).trimEnd();
  if (heading.split(/\s+/).length > HEADING_WORDS && !ENDS_WITH_GRADE.test(heading)) return null;
  return from + start;
}

// The headings Ofsted's reports and letters set their sections under, after a sentence's end and
// before the next sentence's first word: "… recent audit activity. Overview Senior managers …"
// (real-pdf/focused-visit/80498_haringey_focused-visit_2020-01-21.pdf with each paragraph on one
// line), or before its first point, a colon after it or not ("… across the East Riding of
// Yorkshire. What needs to improve: ◼ The accuracy of …", real-pdf/inspection/80466_east-riding-of-yorkshire_cs-inspection_2020-03-13.pdf
// on one line). A heading that is a judgement's name is read by the report's own reader (rowsApart).
const SECTION_HEADINGS = [
  'Overview', 'Headline findings', 'Main findings', 'Findings', 'Summary', 'Executive summary', 'Key [Ss]trengths',
  'Areas for improvement', 'Areas for priority action', 'Next steps', 'Recommendations', 'Evaluation of progress',
  'Leadership and [Mm]anagement', 'What does the (?:local authority|LSCB) need to improve\\??', 'Summary for children and young people', 'Information about this inspection',
  'Information about this local authority area', 'What needs to improve(?: in this area of social work practice)?[:?]?',
  '(?:Case|Practice) study: (?:[Hh]ighly effective practice|[Ee]ffective practice|[Aa]reas?(?:\\(s\\))? (?:for|of) improvement)',
  'All names are pseudonyms\\.?', 'The Local Safeguarding Children Board \\(LSCB\\)',
  // The heads a SIF report's judgement boxes stand under ("Key judgement<TAB>Judgement grade", 2014–15).
  'Inspection judgements about the [Ll]ocal [Aa]uthority', 'Key [Jj]udgement [Jj]udgement [Gg]rade',
  // And the parts of a 2014 SIF report, and what its judgements mean after its findings.
  'Section \\d: (?:[Tt]he local authority|[Tt]he effectiveness of the [Ll]ocal [Ss]afeguarding [Cc]hildren [Bb]oard(?: \\(LSCB\\))?)',
  'What the (?:local authority )?inspection judge?ments mean(?:: the (?:local authority|LSCB))?',
  'The effectiveness of the LSCB (?:is |requires )(?:good|outstanding|inadequate|requires improvement|improvement)\\.?', 'Key strengths and weaknesses(?: of the LSCB)?',
];
// One of them after another is set apart too ("… The effectiveness of the LSCB requires improvement
// Areas for improvement <U+F0B7> Ensure …", real-pdf/inspection/80460_derbyshire_cs-inspection_2014-02-11.pdf on one line).
const AFTER_HEADING = `(?:${SECTION_HEADINGS.join('|')}) `;
// After a sentence's end or a point's closing cross-reference ("… domestic abuse. (outcome 3,
// national framework) Main findings …", real-pdf/focused-visit/80534_nottinghamshire_focused-visit_2026-01-12.pdf
// on one line), and before a sentence's first word or a point's glyph (not a dash: "Summary – …"
// may be a sentence; "What needs to improve in this area of social work practice: <U+F06E> The
// consideration …", real-pdf/focused-visit/80466_east-riding-of-yorkshire_focused-visit_2018-10-04.pdf).
// A heading of three words or more, its later words never capitalised, stands out anywhere: after a
// sentence that lost its full stop, or after another heading ("… a full picture of children’s needs
// Practice study: area(s) for improvement A 15-year-old boy …", real-pdf/jtai/80428_bedford_jtai_2023-03-31.pdf;
// "Practice study: highly effective practice All names are pseudonyms In the case of …",
// real-pdf/jtai/80436_bracknell-forest_jtai_2019-03-08.pdf; "There are no areas for priority action
// Areas for improvement ◼ …", real-pdf/jtai/80454_cornwall_jtai_2018-11-23.pdf). A shorter one may
// stand inside a sentence ("the Overview and Scrutiny Committee"), and so may one whose words a
// name capitalises ("the Leadership and Management Board").
const POINT_GLYPHS = BULLET_GLYPHS.replace(/[-–*]/g, '');
const standsOut = (heading: string) => heading.split(' ').length >= 3 && !/ \[?\p{Lu}/u.test(heading);
const [LONG_HEADINGS, SHORT_HEADINGS] = [true, false].map((long) => SECTION_HEADINGS.filter((heading) => standsOut(heading) === long).join('|'));
// (What stands before a heading is looked at where one is found, not as a lookbehind tried at every
// place in every line.)
const HEADING_INSIDE = new RegExp(String.raw`(?:(?<short>${SHORT_HEADINGS})|(?<=^| )(?:${LONG_HEADINGS}))(?= [${POINT_GLYPHS}A-Z‘“'"]| ?$)`, 'g');
const BEFORE_SECTION = new RegExp(String.raw`(?:^|[.!?]["”’')]? |\) |${AFTER_HEADING})$`);
// A graded report's judgement heading with its grade, its box's lines run together, after a
// sentence's end (not a numbered row's "1.", but "… accommodation post 18.") or a section heading: "… this is very good. The
// experiences and progress of children who need help and Good protection Summary Services …" (a
// SIF report on one line; its heading and the rest are parted by the report's reader, rowsApart).
// (What may stand before it is looked at only where a heading is found: as a lookbehind, tried
// at every place in every line, it took most of a report's reading time.)
// (And the heading is tried only where a label's first words stand: tried at every place of a
// line, its thousands of alternatives took most of a report's reading time.)
const JUDGEMENT_AT = new RegExp(String.raw`${HEADING_WITH_GRADE}\.?(?= [${POINT_GLYPHS}A-Z‘“'"\d]| ?$)`, 'y');
const LABEL_STARTS = new RegExp(HEADING_START.source, 'g');

/** The judgement headings in a line, tried where a label starts. */
function judgementHeadingsIn(line: string): Array<{ index: number; text: string }> {
  const found: Array<{ index: number; text: string }> = [];
  for (const start of line.matchAll(LABEL_STARTS)) {
    if (found.length > 0 && start.index < found.at(-1)!.index + found.at(-1)!.text.length) continue;
    JUDGEMENT_AT.lastIndex = start.index;
    const heading = JUDGEMENT_AT.exec(line);
    if (heading) found.push({ index: start.index, text: heading[0] });
  }
  return found;
}
const BEFORE_JUDGEMENT = new RegExp(String.raw`(?:^|(?<!(?:^| )\d)[.!?]["”’')]? |\) |${AFTER_HEADING})$`);
/** How far back BEFORE_JUDGEMENT looks (its longest heading, and some). */
const BEFORE_LENGTH = 200;
// A SIF section's heading worded as a sentence (GRADED_SENTENCE), after a sentence's end: "… once
// they have reached the age of 18. The graded judgement for adoption performance is requires
// improvement 77. Adoption performance …" (real-pdf/inspection/80498_haringey_cs-inspection_2014-07-18.pdf on one line).
const GRADED_INSIDE = new RegExp(
  String.raw`(?<=[.!?]["”’')]? |\) )${GRADED_SENTENCE_INSIDE}\.?(?= [${POINT_GLYPHS}A-Z‘“'"\d]| ?$)`,
  'g',
);
const STATES_GRADE = new RegExp(String.raw`\b(?:${anyCase(GRADE_PATTERN)})\b`);
// A heading worded as a sentence ("… help and protection are good", the SIF reports of 2013–14)
// only where a paragraph's number or a point follows it: the same words end sentences too
// ("Adoption performance is good. Children are identified …").
const AS_A_SENTENCE = / (?:is|are) /;
const POINT_OR_PARAGRAPH_NEXT = new RegExp(String.raw`^ (?:\d{1,3}\. |[${POINT_GLYPHS}])`);

/** Where a line's known headings start and end, in order. */
function headingsIn(line: string): Array<{ index: number; text: string }> {
  const sections = [...line.matchAll(HEADING_INSIDE)]
    .filter((match) => !match.groups?.short || BEFORE_SECTION.test(line.slice(Math.max(0, match.index - BEFORE_LENGTH), match.index)))
    .map((match) => ({ index: match.index, text: match[0] }));
  const judgements = judgementHeadingsIn(line).filter(
    ({ index, text }) =>
      STATES_GRADE.test(text) &&
      BEFORE_JUDGEMENT.test(line.slice(Math.max(0, index - BEFORE_LENGTH), index)) &&
      (!AS_A_SENTENCE.test(text) || POINT_OR_PARAGRAPH_NEXT.test(line.slice(index + text.length))),
  );
  const graded = /graded judge?ment/.test(line) ? [...line.matchAll(GRADED_INSIDE)].map((match) => ({ index: match.index, text: match[0] })) : [];
  return [...sections, ...judgements, ...graded]
    .sort((a, b) => a.index - b.index)
    .filter((heading, i, all) => i === 0 || heading.index >= all[i - 1]!.index + all[i - 1]!.text.length);
}

// Sentences that open a paragraph of a focused visit's letter, set apart where a point runs into
// them, its last one nothing else ends once run together: the letter's account of the visit's
// evidence (32 real letters, every one since 2021), after the points listing what the visit looked
// at, which may have no full stop ("◼ keeping in touch ◼ care leaver local offer This visit was
// carried out in line with …", real-pdf/focused-visit/80466_east-riding-of-yorkshire_focused-visit_2024-07-12.pdf
// on one line); and its closing (60 of the 61 real letters), which may follow its last point
// (real-pdf/focused-visit/80534_nottinghamshire_focused-visit_2018-02-22.pdf). Not after a sentence
// of the same paragraph (real-pdf/focused-visit/80552_shropshire_focused-visit_2019-09-27.pdf).
const PARAGRAPH_OPENINGS = ['This visit was carried out in line with', 'Ofsted will take the findings from this'];
const OPENING_INSIDE = new RegExp(String.raw` (?=(?:${PARAGRAPH_OPENINGS.join('|')})\b)`, 'g');
const POINT_INSIDE = new RegExp(String.raw`(?:^|\s)[${BULLET_GLYPHS}]\s`);

/** A piece with each known paragraph opening that a point runs into on a line of its own. */
function openingsApart(piece: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const opening of piece.matchAll(OPENING_INSIDE)) {
    if (!POINT_INSIDE.test(piece.slice(from, opening.index))) continue;
    pieces.push(piece.slice(from, opening.index));
    from = opening.index + 1;
  }
  pieces.push(piece.slice(from));
  return pieces;
}

/** A line's known headings, and the paragraphs that open with known words, each on a line of their own. */
function headingsApart(line: string): string[] {
  if (line.length < 60) return [line];
  const pieces: string[] = [];
  let from = 0;
  for (const heading of headingsIn(line)) {
    pieces.push(line.slice(from, heading.index).trimEnd(), heading.text);
    from = heading.index + heading.text.length + 1;
  }
  pieces.push(line.slice(from));
  return pieces.flatMap(openingsApart).filter(Boolean);
}

const POINT = new RegExp(String.raw`^[${BULLET_GLYPHS}]\s`);
// A sentence's end inside a point, before the next sentence's first word.
const SENTENCE_INSIDE = /[.!?]["”’')]?\s+(?=[\p{Lu}‘“'"])/u;

/**
 * A list introduced by a sentence ending in a colon, each point of it one sentence or phrase
 * ("… with a particular focus on: ◼ Decision-making for children in long-term care. ◼ The
 * experiences of disabled children in care.", the points listing what a focused visit looked at,
 * real-pdf/focused-visit/80436_bracknell-forest_focused-visit_2024-01-12.pdf): run together, the
 * paragraph after it runs into its last point, which ends, like the points before it, at its first
 * sentence's end. The pieces with that paragraph apart.
 */
function lastPointEnded(pieces: readonly string[]): string[] {
  const isPoint = (piece: string | undefined) => piece !== undefined && POINT.test(piece);
  return pieces.flatMap((piece, i) => {
    if (!isPoint(piece) || isPoint(pieces[i + 1])) return [piece];
    let first = i;
    while (isPoint(pieces[first - 1])) first -= 1;
    const intro = pieces[first - 1];
    const onePhraseEach = pieces.slice(first, i).every((earlier) => !SENTENCE_INSIDE.test(earlier.trimEnd()));
    const end = SENTENCE_INSIDE.exec(piece);
    if (first === i || intro === undefined || !/:\s*$/.test(intro) || !onePhraseEach || !end) return [piece];
    return [piece.slice(0, end.index + end[0].trimEnd().length), piece.slice(end.index + end[0].length)];
  });
}

/** The lines with every line that holds several paragraphs, headings or list items split into them, a blank line between. */
export function splitRunTogether(given: readonly string[]): string[] {
  const out: string[] = [];
  let expected = 1;
  const lines = given.flatMap((line) => {
    const pieces = headingsApart(line);
    return pieces.length === 1 ? pieces : pieces.flatMap((piece, i) => (i === 0 ? [piece] : ['', piece]));
  });
  lines.forEach((line, at) => {
    const lead = LEADING_NUMBER.exec(line);
    if (lead) expected = Number(lead[1]) + 1;
    let from = 0;
    const pieces: string[] = [];
    ITEM_INSIDE.lastIndex = 0;
    for (let item = ITEM_INSIDE.exec(line); item; item = ITEM_INSIDE.exec(line)) {
      const number = item[1] === undefined ? null : Number(item[1]);
      const before = line.slice(Math.max(from, item.index - 2), item.index);
      const glyph = line[item.index + 1]!;
      const starts = number === null ? !DASHES.test(glyph) || AFTER_SENTENCE.test(before) : number === expected || number === 1;
      if (!starts) continue;
      const piece = line.slice(from, item.index);
      const heading = headingAtEnd(piece);
      if (heading === null) pieces.push(piece);
      else pieces.push(piece.slice(0, heading).trimEnd(), piece.slice(heading));
      from = item.index + 1;
      if (number !== null) expected = number + 1;
    }
    pieces.push(line.slice(from));
    const last = pieces.pop()!;
    pieces.push(...subheadingApart(last, lines[at + 1], expected));
    lastPointEnded(pieces).forEach((piece, i) => {
      if (i > 0) out.push('');
      out.push(piece);
    });
  });
  return out;
}

/**
 * A list's sub-heading that pdf.js set at the end of the line before the next numbered point
 * ("… going missing from home and care. Adoption" / "17. Complete the review …",
 * real-pdf/inspection/80558_southampton_cs-inspection_2014-09-15.pdf; "Child protection medicals",
 * real-pdf/inspection/80538_plymouth_cs-inspection_2015-01-06.pdf): a few words after a sentence,
 * apart, as they read with the point on the same line.
 */
function subheadingApart(piece: string, next: string | undefined, expected: number): string[] {
  if (next === undefined || Number(LEADING_NUMBER.exec(next)?.[1]) !== expected) return [piece];
  const heading = headingAtEnd(piece);
  if (heading === null || piece.slice(heading).split(/\s+/).length > SUBHEADING_WORDS) return [piece];
  return [piece.slice(0, heading).trimEnd(), piece.slice(heading)];
}
