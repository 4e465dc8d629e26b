// Which earlier paragraphs a later one links to. A later paragraph may speak of several matters the earlier report treated apart ("homeless 16-
// and 17-year-olds …, kinship care …, foster carer recruitment …"): each gets its own earlier
// paragraph, and an earlier paragraph is linked once per finding. (A finding that states no change
// and names no inspection keeps one link per inspection: prior-links-gold.test.ts holds that on
// the real pairs.) A statement about the service as a whole, under the leaders' judgement, speaks
// to where the earlier report summed up its leaders. Paragraphs are ours, worded as Ofsted's reports word them.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { linkFindings } from '../../utils/core/link/link-findings';
import { findPriorReferences } from '../../utils/core/link/prior-references';
import type { Report } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';

const portsmouth = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as Report;

type Judgement = Report['findings'][number]['judgement'];

function reportOf(start: string, judgement: Judgement | Judgement[], paragraphs: string[]): Report {
  const judgementOf = (i: number) => (Array.isArray(judgement) ? judgement[i]! : judgement);
  return {
    ...portsmouth,
    inspection: { start, end: start },
    findings: paragraphs.map((text, i) => ({ id: `p${i + 1}`, number: i + 1, judgement: judgementOf(i), text, priorReferences: findPriorReferences(text) })),
  };
}

const EARLIER = reportOf('2018-10-15', 'helpAndProtection', [
  'Homeless 16- and 17-year-olds wait too long for an assessment of their needs, and not all are told of their rights to be accommodated.',
  'Kinship carers are not assessed quickly enough, and some connected carers wait months for support.',
  'Foster carer recruitment is strong, and foster carers receive good training and support from their supervising social workers.',
  'Return home interviews are offered to children who go missing, and the information is used well to reduce risk.',
  'Ensure that care leavers are told about their health histories.',
]);

const linksOf = (paragraphs: string[]) => {
  const later = reportOf('2023-07-03', 'helpAndProtection', paragraphs);
  return linkFindings(later, [{ source: 'https://files.ofsted.gov.uk/v1/file/2018', doc: EARLIER }]).get('p1') ?? [];
};

describe('a later paragraph on several matters', () => {
  it('links each matter a sentence lists to the earlier paragraph on it, with its own clause’s change', () => {
    const links = linksOf([
      'Since the last inspection, homeless 16- and 17-year-olds now receive a prompt assessment, the assessment of kinship carers has improved and foster carer recruitment remains steady.',
    ]);
    expect(links.map((l) => [l.number, l.relation]).sort()).toEqual([[1, 'improved'], [2, 'improved'], [3, 'sustained']]);
  });

  it('links each sentence that refers back or states a change to its own earlier paragraph, each earlier paragraph once', () => {
    const links = linksOf([
      'Homeless 16- and 17-year-olds are now assessed quickly and told of their rights, which is an improvement since the last inspection. Kinship carers and connected carers continue to wait for their assessments. Homeless young people no longer wait for an assessment.',
    ]);
    expect(links.map((l) => [l.number, l.relation]).sort()).toEqual([[1, 'improved'], [2, 'persisting']]);
  });

  it('reads an earlier recommendation ("Ensure that …") as a weakness then', () => {
    const links = linksOf(['Since the last inspection, care leavers are now routinely told about their health histories.']);
    expect(links.map((l) => [l.number, l.relation])).toEqual([[5, 'improved']]);
  });
});

/** The links one later paragraph (2023, under a judgement) makes to an earlier report of 2019. */
const linkerTo = (earlier: Report) => (judgement: Judgement, text: string) =>
  linkFindings(reportOf('2023-01-31', judgement, [text]), [{ source: 'https://files.ofsted.gov.uk/v1/file/2019', doc: earlier }]).get('p1') ?? [];

