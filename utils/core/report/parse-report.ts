// Stage two: blocks to a report. Reads the title, dates and lead inspector from the front,
// the judgement table, "What needs to improve", and every numbered finding under its heading.
import { authorityKey } from '../authorities/authority-key';
import { allDates, parseInspectionDates } from '../dates';
import { gradeFromWords } from '../vocabulary/grades';
import { findPriorReferences, lastInspectionIn } from '../link/prior-references';
import type { Finding, Framework, Grade, Grades, GradesRead, InspectionDates, JudgementKey, PriorReference, Report } from '../schema/domain';
import { BULLET_GLYPHS } from '../vocabulary/bullets';
import { isTablePiece, onlyGradeWords, readJudgementTable, readTableRow, splitLeadingRow } from './judgement-table';
import { GRADED_SENTENCE, HEADING_START, HEADING_WITH_GRADE, judgementFromLabel, splitLabelAndRest } from '../vocabulary/judgement-wordings';
import { AUTHORITY_IN_TITLE, LETTER_TITLE } from '../vocabulary/titles';
import { readLscbJudgement, readSifOverall, statesLscbJudgement } from './sif-sentences';
import { normaliseText, runTogether, textToBlocks } from '../text/text-blocks';
import { cutParagraph } from '../text/cut-paragraph';

export type ReportKind = Report['kind'];

