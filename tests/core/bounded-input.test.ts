// What a page can send is capped, and so is what the library answers: a document above the caps
// (too many findings, a paragraph or a whole text too long, too many points) is refused as a
// message, and the context the background answers carries the earlier sentence, never a whole
// paragraph, however long the earlier document's paragraphs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, analyseDocument, BEYOND_CAPS } from '../../utils/core/analyse';
import { recordOfRead } from '../../utils/core/library-identity';
import { priorContext } from '../../utils/core/link/prior-context';
import { CAPS } from '../../utils/core/schema/caps';
import type { NewsArticle, Report } from '../../utils/core/schema/domain';
import { BackgroundMessageSchema, type BackgroundMessage } from '../../utils/core/schema/messages';
import { realFixture } from '../helpers/fixtures';
import { sampleNote } from '../helpers/notes';

const report = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as Report;
const article = analyseDocument({ text: realFixture('portsmouth-news-2018.txt') }) as NewsArticle;
const report2018 = analyseDocument({ text: readFileSync(resolve(import.meta.dirname, '../e2e/fixtures/portsmouth-ilacs-2018-synthetic.txt'), 'utf8') }) as Report;
const PAGE = 'https://www.cypnow.co.uk/news/article/portsmouth';

const remember = (document: unknown) => BackgroundMessageSchema.safeParse({ type: 'remember-document', source: PAGE, document }).success;
const accepted = (message: unknown) => BackgroundMessageSchema.safeParse(message).success;
/** The report with every paragraph `times` over. */
const repeated = (times: number): Report => ({ ...report, findings: report.findings.map((f) => ({ ...f, text: Array<string>(times).fill(f.text).join(' ') })) });

describe('what a page may send', () => {
  it('takes a real report and a real article as they are', () => {
    expect(remember(report)).toBe(true);
    expect(remember(article)).toBe(true);
    expect(accepted({ type: 'prior-context', source: PAGE, report })).toBe(true);
  });

  it('refuses a report with more findings than the cap', () => {
    const findings = Array.from({ length: CAPS.findings + 1 }, (_, i) => ({ id: `p${i + 1}`, number: i + 1, judgement: null, text: 'A short paragraph.', priorReferences: [] }));
    expect(remember({ ...report, findings: findings.slice(0, CAPS.findings) })).toBe(true);
    expect(remember({ ...report, findings })).toBe(false);
    expect(accepted({ type: 'prior-context', source: PAGE, report: { ...report, findings } })).toBe(false);
  });

  it('refuses a paragraph longer than the cap, and a whole text longer than its cap though each paragraph is within', () => {
    const longest = Math.max(...report.findings.map((f) => f.text.length));
    expect(remember(repeated(Math.floor(CAPS.paragraph / (longest + 1))))).toBe(true);
    expect(remember(repeated(Math.ceil(CAPS.paragraph / longest) + 1))).toBe(false);
    const paragraph = 'Social workers visit children regularly. '.repeat(Math.floor(CAPS.paragraph / 41));
    const count = Math.ceil(CAPS.documentText / paragraph.length) + 1;
    const findings = Array.from({ length: count }, (_, i) => ({ id: `p${i + 1}`, number: i + 1, judgement: null, text: paragraph, priorReferences: [] }));
    expect(findings.length).toBeLessThan(CAPS.findings);
    expect(remember({ ...report, findings })).toBe(false);
  });

  it('refuses an article with too many points, a headline too long, or a round-up of more authorities than there are', () => {
    const points = Array.from({ length: CAPS.points + 1 }, () => article.points[0]!);
    expect(remember({ ...article, points })).toBe(false);
    expect(remember({ ...article, headline: 'Portsmouth '.repeat(CAPS.headline) })).toBe(false);
    const entry = { authority: 'Portsmouth', authorityKey: 'portsmouth', urn: '80539', grades: {}, reports: null };
    expect(remember({ ...article, isRoundUp: true, roundUp: Array.from({ length: CAPS.roundUp + 1 }, () => entry) })).toBe(false);
  });

  it('refuses an address, a page’s text, a note’s edit or an authority key above the caps', () => {
    const long = `${PAGE}?q=${'x'.repeat(CAPS.address)}`;
    expect(accepted({ type: 'remember-document', source: long, document: article })).toBe(false);
    expect(accepted({ type: 'notes-for-url', url: long })).toBe(false);
    const page = (text: string): BackgroundMessage => ({ type: 'show-overlay', input: { reading: { kind: 'news', page: { url: PAGE, text } }, collapsed: null } });
    expect(accepted(page('News.'))).toBe(true);
    expect(accepted(page('x'.repeat(CAPS.pageText + 1)))).toBe(false);
    const note = sampleNote();
    expect(accepted({ type: 'update-note', id: note.id, edit: { comment: 'x'.repeat(20_001) } })).toBe(false);
    expect(accepted({ type: 'update-note', id: note.id, edit: { tags: Array.from({ length: 51 }, (_, i) => `tag${i}`) } })).toBe(false);
    expect(accepted({ type: 'delete-note', id: 'x'.repeat(100_000) })).toBe(false);
    expect(accepted({ type: 'inspections-for', authorityKey: 'a'.repeat(CAPS.name + 1) })).toBe(false);
  });
});

