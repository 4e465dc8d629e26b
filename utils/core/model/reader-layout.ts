// What the reader draws, worked out from what the parser read: the document's head (title, dates,
// lead inspector, and a letter's date and addressee, shown as such), the judgement table drawn
// from the parsed grades under the vocabulary's names, a contents bar, and the body. The front
// page's pieces of the judgement table, its contents page and Ofsted's own address are left out:
// the table is drawn from the grades, and the rest is furniture.
import { authorityName } from '../authorities/authority-name';
import { dateRangeInWords, datesInWords } from '../dates';
import { JUDGEMENT_LABELS, JUDGEMENT_ORDER } from '../vocabulary/judgements';
import { ILACS_TITLE, REPORT_TITLE, SIF_TITLE } from '../vocabulary/titles';
import { runTogether } from '../text/text-blocks';
import { CONTENTS_HEADING, labelOfPieces, readerBlocks, type ReaderBlock } from '../report/reader-blocks';
import type { Grade, JudgementKey, ParsedDocument } from '../schema/domain';
import { givesNoOverallGrade, NO_OVERALL_NOTE, TABLE_UNREAD_NOTE } from './panel-model';

export type ReaderHead = {
  /** The authority by the register's name ("Portsmouth"), as every view names it; else the report's title. */
  title: string;
  /** The report's title under it ("Inspection of Portsmouth City Council local authority children’s services"), or what a SIF report's says after the authority's name ("Inspection of services for children in need…"). */
  subtitle: string | null;
  /** "Inspection dates: 15 to 19 May 2023", as the report words it, or the parsed dates in words. */
  dates: string | null;
  published: string | null;
  leadInspector: string | null;
  /** A SIF report's "The overall judgement is that children's services are good". */
  overall: string | null;
  /** A letter's date, addressee and greeting: shown as a letter's, never as headings. */
  letter: { date: string | null; to: string[]; greeting: string | null } | null;
};

export type ReaderTableRow = { judgement: JudgementKey; label: string; grade: Grade };
export type ReaderTable = { rows: ReaderTableRow[]; note: string | null };
export type ContentsEntry = { id: string; label: string };
export type LaidOutBlock = ReaderBlock & { id: string };

export type ReaderLayout = {
  head: ReaderHead;
  table: ReaderTable;
  contents: ContentsEntry[];
  blocks: LaidOutBlock[];
};

const LETTER_KINDS = new Set(['focused-visit', 'monitoring-visit', 'jtai']);
const HEAD_FIELD = /\b(Inspection dates?|Inspection visit dates?|Dates of (?:inspection|visit)|Report published|Lead inspectors?)\s*:\s*/gi;
const OVERALL_SENTENCE = /The overall judgement is (?:that (?:the )?children[’']s services (?:in \S+(?: \S+)? )?(?:are |is )?)?(?:requires? improvement(?: to be good)?|good|outstanding|inadequate)\.?/i;
const LSCB_REVIEW = /^(?:and\s+)?Review of the effectiveness of the local safeguarding children board\.?$/i;
const INSPECTOR_ROLE = /^(?:Her|His) Majesty[’']s Inspector$/;
const TABLE_INTRO = /^The judgements on areas of the service that contribute to overall effectiveness are:?$/i;
const CONTENTS_LINE = /^\D.{1,120}?[\s.]\d{1,3}$/;
const OFSTED_ADDRESS = /^Ofsted$|Piccadilly Gate|Store Street|^Manchester$|M1 2WD|Aviation House|Kingsway|WC2B 6SE|Agora|Cumberland Place|Nottingham|NG1 6HJ|0300 ?123|Textphone|enquiries@ofsted|gov\.uk\/ofsted|www\.ofsted/i;
const DATE_LINE = /^\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}$/;
const LETTER_SECTION = /^(?:Overview|Headline findings|Main findings|Areas for priority action)$/i;
const IMPROVE = /^What (?:needs to improve|does the (?:local authority|LSCB|council) need to improve)/i;

const textOf = (block: ReaderBlock) => ('text' in block ? block.text : 'cells' in block ? block.cells.join(' ') : block.lines.join(' '));

/** A block's words split at the head's fields: the text before any field, then each field and its words. */
function headPieces(text: string): { before: string; fields: Array<[string, string]> } {
  const marks = [...text.matchAll(HEAD_FIELD)];
  const before = marks.length ? text.slice(0, marks[0]!.index) : text;
  const fields = marks.map((m, i): [string, string] => [m[1]!.toLowerCase(), text.slice(m.index! + m[0].length, marks[i + 1]?.index ?? text.length).trim()]);
  return { before: before.trim(), fields };
}

/** Whether a contents page's line: a heading and its page number ("Summary of findings 3"). */
const isContentsLine = (block: ReaderBlock) =>
  (block.type === 'table-row' && /^\d{1,3}$/.test(block.cells.at(-1)!.trim())) || ((block.type === 'heading' || block.type === 'paragraph') && CONTENTS_LINE.test(block.text));

function withoutContentsPages(blocks: ReaderBlock[]): ReaderBlock[] {
  const kept: ReaderBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!CONTENTS_HEADING.test(textOf(blocks[i]!).trim())) {
      kept.push(blocks[i]!);
      continue;
    }
    while (i + 1 < blocks.length && isContentsLine(blocks[i + 1]!)) i += 1;
  }
  return kept;
}