const END_OF_REPORT = [
  /^The Office for Standards in Education, Children['’]s Services and Skills \(Ofsted\)/,
  /^If you would like a copy of this document/,
  /^You may reuse this information/,
  /^© Crown copyright/,
  /^Yours sincerely\b/,
];
// A footnote's marker or a page number may stand before it, its own line lost ("1 What needs to improve?",
// real-pdf/inspection/80573_trafford_cs-inspection_2026-08-03.pdf with each paragraph on one line).
const IMPROVEMENTS_HEADING = /^(?:\d{1,2} )?(?:What needs to improve\b|What does the (?:local authority|LSCB) need to improve\b|Areas? for (?:improvement|priority action)|What needs to improve in this area|Priority (?:and immediate )?actions?\b)/i;
const FRONT_MATTER_LIMIT = 40;
const NUMBERED = /^(\d{1,3})\.\s+(\S[\s\S]*)$/;
const BULLET = new RegExp(String.raw`^(?:[${BULLET_GLYPHS}]|\d{1,3}\.)\s+(\S[\s\S]*)$`);
const HEADING_MAX_LENGTH = 200;
// Headings that close "What needs to improve" though a numbered paragraph follows (SIF: "Inspection findings – the LSCB").
const OTHER_SECTION = /\b(?:findings|strengths|summary|information about|progress since)\b/i;

// The same, inside a block whose lines were run together (a report pasted into one paragraph):
// after a sentence's end, the rest of the block is the closing boilerplate, or a letter's
// signature where it has no "Yours sincerely" ("… your next inspection or visit. Brenda
// McInerney Her Majesty’s Inspector", real-pdf/focused-visit/80428_bedford_focused-visit_2019-01-04.pdf on one line).
const SIGNATURE = String.raw`Yours? sincerely\b|(?:\p{Lu}[\p{L}’'-]+ ){1,3}(?:Her|His) Majesty['’]s Inspector\s*$`;
const END_INSIDE_BLOCK = new RegExp(String.raw`(?<=[.!?]["”’)]? )(?:${END_OF_REPORT.map((pattern) => pattern.source.slice(1)).join('|')}|${SIGNATURE})`, 'u');

function sliceToEnd(blocks: string[]): string[] {
  const end = blocks.findIndex((block) => END_OF_REPORT.some((pattern) => pattern.test(block)));
  const kept = end === -1 ? blocks : blocks.slice(0, end);
  const inside = kept.findIndex((block) => END_INSIDE_BLOCK.test(block));
  if (inside === -1) return kept;
  const cut = kept[inside]!.slice(0, END_INSIDE_BLOCK.exec(kept[inside]!)!.index).trimEnd();
  return [...kept.slice(0, inside), ...(cut ? [cut] : [])];
}

function readAuthority(blocks: string[], kind: ReportKind): string | null {
  const opening = blocks.slice(0, FRONT_MATTER_LIMIT);
  const flat = runTogether(opening.join(' '));
  for (const pattern of AUTHORITY_IN_TITLE[kind]) {
    const name = (pattern.multiline ? opening.map((b) => pattern.exec(b)?.[1]).find(Boolean) : pattern.exec(flat)?.[1])?.trim();
    if (name) return name.replace(/['’]s$/, '');
  }
  return null;
}

/**
 * An inspection held in parts, "30 September to 11 October 2024 and 13 to 16 January 2025"
 * ("5 to 9 December 2022 and 14 to 15 February 2023", real-pdf/inspection/80557_south-tyneside_cs-inspection_2023-05-10.pdf):
 * from the first part's first day to the last part's last. A part ends with its year, so "3 and 4
 * March 2021" stays one part. Null unless every part reads.
 */
function inParts(line: string): InspectionDates | null {
  const parts: string[] = [];
  let part = '';
  for (const piece of line.split(/\s+and\s+/)) {
    part = part ? `${part} and ${piece}` : piece;
    if (/\b\d{4}\s*$/.test(part)) {
      parts.push(part);
      part = '';
    }
  }
  if (parts.length < 2 || part.trim()) return null;
  const read = parts.map((p) => parseInspectionDates(p));
  if (read.some((dates) => dates === null)) return null;
  const dates = read as InspectionDates[];
  const start = dates.map((d) => d.start).sort()[0]!;
  const end = dates.map((d) => d.end).sort().at(-1)!;
  return { start, end };
}

function readInspectionDates(blocks: string[]) {
  const front = blocks.slice(0, FRONT_MATTER_LIMIT);
  const labelled = front.find((block) => /^Inspection dates?\s*:/i.test(block));
  if (labelled) return inParts(labelled) ?? parseInspectionDates(labelled);
  const visitBlocks = front.filter((block) => /\b(?:visit|inspection|inspected)\b|^Between\b/i.test(block));
  for (const block of visitBlocks) {
    const dates = parseInspectionDates(block);
    if (dates) return dates;
  }
  // A letter may give the days without the year ("Between 16 May and 20 May, Ofsted … undertook",
  // real-pdf/jtai/80492_croydon_jtai_2016-06-29.pdf): the year is the letter's, dated in its head
  // before its title, on a line of its own or, its lines run together, before the addressee's name.
  const title = front.findIndex((block) => LETTER_TITLE.test(block));
  const letterDate = (title === -1 ? [] : front.slice(0, title)).map((block) => allDates(block)[0]).find(Boolean);
  if (!letterDate) return null;
  for (const block of visitBlocks) {
    const dates = parseInspectionDates(block, Number(letterDate.slice(0, 4)));
    if (dates) return dates;
  }
  return null;
}

/** "Lead inspector: …" stands near the top of ILACS reports and under "The inspection team" at the end of SIF ones. */
function readLeadInspector(blocks: string[]): string | null {
  for (const block of blocks) {
    const plural = /^Lead inspectors\s*:\s*(.+)/i.exec(block)?.[1];
    if (plural) return leadInspectors(plural);
    const name = /^Lead inspector\s*:\s*([^,\t]+)/i.exec(block)?.[1]?.trim();
    if (name) return name;
  }
  return null;
}

// "Ruth Example, His Majesty's Inspector, and Daniel Example, His Majesty's Inspector" or "A and B, His Majesty's Inspectors".
const INSPECTOR_TITLE = /,?\s*(?:(?:His|Her) Majesty['’]s Inspectors?|HMIs?|Ofsted Inspectors?|Social Care Regulatory Inspectors?)\b/gi;

/** Two lead inspectors on one line, named "A and B" without their titles. */
function leadInspectors(line: string): string | null {
  const names = line
    .replace(INSPECTOR_TITLE, '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((name) => name.trim())
    .filter((name) => /\p{L}/u.test(name));
  return names.length > 0 ? names.join(' and ') : null;
}

/** A judgement heading or table row, with the grade the line states if it states one. */
function readJudgementLine(block: string): { key: JudgementKey; grade: Grade | null } | null {
  if (block.length > HEADING_MAX_LENGTH) return null;
  const sentence = GRADED_SENTENCE.exec(block);
  if (sentence) {
    const key = judgementFromLabel(sentence[1]!);
    return key ? { key, grade: gradeFromWords(sentence[2]!) } : null;
  }
  if (statesLscbJudgement(block)) return null;
  const split = splitLabelAndRest(block);
  // "… who need help and protection is good" (real-pdf/inspection/80539_portsmouth_cs-inspection_2018-10-15.pdf).
  const rest = split?.rest.replace(/^(?:is|are):?\s+/, '') ?? '';
  const grade = rest ? gradeFromWords(rest) : null;
  if (split && (!rest || grade)) return { key: split.key, grade };
  if (split && onlyGradeWords(rest)) return { key: split.key, grade: null };
  // A row whose label wrapped round its grade, the tab between its cells gone.
  return readTableRow(block);
}

function frameworkOf(kind: ReportKind, grades: Grades, sections: Set<JudgementKey>, start: string | undefined): Framework {
  if (kind === 'sif') return 'sif-2014';
  if (kind !== 'ilacs') return 'visit';
  const judged = new Set([...Object.keys(grades), ...sections]);
  if (judged.has('inCareAndCareLeavers')) return 'ilacs-2018';
  if (judged.has('inCare') || judged.has('careLeavers')) return 'ilacs-2023';
  return start !== undefined && start >= '2023-01-01' ? 'ilacs-2023' : 'ilacs-2018';
}

const endsSentence = (block: string) => /[.!?:;]["”’')]?$/.test(block);
const isHeading = (block: string) => block.length < HEADING_MAX_LENGTH && !endsSentence(block) && !BULLET.test(block);

type Body = { findings: Finding[]; improvements: string[]; sections: Set<JudgementKey>; headingGrades: Grades };

const isRowsRunTogether = (block: string) => block.length <= 2 * HEADING_MAX_LENGTH && NUMBERED.test(block) && isTablePiece(block, 2 * HEADING_MAX_LENGTH);
/** Where a row's label starts at the latest in a block that opens with it (after its number, or a grade's word). */
const LABEL_START_BY = 40;
// A numbered row whose grade pdf.js set round its label ("Requires" / "3. Leadership, management
// and governance" / "improvement", real-pdf/inspection/80498_haringey_cs-inspection_2014-07-18.pdf),
// its lines run together with what follows: "3. Leadership, management and governance improvement
// The effectiveness of …". The row, its grade's words after the label, and a capital after them.
const ROW_ROUND_ITS_GRADE = new RegExp(String.raw`^\d{1,3}\.\s+${HEADING_WITH_GRADE}(?:\s+(?:[Rr]equires?|[Ii]mprovement))+(?=\s+\p{Lu})`, 'u');

/** Long blocks that open with a judgement row, the row set apart (a heading run into its section). */
function rowsApart(blocks: readonly string[]): string[] {
  return boxesTogether(blocks).flatMap((block) => {
    // (A row opens with a label's words: no other block is tried.)
    if (!HEADING_START.test(block.slice(0, LABEL_START_BY))) return [block];
    const round = ROW_ROUND_ITS_GRADE.exec(block)?.[0];
    if (round) return [round, block.slice(round.length).trim()];
    // (A numbered row, whatever its length: "3. Leadership, management and governance Good
    // Contents The local authority …", the front page run into the contents.)
    // Nor a row with a heading after it in one short block ("The experiences and progress of children
    // who need help and Good protection Summary", a SIF box a paragraph to a line).
    if (block.length <= HEADING_MAX_LENGTH && !NUMBERED.test(block) && (!isHeading(block) || readJudgementLine(block))) return [block];
    const split = splitLeadingRow(block);
    // A numbered block is a row only where its label stands straight before its grade: the SIF
    // table's last row run into the summary after it ("3. Leadership, management and governance
    // Good Executive summary …", a SIF report on one line); a paragraph opening with a
    // judgement's words ("1. The experiences and progress of children … are good") is not.
    // ("33. The experience and progress of care leavers requires improvement to be good because, …",
    // real-pdf/inspection/80466_east-riding-of-yorkshire_cs-inspection_2023-03-24.pdf: its sentence goes on.)
    const row = split && (!NUMBERED.test(block) || (readJudgementLine(split.row)?.grade && !/^\p{Ll}/u.test(split.rest)));
    return row ? [split.row, split.rest] : [block];
  });
}

/**
 * A judgement's heading box that pdf.js set as two lines, its grade between its label's pieces
 * ("The experiences and progress of" / "Good children who need help and protection",
 * real-pdf/inspection/80436_bracknell-forest_cs-inspection_2017-07-14.pdf): one heading, as it
 * reads with its lines run together.
 */
function boxesTogether(blocks: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    const piece = (text: string) => isHeading(text) && !text.includes('\t') && !NUMBERED.test(text) && readJudgementLine(text) === null;
    if (next !== undefined && piece(block) && piece(next) && readJudgementLine(`${block} ${next}`) !== null) {
      out.push(`${block} ${next}`);
      i += 1;
    } else out.push(block);
  }
  return out;
}

/**
 * A graded report's body: every numbered paragraph is a finding, under the judgement heading it
 * stands below (null before the first, as in a SIF report's summary); the numbered and bulleted
 * points under "What needs to improve" are also its improvements.
 */
function readGradedBody(blocks: readonly string[]): Body {
  const findings: Finding[] = [];
  const improvements: string[] = [];
  const sections = new Set<JudgementKey>();
  const headingGrades: Grades = {};
  let section: JudgementKey | null = null;
  let improving = false;
  let pastFront = false;
  const bulleted: Array<{ judgement: JudgementKey; text: string }> = [];
  // The finding being read: a paragraph a page break split goes on in the blocks after it.
  const state: { open: { number: number; parts: string[]; judgement: JudgementKey | null } | null } = { open: null };
  const close = () => {
    const { open } = state;
    if (open) findings.push(finding(open.number, open.judgement, open.parts.join(' ')));
    state.open = null;
  };

  rowsApart(blocks).forEach((block, at, all) => {
    // The front page's table rows run together, no sentence among them ("2. Children looked after
    // and achieving Requires improvement permanence 2.1 Adoption performance Good 2.2 …", a SIF
    // report on one line): read by the table reader, no paragraph.
    if (isRowsRunTogether(block)) return;
    const numbered = NUMBERED.exec(block);
    const judgementLine = readJudgementLine(block);
    if (judgementLine) {
      // Front-page table rows state grades too; they are read by the table reader, not here.
      if (judgementLine.grade && !block.includes('\t') && judgementLine.key !== 'overall') headingGrades[judgementLine.key] ??= judgementLine.grade;
      // Sections follow the front page: its table rows ("1. Children who need help and protection",
      // "2.1 Adoption performance<TAB>Good") and the SIF title's "Review of the effectiveness of the
      // local safeguarding children board" open none; after it, SIF reports head sections with such rows.
      // Nor does a sub-heading of the list of what needs to improve ("Adoption", between its
      // points, real-pdf/inspection/80558_southampton_cs-inspection_2014-09-15.pdf): a section's
      // heading after that list states its grade.
      const subheading = improving && !judgementLine.grade;
      const opensSection = pastFront && !/^\d/.test(block) && judgementLine.key !== 'overall' && !subheading;
      if (opensSection) {
        close();
        section = judgementLine.key;
        sections.add(section);
        improving = false;
      }
      return;
    }
    if (IMPROVEMENTS_HEADING.test(block)) {
      close();
      improving = true;
      pastFront = true;
      return;
    }
    const number = numbered ? Number(numbered[1]) : NaN;
    const lastNumber = state.open?.number ?? findings.at(-1)?.number ?? 0;
    // The next number in sequence is a paragraph whatever its length (a numbered sub-heading of the
    // priorities, real-pdf/inspection/80553_slough_cs-inspection_2016-02-17.pdf); a number further on
    // must look like a paragraph, not a wrapped table row ("2. Children looked after and achieving").
    if (numbered && (number === lastNumber + 1 || (number > lastNumber && (endsSentence(block) || block.length > 80)))) {
      close();
      pastFront = true;
      state.open = { number, parts: [numbered[2]!], judgement: section };
      if (improving) improvements.push(cutParagraph(numbered[2]!));
      return;
    }
    const bullet = BULLET.exec(block)?.[1];
    if (improving && bullet && !numbered) {
      improvements.push(cutParagraph(bullet));
      return;
    }
    if (bullet && section && !state.open) {
      bulleted.push({ judgement: section, text: bullet });
      return;
    }
    // A point a page break split goes on after it ("… in the lives of the" / "12" / "children
    // concerned. However, …", "… identified that the" / "19" / "DSCB annual report …",
    // real-pdf/inspection/80460_derbyshire_cs-inspection_2014-02-11.pdf).
    const lastPoint = bulleted.at(-1);
    if (lastPoint && !state.open && (/^[a-z]/.test(block) || (!endsSentence(lastPoint.text) && !isHeading(block)))) {
      lastPoint.text = `${lastPoint.text} ${block}`;
      return;
    }
    if (isHeading(block)) {
      close();
      // A sub-heading within the list ("Priority and immediate action") keeps it open when points follow.
      const next = all[at + 1] ?? '';
      if (improving && (!BULLET.test(next) || OTHER_SECTION.test(block))) improving = false;
      return;
    }
    // A paragraph that a page break split between sentences continues the finding before it.
    state.open?.parts.push(block);
  });
  close();
  // The first SIF reports (2013–14) list their findings as bullets under each judgement, unnumbered
  // (real-pdf/inspection/80460_derbyshire_cs-inspection_2014-02-11.pdf): those are its findings, numbered in order.
  if (findings.length === 0) bulleted.forEach((point, i) => findings.push(finding(i + 1, point.judgement, point.text)));
  return { findings, improvements, sections, headingGrades };
}

/** The longest a letter's heading runs ("Responses to children missing and at risk of child sexual exploitation", 71 characters, is the longest in the real letters). */
const LETTER_HEADING_MAX_LENGTH = 90;
/**
 * A letter's heading is a short phrase standing alone. A paragraph that has lost its full stop is
 * longer, or holds a sentence's end before its last sentence: "This letter summarises the findings
 * of the focused visit … on 15 to 16 June 2022. Her Majesty’s Inspectors for this visit were …"
 * (real-pdf/focused-visit/80519_westminster_focused-visit_2022-07-20.pdf), "The response should set out
 * the actions for the partnership and, where appropriate, individual agencies" (real-pdf/jtai/80454_cornwall_jtai_2018-11-23.pdf).
 */
const isLetterHeading = (block: string) => isHeading(block) && block.length <= LETTER_HEADING_MAX_LENGTH && !/[.!?]["”’')]?\s+\p{Lu}/u.test(block);

// Letters (focused and monitoring visits, JTAIs): every paragraph from the title to the sign-off,
// numbered in order, and the points under its headed sections ("Headline findings", "Main
// findings"); the points listing what the visit looked at, before the first heading, are not findings.
function readLetterBody(blocks: readonly string[]): Body {
  const findings: Finding[] = [];
  const improvements: string[] = [];
  const title = blocks.findIndex((block) => LETTER_TITLE.test(block));
  let started = false;
  let improving = false;
  // Whether the block before was a point under an improvements heading.
  let afterPoint = false;
  const body = blocks.slice(title + 1);
  body.forEach((block, at) => {
    if (IMPROVEMENTS_HEADING.test(block) || isLetterHeading(block)) {
      started = true;
      improving = IMPROVEMENTS_HEADING.test(block);
      afterPoint = false;
      return;
    }
    const point = BULLET.exec(block)?.[1] ?? block;
    if (!started && point !== block) return;
    const isPoint = point !== block;
    if (improving && afterPoint && !isPoint) {
      // A paragraph between two points goes on with the one before: its last sentence set apart by
      // a page break, or, its lines run together, taken for the heading of the point after ("…
      // impact on practice ◼ The local authority …", real-pdf/jtai/80538_plymouth_jtai_2020-01-08.pdf on one line).
      // After the last point, the list has ended and the paragraph is the letter's (“Ofsted will take
      // the findings …”, real-pdf/focused-visit/80534_nottinghamshire_focused-visit_2018-02-22.pdf).
      if (BULLET.test(body[at + 1] ?? '')) {
        improvements.push(`${improvements.pop()!} ${block}`);
        return;
      }
      improving = false;
    }
    if (improving) improvements.push(point);
    else findings.push(finding(findings.length + 1, null, point));
    afterPoint = improving && isPoint;
  });
  return { findings, improvements, sections: new Set(), headingGrades: {} };
}

function finding(number: number, judgement: JudgementKey | null, text: string): Finding {
  const kept = cutParagraph(text);
  return { id: `p${number}`, number, judgement, text: kept, priorReferences: findPriorReferences(kept) };
}

/**
 * "This is an improvement since the last inspection." names no year, but the report says
 * elsewhere when its last inspection was ("… have improved since the last inspection in 2018",
 * paragraph 1 of real-pdf/inspection/80539_portsmouth_cs-inspection_2023-07-03.pdf): a reference
 * to the last or previous inspection (not a visit) takes that year, when the report gives one
 * year alone, and not after its own. Two years ("the previous inspection in 2011", "the previous
 * Ofsted inspection in 2013", real-pdf/inspection/80454_cornwall_cs-inspection_2016-06-27.pdf)
 * leave every such reference without one.
 */
function withLastInspectionYear(findings: Finding[], start: string | undefined): Finding[] {
  const references = findings.flatMap((f) => f.priorReferences);
  const stated = new Set(references.map((ref) => lastInspectionIn(ref.sentence)?.year ?? null).filter((year) => year !== null));
  const [year] = stated;
  if (stated.size !== 1 || year === undefined || (start !== undefined && year > Number(start.slice(0, 4)))) return findings;
  const unnamed = (ref: PriorReference) => ref.year === null && lastInspectionIn(ref.sentence) !== null;
  return findings.map((f) => (f.priorReferences.some(unnamed) ? { ...f, priorReferences: f.priorReferences.map((ref) => (unnamed(ref) ? { ...ref, year } : ref)) } : f));
}

/** The grades a graded report states, or none and 'unsure' when its table cannot be read. */
function readGrades(text: string, blocks: readonly string[], kind: 'ilacs' | 'sif', headingGrades: Grades): { grades: Grades; gradesRead: GradesRead } {
  const lines = normaliseText(text).split('\n');
  const table = readJudgementTable(lines);
  const grades: Grades = table?.status === 'read' ? { ...table.grades } : {};
  let sure = table?.status === 'read';
  // A judgement's heading in the body states its grade again: a table read wrongly shows here.
  for (const [key, grade] of Object.entries(headingGrades) as Array<[JudgementKey, Grade]>) {
    if (grades[key] && grades[key] !== grade) sure = false;
  }
  if (kind === 'sif') {
    const overall = readSifOverall([...lines, ...blocks]);
    const lscb = readLscbJudgement([...lines, ...blocks]);
    const stated: Grades = { ...(sure ? grades : {}), ...(overall ? { overall } : {}), ...(lscb ? { lscb } : {}) };
    return { grades: stated, gradesRead: sure ? 'read' : 'unsure' };
  }
  return sure ? { grades, gradesRead: 'read' } : { grades: {}, gradesRead: 'unsure' };
}

export function parseReport(text: string, kind: ReportKind): Report {
  const blocks = sliceToEnd(textToBlocks(text));
  const graded = kind === 'ilacs' || kind === 'sif';
  const body = graded ? readGradedBody(blocks) : readLetterBody(blocks);
  const { grades, gradesRead } = graded ? readGrades(text, blocks, kind, body.headingGrades) : { grades: {}, gradesRead: 'ungraded' as const };

  // A name with nothing in it to key ("???") is no authority.
  const named = readAuthority(blocks, kind);
  // A name the register does not know is kept as written, without a key; "???" is no name.
  const authority = named && /\p{L}/u.test(named) ? named : null;
  const inspection = readInspectionDates(blocks);
  return {
    kind,
    framework: frameworkOf(kind, grades, body.sections, inspection?.start),
    authority,
    authorityKey: authority ? authorityKey(authority) : null,
    inspection,
    grades,
    gradesRead,
    leadInspector: readLeadInspector(blocks),
    improvements: body.improvements,
    findings: withLastInspectionYear(body.findings, inspection?.start),
  };
}