describe('what the reader reads', () => {
  it('cuts a paragraph longer than the cap and marks the cut, reading the rest of the report', () => {
    const text = realFixture('portsmouth-ilacs-2023.txt');
    const opening = report.findings[0]!.text.slice(0, 30);
    const bloated = analyseDocument({ text: text.replace(opening, `${opening}${'safeguarding'.repeat(3_000)}`) }) as Report;
    expect(bloated.findings[0]!.text).toHaveLength(CAPS.paragraph);
    expect(bloated.findings[0]!.text.endsWith(' …')).toBe(true);
    expect(bloated.findings.length).toBe(report.findings.length);
    expect(bloated.grades).toEqual(report.grades);
  });

  it('says why, instead of throwing, when a report holds more than any report does: a lead inspector’s name of a thousand words', () => {
    const text = realFixture('portsmouth-ilacs-2023.txt').replace(/Lead inspector: [^\n]*/, `Lead inspector: ${'Ann '.repeat(1_000)}`);
    expect(analyse({ text })).toEqual({ doc: null, reason: BEYOND_CAPS });
    expect(analyseDocument({ text })).toBeNull();
  });
});

describe('what the library answers', () => {
  it('carries the earlier sentence and its paragraph’s number, not the paragraph', () => {
    const library = [recordOfRead({ source: 'https://files.ofsted.gov.uk/v1/file/50002412', via: 'extension' }, report2018, 1)!];
    const links = priorContext(report, { source: 'https://files.ofsted.gov.uk/v1/file/50222964', via: 'extension' }, library).links.flatMap(([, l]) => l);
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      expect(link).not.toHaveProperty('text');
      expect(link.number).toEqual(expect.any(Number));
      expect(report2018.findings.find((f) => f.number === link.number)!.text).toContain(link.sentence);
    }
  });

  it('cuts a linked sentence longer than its cap, from an earlier document whose paragraphs are one sentence each at the paragraph cap', () => {
    const unending = (text: string) => text.replace(/[.!?]/g, ',').padEnd(CAPS.paragraph - 1, ' and more,').slice(0, CAPS.paragraph - 1) + '.';
    const earlier = { ...report2018, findings: report2018.findings.map((f) => ({ ...f, text: unending(f.text) })) };
    expect(remember(earlier)).toBe(true);
    const library = [recordOfRead({ source: 'https://files.ofsted.gov.uk/v1/file/50002412', via: 'extension' }, earlier, 1)!];
    const context = priorContext(report, { source: 'https://files.ofsted.gov.uk/v1/file/50222964', via: 'extension' }, library);
    const sentences = context.links.flatMap(([, links]) => links.map((l) => l.sentence));
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(sentence.length).toBeLessThanOrEqual(CAPS.linkedSentence);
    expect(sentences.some((s) => s.endsWith('…'))).toBe(true);
  });
});
