// Stage two: blocks to a report. Reads the title, dates and lead inspector from the front,
// the judgement table, "What needs to improve", and every numbered finding under its heading.
import { authorityKey } from '../authority';
import { parseInspectionDates } from '../dates';
import { gradeFromWords } from '../grades';
import { findPriorReferences } from '../prior-references';
import {
  ReportSchema,
  type Finding,
  type Framework,
  type Grades,
  type JudgementKey,
  type Report,
} from '../schema';
import { judgementFromLabel, splitLabelAndRest } from './judgements';
import { textToBlocks } from './text-blocks';

export type ReportKind = Report['kind'];

const AUTHORITY_IN_TITLE: Record<ReportKind, RegExp> = {
  ilacs: /^Inspection of (.+?) local authority children['’]s services\b/i,
  sif: /^(?!Inspection of services)(.{3,80}?(?:Council|Borough of .{3,40}))$/i,
  'focused-visit': /^Focused visit to (.+?) children['’]s services\b/i,
  'monitoring-visit': /^Monitoring visit (?:to|of) (.+?) children['’]s services\b/i,
  jtai: /^Joint targeted area inspection of .{5,200}? in (.+?)\.?$/i,
};
const END_OF_REPORT = [
  /^The Office for Standards in Education, Children['’]s Services and Skills \(Ofsted\)/,
  /^If you would like a copy of this document/,
  /^You may reuse this information/,
  /^© Crown copyright/,
  /^Yours sincerely\b/,
];
const IMPROVEMENTS_HEADING = /^(?:What needs to improve\b|What does the (?:local authority|LSCB) need to improve\b|Areas? for (?:improvement|priority action)|What needs to improve in this area|Priority (?:and immediate )?actions?\b)/i;
// SIF wording: "The graded judgement about adoption performance is that it is good",
// "The effectiveness of the LSCB requires improvement".
const GRADED_JUDGEMENT_SENTENCE = /^The graded judgement about (.+?) is that (?:it|they) (?:is|are) (.+?)\.?$/i;
const LSCB_SENTENCE = /^The effectiveness of the (?:LSCB|local safeguarding children board)(?: \(LSCB\))? (?:is )?(.+?)\.?$/i;
const FRONT_MATTER_LIMIT = 40;
const NUMBERED = /^(\d{1,3})\.\s+(\S[\s\S]*)$/;
const BULLET = /^(?:[-•–*▪●■]|\d{1,3}\.)\s+(\S[\s\S]*)$/;
const HEADING_MAX_LENGTH = 200;

function sliceToEnd(blocks: string[]): string[] {
  const end = blocks.findIndex((block) => END_OF_REPORT.some((pattern) => pattern.test(block)));
  return end === -1 ? blocks : blocks.slice(0, end);
}

function readAuthority(blocks: string[], kind: ReportKind): string | null {
  const pattern = AUTHORITY_IN_TITLE[kind];
  for (const block of blocks.slice(0, FRONT_MATTER_LIMIT)) {
    const name = pattern.exec(block)?.[1]?.trim();
    if (name) return name.replace(/['’]s$/, '');
  }
  return null;
}

function readInspectionDates(blocks: string[]) {
  const front = blocks.slice(0, FRONT_MATTER_LIMIT);
  const labelled = front.find((block) => /^Inspection dates?\s*:/i.test(block));
  if (labelled) return parseInspectionDates(labelled);
  for (const block of front) {
    if (!/\b(?:visit|inspection|inspected)\b/i.test(block)) continue;
    const dates = parseInspectionDates(block);
    if (dates) return dates;
  }
  return null;
}

/** "Lead inspector: …" stands near the top of ILACS reports and under "The inspection team" at the end of SIF ones. */
function readLeadInspector(blocks: string[]): string | null {
  for (const block of blocks) {
    const name = /^Lead inspector\s*:\s*([^,\t]+)/i.exec(block)?.[1]?.trim();
    if (name) return name;
  }
  return null;
}

/** A judgement heading or table row: the judgement, and its grade when the line states one. */
function readJudgementLine(block: string): { key: JudgementKey; grade: ReturnType<typeof gradeFromWords> } | null {
  if (block.length > HEADING_MAX_LENGTH) return null;
  const sentence = GRADED_JUDGEMENT_SENTENCE.exec(block);
  if (sentence) {
    const key = judgementFromLabel(sentence[1]!);
    const grade = gradeFromWords(sentence[2]!);
    return key && grade ? { key, grade } : null;
  }
  const lscb = LSCB_SENTENCE.exec(block);
  if (lscb && gradeFromWords(lscb[1]!)) return { key: 'lscb', grade: gradeFromWords(lscb[1]!) };
  const split = splitLabelAndRest(block);
  if (!split) return null;
  const grade = split.rest ? gradeFromWords(split.rest) : null;
  if (split.rest && !grade) return null;
  return { key: split.key, grade };
}

function frameworkOf(kind: ReportKind, grades: Grades, sections: Set<JudgementKey>, start: string | undefined): Framework {
  if (kind === 'sif') return 'sif-2014';
  if (kind !== 'ilacs') return 'visit';
  const judged = new Set([...Object.keys(grades), ...sections]);
  if (judged.has('inCareAndCareLeavers')) return 'ilacs-2018';
  if (judged.has('inCare') || judged.has('careLeavers')) return 'ilacs-2023';
  return start !== undefined && start >= '2023-01-01' ? 'ilacs-2023' : 'ilacs-2018';
}

export function parseReport(text: string, kind: ReportKind): Report {
  const blocks = sliceToEnd(textToBlocks(text));
  const graded = kind === 'ilacs' || kind === 'sif';
  const grades: Grades = {};
  const sections = new Set<JudgementKey>();
  const improvements: string[] = [];
  const findings: Finding[] = [];

  let mode: 'front' | 'improvements' | 'findings' | 'other' = graded ? 'front' : 'findings';
  let section: JudgementKey | null = null;
  let lastFinding: { number: number; parts: string[]; judgement: JudgementKey | null } | null = null;
  const flush = () => {
    if (!lastFinding) return;
    const body = lastFinding.parts.join(' ');
    findings.push({
      id: `p${lastFinding.number}`,
      number: lastFinding.number,
      judgement: lastFinding.judgement,
      text: body,
      priorReferences: findPriorReferences(body),
    });
  };

  for (const block of blocks) {
    const judgementLine = graded ? readJudgementLine(block) : null;
    if (judgementLine) {
      // Table rows and headings both state grades; the first statement of a judgement stands.
      if (judgementLine.grade && !grades[judgementLine.key]) grades[judgementLine.key] = judgementLine.grade;
      // A table row on the front page states a grade; the same line in the body heads a section.
      const isHeading = (!block.includes('\t') || mode !== 'front') && judgementLine.key !== 'overall';
      // "The effectiveness of the LSCB requires improvement" grades a section already opened.
      if (isHeading && !LSCB_SENTENCE.test(block)) {
        flush();
        lastFinding = null;
        section = judgementLine.key;
        sections.add(section);
        mode = 'findings';
      }
      continue;
    }
    if (IMPROVEMENTS_HEADING.test(block)) {
      flush();
      lastFinding = null;
      mode = 'improvements';
      continue;
    }
    if (mode === 'improvements') {
      const item = BULLET.exec(block)?.[1];
      if (item) improvements.push(item);
      // A heading after the list: back to the findings of the section we are in (the LSCB's
      // "Inspection findings", a visit letter's "Main findings"), or out of the list.
      else if (block.length < HEADING_MAX_LENGTH && !/[.!?]$/.test(block)) mode = section || !graded ? 'findings' : 'other';
      else if (improvements.length > 0) mode = section || !graded ? 'findings' : 'other';
      continue;
    }
    if (mode !== 'findings') continue;

    const numbered = NUMBERED.exec(block);
    const number = numbered ? Number(numbered[1]) : NaN;
    if (numbered && (!lastFinding || number > lastFinding.number)) {
      flush();
      lastFinding = { number, parts: [numbered[2]!], judgement: section };
    } else if (lastFinding && (block.length > 80 || /[.!?]["”’']?$/.test(block))) {
      // A paragraph broken by a page break between sentences continues the finding before it.
      lastFinding.parts.push(block);
    } else if (lastFinding && graded) {
      // An unknown sub-heading: what follows is not a finding of this judgement.
      flush();
      lastFinding = null;
      mode = 'other';
    }
  }
  flush();

  // A name with nothing in it to key ("???") is no authority.
  const named = readAuthority(blocks, kind);
  const authority = named && authorityKey(named) ? named : null;
  const inspection = readInspectionDates(blocks);
  return ReportSchema.parse({
    kind,
    framework: frameworkOf(kind, grades, sections, inspection?.start),
    authority,
    authorityKey: authority ? authorityKey(authority) : null,
    inspection,
    grades: graded ? grades : {},
    leadInspector: readLeadInspector(blocks),
    improvements,
    findings,
  });
}