function emptyHead(): ReaderHead {
  return { title: '', subtitle: null, dates: null, published: null, leadInspector: null, overall: null, letter: null };
}

/** The head's fields from the front's blocks; what is not the head is handed back. */
function readHead(front: ReaderBlock[], doc: ParsedDocument | null): { head: ReaderHead; rest: ReaderBlock[] } {
  const head = emptyHead();
  const rest: ReaderBlock[] = [];
  const isLetter = !!doc && LETTER_KINDS.has(doc.kind);
  let titleAt = 0;
  if (isLetter) {
    const at = front.findIndex((b) => b.type !== 'table-row' && REPORT_TITLE.test(textOf(b)));
    titleAt = at === -1 ? 0 : at;
    const letter = { date: null as string | null, to: [] as string[], greeting: null as string | null };
    for (const block of front.slice(0, titleAt)) {
      const text = textOf(block).trim();
      if (block.type === 'table-row' || OFSTED_ADDRESS.test(text)) continue;
      if (!letter.date && DATE_LINE.test(text)) letter.date = text;
      else if (/^Dear\b/.test(text)) letter.greeting = text;
      else letter.to.push(text);
    }
    head.letter = titleAt > 0 ? letter : null;
  }
  const title: string[] = [];
  /** Whether the block before was the title's: a title wraps over blocks in some PDFs. */
  let lastWasTitle = false;
  front.slice(titleAt).forEach((block, i) => {
    if (block.type !== 'heading' && block.type !== 'paragraph') return rest.push(block);
    const overall = OVERALL_SENTENCE.exec(block.text);
    if (overall) head.overall ??= overall[0].replace(/\.$/, '');
    const { before, fields } = headPieces(overall ? block.text.slice(0, overall.index) : block.text);
    for (const [field, value] of fields) {
      if (!value) continue;
      if (field.startsWith('report published')) head.published ??= value;
      else if (field.startsWith('lead inspector')) head.leadInspector ??= value;
      else head.dates ??= `${field[0]!.toUpperCase()}${field.slice(1)}: ${value}`;
    }
    // The title: the first block, and what carries it on: the rest of a title cut in two ("Inspection of North East Lincolnshire" /
    // "Council local authority children’s services"), the report's name under the authority's ("Leicester City" / "Inspection of
    // services…"), or the LSCB review under it.
    const sofar = title.join(' ');
    const carriesOn =
      lastWasTitle &&
      !!before &&
      ((!ILACS_TITLE.test(sofar) && ILACS_TITLE.test(`${sofar} ${before}`)) ||
        (!REPORT_TITLE.test(sofar) && !SIF_TITLE.test(sofar) && (SIF_TITLE.test(before) || REPORT_TITLE.test(before))) ||
        LSCB_REVIEW.test(runTogether(before)));
    const titleLike = i === 0 || carriesOn;
    lastWasTitle = titleLike && !fields.length && !overall;
    // "Lead inspector: Paula Thomson-Jones" over "Her Majesty’s Inspector" (the 2018–19 reports); dates that run onto a line of their own.
    if (!fields.length && head.leadInspector && INSPECTOR_ROLE.test(before)) head.leadInspector = `${head.leadInspector}, ${before}`;
    else if (!fields.length && head.dates && / (?:to|and|–)$/.test(head.dates) && DATE_LINE.test(before)) head.dates = `${head.dates} ${before}`;
    else if (titleLike && before) title.push(runTogether(before));
    else if (before && !TABLE_INTRO.test(before)) rest.push(fields.length || overall ? { type: 'paragraph', text: before, page: block.page } : block);
    const after = overall ? block.text.slice(overall.index + overall[0].length).trim() : '';
    if (after) rest.push({ type: 'paragraph', text: after, page: block.page });
  });
  const whole = title.join(' ');
  // "Leicester City Inspection of services for children in need…": the authority as the title, the rest under it.
  const cut = REPORT_TITLE.test(whole) ? -1 : whole.search(/ (?:Re-)?[Ii]nspection of /);
  const written = (cut > 0 ? whole.slice(0, cut) : whole) || (doc?.authority ?? '');
  const name = doc && doc.kind !== 'news' ? authorityName(doc.authorityKey) : null;
  head.title = name ?? written;
  head.subtitle = cut > 0 ? whole.slice(cut + 1) : name && written !== name ? written : null;
  if (doc && doc.kind !== 'news') {
    head.leadInspector ??= doc.leadInspector;
    const { start, end } = doc.inspection ?? {};
    if (!head.dates && start && end) head.dates = `${isLetter ? 'Visit date' : 'Inspection date'}${start === end ? '' : 's'}: ${dateRangeInWords(start, end)}`;
  }
  // The dates said as every view says them ("15 to 19 May 2023"), however the report wrote them.
  if (head.dates) head.dates = head.dates.replace(/(: )(.*)$/, (_, colon: string, value: string) => `${colon}${datesInWords(value)}`);
  return { head, rest };
}