describe('a statement about the service as a whole', () => {
  const earlier = reportOf('2019-05-08', ['helpAndProtection', 'helpAndProtection', 'leaders', 'leaders'], [
    'The quality of social work with children in need of help and protection is variable, and assessments are not always updated.',
    'Management oversight of social work is not consistently recorded.',
    'Senior leaders have been slow to understand the weaknesses in social work practice, and the quality of social work has not improved quickly enough.',
    'The workforce is stable, and caseloads are manageable for most social workers.',
  ]);
  const linked = linkerTo(earlier);

  it('links a change in the whole service, under the leaders’ judgement, to the earlier report’s first paragraph on its leaders', () => {
    expect(linked('leaders', 'There is improvement in the quality of social work in Portsmouth.').map((l) => [l.number, l.relation])).toEqual([[3, 'improved']]);
  });

  it('leaves a statement naming a matter to the paragraphs on that matter', () => {
    expect(linked('leaders', 'Management oversight of social work has improved and is now consistently recorded.').map((l) => l.number)).toEqual([2]);
  });
});

describe('words the earlier report uses everywhere', () => {
  const topics = ['early help', 'the front door', 'strategy meetings', 'child protection conferences', 'assessments', 'pre-proceedings', 'exploitation', 'fostering', 'adoption', 'care leavers’ housing'];
  const earlier = reportOf('2019-05-08', 'helpAndProtection', topics.map((topic) => `Partnership working on ${topic} is effective, and partners share information well.`));
  const linked = (text: string) =>
    linkFindings(reportOf('2023-01-31', 'helpAndProtection', [text]), [{ source: 'https://files.ofsted.gov.uk/v1/file/2019', doc: earlier }]).get('p1') ?? [];

  it('link nothing by themselves: a change in partnership working, every paragraph’s words, is not tied to one of them', () => {
    expect(linked('Partnership working has been strengthened since the last inspection.')).toEqual([]);
  });

  it('leave the link to the word that names the matter', () => {
    expect(linked('Partnership working on exploitation has been strengthened since the last inspection.').map((l) => l.number)).toEqual([7]);
  });
});

describe('a sentence that says its matter elsewhere', () => {
  const earlier = reportOf('2019-05-08', ['helpAndProtection', 'helpAndProtection', 'helpAndProtection', 'leaders'], [
    'Strategy discussions are timely, but they lack the involvement of all relevant agencies.',
    'Child protection plans are reviewed in core groups, and the attendance of partner agencies at reviews is good.',
    'Children who are at risk of exploitation are protected well by their social workers.',
    'Leaders know their services well and have acted on weaknesses in practice.',
  ]);
  const linked = linkerTo(earlier);

  it('takes a short change sentence naming no matter to the matter of the sentence before', () => {
    const links = linked('helpAndProtection', 'When risks escalate, needs are considered in prompt multi-agency strategy meetings. Attendance of partner agencies has improved since the last inspection.');
    expect(links.map((l) => [l.number, l.relation])).toEqual([[1, 'improved']]);
  });

  it('takes "several key areas" to the matter named in the next sentence, as well as the leaders’ summary', () => {
    const links = linked('leaders', 'Since 2019, leaders have strengthened services in several key areas of practice. Work to safeguard older children from exploitation is a particular strength.');
    expect(links.map((l) => l.number).sort()).toEqual([3, 4]);
  });
});

describe('a statement about care leavers as a whole', () => {
  const earlier = reportOf('2018-10-15', 'inCareAndCareLeavers', [
    'Children come into care when it is in their best interests.',
    'Foster carers are well supported and trained.',
    'Care leavers benefit from a specialist service that is increasingly responsive to their needs.',
    'Care leavers’ pathway plans are co-produced with them.',
  ]);

  it('links to the first paragraph that opens on care leavers, where a section shared with children in care sums them up', () => {
    const later = reportOf('2023-07-03', 'careLeavers', ['The pace of change and progress for care leavers has been too slow.']);
    const links = linkFindings(later, [{ source: 'https://files.ofsted.gov.uk/v1/file/2018', doc: earlier }]).get('p1') ?? [];
    expect(links.map((l) => [l.number, l.relation])).toEqual([[3, 'persisting']]);
  });
});
