// Two of Portsmouth's inspections side by side, from Ofsted's own PDFs read as the reader reads them:
// 2018 and 2023 (different frameworks), and 2014's SIF report beside 2023's for what needs to improve.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../scripts/read-document';
import { analyseDocument } from '../../utils/core/analyse';
import { linkFindings } from '../../utils/core/link/link-findings';
import { compareToMarkdown } from '../../utils/core/model/compare-markdown';
import { compareModel, type CompareModel } from '../../utils/core/model/compare-model';
import type { Report } from '../../utils/core/schema/domain';
import { InspectionRecordSchema, type InspectionRecord } from '../../utils/core/schema/storage';
import { REAL_PDF } from '../helpers/fixtures';

const FILES = { '2014-09-01': '50004280', '2018-10-15': '50002412', '2023-07-03': '50222964' } as const;
type Published = keyof typeof FILES;
const source = (published: Published) => `https://files.ofsted.gov.uk/v1/file/${FILES[published]}`;

let records: InspectionRecord[];
beforeAll(async () => {
  records = await Promise.all(
    (Object.keys(FILES) as Published[]).map(async (published) => {
      const document = analyseDocument(await readDocument(resolve(REAL_PDF, `inspection/80539_portsmouth_cs-inspection_${published}.pdf`))) as Report;
      return InspectionRecordSchema.parse({ source: source(published), provenance: 'ofsted-pdf', site: 'files.ofsted.gov.uk', kind: document.kind, authorityKey: document.authorityKey, start: document.inspection!.start, document, storedAt: 0 });
    }),
  );
});
const doc = (published: Published) => records.find((r) => r.source === source(published))!.document as Report;

describe('Portsmouth’s 2023 inspection beside its 2018 inspection', () => {
  let model: CompareModel;
  beforeAll(() => {
    model = compareModel(records, source('2023-07-03'))!;
  });

  it('takes 2018 as the earlier inspection, the latest graded one before 2023, not 2014', () => {
    expect(model.earlier).toMatchObject({ source: source('2018-10-15'), date: '3 September 2018', name: '2018' });
    expect(model.later).toMatchObject({ date: '15 May 2023', name: '2023' });
  });

  it('gives each judgement both grades and its direction, 2018’s children in care and care leavers standing for 2023’s two', () => {
    expect(model.judgements.map((r) => `${r.label}: ${r.earlier}${r.earlierLabel ? ` (${r.earlierLabel})` : ''} → ${r.later}, ${r.directionWords}`)).toEqual([
      'Impact of leaders: good → good, Same',
      'Help and protection: good → outstanding, Up',
      'Children in care: good (Children in care and care leavers) → good, Same',
      'Care leavers: good (Children in care and care leavers) → requires-improvement, Down',
      'Overall effectiveness: good → good, Same',
    ]);
  });

  it('finds none of 2023’s three points for improvement among 2018’s: each new, and 2018’s three no longer listed', () => {
    expect(model.improvements.map((m) => m.status)).toEqual(['new', 'new', 'new', 'no-longer-listed', 'no-longer-listed', 'no-longer-listed']);
    expect(model.improvements.filter((m) => m.status === 'new').map((m) => m.later)).toEqual(doc('2023-07-03').improvements);
    expect(model.improvements[3]!.earlier).toBe('The length of time that children are subject to pre-proceedings.');
  });

  it('lists every link the linker makes, once, under its relation and matter, still to improve first', () => {
    const links = [...linkFindings(doc('2023-07-03'), [{ source: source('2018-10-15'), doc: doc('2018-10-15') }]).values()].flat();
    const shown = model.findings.flatMap((g) => g.matters.flatMap((m) => m.findings.map((f) => ({ relation: g.relation, matter: m.matter, ...f }))));
    expect(shown).toHaveLength(links.length);
    expect(model.findings[0]!.heading).toBe('Still to improve');
    for (const link of links) expect(shown).toContainEqual(expect.objectContaining({ relation: link.relation, matter: link.matter, earlierNumber: link.number, laterSentence: link.at, earlierSentence: link.sentence }));
  });

  it('puts paragraph 40 on care leavers’ education, employment and training (“identified in the 2018 inspection”) under still to improve', () => {
    const eet = model.findings.find((g) => g.relation === 'persisting')!.matters.find((m) => m.matter === "Care leavers' education, employment and training")!;
    const p40 = eet.findings.find((f) => f.laterNumber === 40)!;
    expect(p40).toMatchObject({ explicit: true, earlierNumber: 29, laterHref: `reader.html?src=${encodeURIComponent(source('2023-07-03'))}#p40` });
    expect(p40.earlierSentence).toMatch(/employment, education and training rates for care leavers are too low/);
    expect(doc('2018-10-15').findings.find((f) => f.number === 29)!.text).toContain(p40.earlierSentence);
  });

  it('writes it as Markdown with the authority, both dates and the judgement table', () => {
    const markdown = compareToMarkdown(model);
    expect(markdown.startsWith('# Portsmouth: inspections of 3 September 2018 and 15 May 2023 compared\n')).toBe(true);
    expect(markdown).toContain('| Care leavers | Good (as children in care and care leavers) | Requires improvement | Down |');
    expect(markdown).toContain('### New in 2023');
    expect(markdown).toContain('### Still to improve');
  });
});

describe('Portsmouth’s 2023 inspection beside its 2014 SIF inspection', () => {
  it('pairs what needs to improve where both speak of the same matter: care leavers’ health histories, and parental consent', () => {
    const model = compareModel(records, source('2023-07-03'), source('2014-09-01'))!;
    const both = model.improvements.filter((m) => m.status === 'both');
    expect(both.map((m) => m.matter)).toEqual(["Care leavers' health histories", 'Recording']);
    expect(both[0]!.earlier).toMatch(/every care leaver has a copy of their health histories/);
    expect(both[1]!.earlier).toMatch(/^Ensure that parental consent is consistently sought/);
    expect(both[1]!.later).toBe('The recording of the rationale for decision-making when dispensing with parental consent.');
    expect(model.improvements.filter((m) => m.status === 'new').map((m) => m.later)).toEqual([doc('2023-07-03').improvements[2]]);
  });

  it('compares 2014’s separate judgements with 2023’s, and says which 2014 gave and 2023 did not', () => {
    const model = compareModel(records, source('2023-07-03'), source('2014-09-01'))!;
    const row = (label: string) => model.judgements.find((r) => r.label === label)!;
    expect(row('Children in care')).toMatchObject({ earlier: 'good', earlierLabel: 'Children looked after', later: 'good', directionWords: 'Same' });
    expect(row('Care leavers')).toMatchObject({ earlier: 'requires-improvement', earlierLabel: null, later: 'requires-improvement', directionWords: 'Same' });
    expect(row('Adoption performance')).toMatchObject({ earlier: 'good', later: null, directionWords: 'Not judged in 2023' });
  });
});