function tableOf(doc: ParsedDocument | null): ReaderTable {
  if (!doc || doc.kind === 'news' || doc.gradesRead === 'ungraded') return { rows: [], note: null };
  if (doc.gradesRead === 'unsure') return { rows: [], note: TABLE_UNREAD_NOTE };
  const rows = JUDGEMENT_ORDER.flatMap((judgement) => {
    const grade = doc.grades[judgement];
    return grade ? [{ judgement, label: JUDGEMENT_LABELS[judgement], grade }] : [];
  });
  return { rows, note: givesNoOverallGrade(doc) ? NO_OVERALL_NOTE : null };
}

/** The body's blocks, with a box of judgement pieces become the heading it is ("…children who need help and protection" and its grade). */
function bodyBlock(block: ReaderBlock, doc: ParsedDocument | null): ReaderBlock[] {
  if (block.type !== 'judgement-pieces') return [block];
  const grades = doc && doc.kind !== 'news' && doc.gradesRead === 'read' ? doc.grades : {};
  if (block.judgements.length === 1) {
    const judgement = block.judgements[0]!;
    return [{ type: 'heading', text: labelOfPieces(block.lines), page: block.page, judgement, grade: grades[judgement] ?? null }];
  }
  return block.judgements.map((judgement) => ({ type: 'heading', text: JUDGEMENT_LABELS[judgement], page: block.page, judgement, grade: grades[judgement] ?? null }));
}

function contentsOf(blocks: LaidOutBlock[]): ContentsEntry[] {
  const entries: Array<ContentsEntry & { at: number }> = [];
  for (const judgement of JUDGEMENT_ORDER) {
    const headings = blocks.filter((b): b is Extract<LaidOutBlock, { type: 'heading' }> => b.type === 'heading' && b.judgement === judgement);
    // Its section: the heading that states its grade, or else its last (a summary names judgements before their sections).
    const section = headings.find((h) => h.grade) ?? headings.at(-1);
    if (section) entries.push({ id: section.id, label: JUDGEMENT_LABELS[judgement], at: blocks.indexOf(section) });
  }
  const seen = new Set<string>();
  blocks.forEach((block, at) => {
    if (block.type !== 'heading') return;
    const label = IMPROVE.test(block.text) ? (/\bLSCB\b/.test(block.text) ? `What the ${JUDGEMENT_LABELS.lscb.toLowerCase()} needs to improve` : 'What needs to improve') : LETTER_SECTION.test(block.text) ? block.text : null;
    if (!label || seen.has(label)) return;
    seen.add(label);
    entries.push({ id: block.id, label, at });
  });
  return entries.sort((a, b) => a.at - b.at).map(({ at: _at, ...entry }) => entry);
}

/**
 * `pages`: the pages read so far, first page first (the reader lays out page 1 as soon as it is
 * read, then the rest as it comes); `doc`: what the parser read from them.
 */
export function readerLayout(pages: readonly string[], doc: ParsedDocument | null): ReaderLayout {
  // Blocks with no letter or digit (a rule drawn with underscores) are furniture too.
  const blocks = withoutContentsPages(readerBlocks(pages, doc)).filter((b) => /[\p{L}\p{N}]/u.test(textOf(b)));
  const graded = !!doc && doc.kind !== 'news' && doc.gradesRead !== 'ungraded';
  const frontEnd = blocks.findIndex((b) => b.page > 1);
  const front = frontEnd === -1 ? blocks : blocks.slice(0, frontEnd);
  const { head, rest } = readHead(front, doc);
  const table = tableOf(doc);
  // The front page's table pieces: the table is drawn from the grades the parser read.
  const frontBody = graded ? rest.filter((b) => b.type !== 'judgement-pieces') : rest;
  const body = [...frontBody, ...(frontEnd === -1 ? [] : blocks.slice(frontEnd))].flatMap((b) => bodyBlock(b, doc));
  const laidOut = body.map((block, i) => ({ ...block, id: `s${i}` }));
  return { head, table, contents: contentsOf(laidOut), blocks: laidOut };
}
