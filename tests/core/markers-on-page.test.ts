// The markers on a report's paragraphs (in linkedom): each right after the sentence it belongs to,
// one per earlier inspection, nothing on its host that tells the page what the library holds, and
// only those the filter shows on the page at all. And the panel's summary of them, with its controls.
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { drawPriorFindings, type PanelExtras } from '../../components/panel-view';
import { addFindingMarkers, MARKER_TAG } from '../../utils/browser/page/finding-markers';
import { mountPanel } from '../../utils/browser/page/mount-panel';
import { findingMarkers } from '../../utils/core/model/finding-markers';
import { panelModelForDocument } from '../../utils/core/model/panel-model';
import { withPriorFindings } from '../../utils/core/model/prior-findings';
import type { Finding, FindingLink, HistoryEntry, Report } from '../../utils/core/schema/domain';
import { dispatch, readerClick, scriptClick, shadowRootsAttachedBy } from '../helpers/page-input';

const PDF_2018 = 'https://files.ofsted.gov.uk/v1/file/50002412';
const PDF_2014 = 'https://files.ofsted.gov.uk/v1/file/50004280';
const LATER = 'https://files.ofsted.gov.uk/v1/file/50222964';
const TEXT = 'The number of care leavers in work is too low. This was identified in the 2018 inspection and remains a concern. Leaders have plans to improve it.';
const finding: Finding = { id: 'p40', number: 40, judgement: 'careLeavers', text: TEXT, priorReferences: [] };
const report = { findings: [finding] } satisfies Pick<Report, 'findings'>;

function link(fields: Partial<FindingLink>): FindingLink {
  return {
    inspection: '2018-09-03', year: 2018, source: PDF_2018, number: 29, sentence: 'Too few care leavers are in work.',
    at: 'This was identified in the 2018 inspection and remains a concern.', matter: 'Care leavers’ education, employment and training',
    relation: 'persisting', score: 5, themes: ['care-leavers-eet'], terms: ['care'], explicit: true, ...fields,
  };
}

function pageWith(html: string): { doc: Document; paragraph: HTMLElement } {
  const doc = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
  return { doc, paragraph: doc.querySelector('p')! };
}

/** The paragraph as a reader sees it: its text, with each marker's host written as [marker]. */
function withHosts(paragraph: HTMLElement): string {
  const walk = (node: Node): string =>
    node.nodeType === 3 ? node.textContent! : (node as Element).tagName?.toLowerCase() === MARKER_TAG ? '[marker]' : [...node.childNodes].map(walk).join('');
  return walk(paragraph);
}

function place(links: FindingLink[], html = `<p>40. ${TEXT}</p>`, options: Parameters<typeof addFindingMarkers>[3] = {}) {
  const { doc, paragraph } = pageWith(html);
  let shown!: ReturnType<typeof addFindingMarkers>;
  const roots = shadowRootsAttachedBy(doc, () => (shown = addFindingMarkers(doc, report, findingMarkers(report, new Map([['p40', links]])), options)));
  return { doc, paragraph, shown, roots };
}

describe('a marker’s place in its paragraph', () => {
  it('sits right after the sentence it belongs to, leaving the paragraph’s text as it was', () => {
    const { paragraph } = place([link({})]);
    expect(withHosts(paragraph)).toBe(`40. The number of care leavers in work is too low. This was identified in the 2018 inspection and remains a concern.[marker] Leaders have plans to improve it.`);
    expect(paragraph.textContent).toBe(`40. ${TEXT}`);
  });

  it('finds its sentence across the page’s own markup, spacing and quotes', () => {
    const html = '<p>40. The number of care leavers in work is too low. This was <em>identified</em>\n in the 2018 inspection and remains a concern. Leaders’ plans.</p>';
    const { paragraph } = place([link({})], html);
    expect(withHosts(paragraph)).toBe('40. The number of care leavers in work is too low. This was identified\n in the 2018 inspection and remains a concern.[marker] Leaders’ plans.');
  });

  it('goes at the paragraph’s end when its sentence is not in the paragraph', () => {
    const { paragraph } = place([link({ at: 'A sentence the page does not have.' })]);
    expect(withHosts(paragraph)).toBe(`40. ${TEXT}[marker]`);
  });

  it('keeps each inspection’s marker on its own sentence, whichever is placed first, oldest inspection first on a shared one', () => {
    // 2014's is placed first, on the later sentence; 2018's then splits the text before it.
    const { paragraph, roots } = place([
      link({ at: 'The number of care leavers in work is too low.' }),
      link({ inspection: '2014-09-01', year: 2014, source: PDF_2014, relation: 'improved', explicit: false }),
    ]);
    const labels = new Map(roots.map((root) => [root.host, root.querySelector('button')!.textContent!]));
    const walk = (node: Node): string => (labels.has(node as Element) ? `[${labels.get(node as Element)}]` : node.nodeType === 3 ? node.textContent! : [...node.childNodes].map(walk).join(''));
    expect(walk(paragraph)).toBe('40. The number of care leavers in work is too low.[2018: still a concern] This was identified in the 2018 inspection and remains a concern.[2014: improved] Leaders have plans to improve it.');
    const shared = place([link({}), link({ inspection: '2014-09-01', year: 2014, source: PDF_2014, relation: 'declined', explicit: false })]);
    expect(shared.roots.map((root) => root.querySelector('button')!.textContent)).toEqual(['2014: declined', '2018: still a concern']);
  });
});

describe('what a marker tells the page, and what it tells the reader', () => {
  it('puts an empty host with no attribute on the page: nothing of the inspection or relation it stands for', () => {
    const { doc } = place([link({})]);
    const host = doc.querySelector(MARKER_TAG)!;
    expect(host.attributes).toHaveLength(0);
    expect(host.textContent).toBe('');
  });

  it('opens the relation in words, the earlier sentence with its paragraph, that the report refers back, and a link into the reader', () => {
    const { roots } = place([link({})]);
    const root = roots[0]!;
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('2018: still a concern');
    readerClick(button);
    const box = root.querySelector<HTMLElement>('.box')!;
    expect(box.hidden).toBe(false);
    expect([...box.children].map((c) => c.textContent)).toEqual([
      'Still a concern since 2018',
      'In paragraph 29 of the 2018 report:',
      '“Too few care leavers are in work.”',
      'The report refers back to 2018.',
      'Open paragraph 29 of the 2018 report',
    ]);
    expect(root.querySelector('a')!.getAttribute('href')).toBe(`reader.html?src=${encodeURIComponent(PDF_2018)}#p29`);
    dispatch(root, 'keydown', true, { key: 'Escape' });
    expect(box.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('on a web page, asks for the earlier report in the reader on the reader’s click only', () => {
    const openInReader = vi.fn();
    const { roots } = place([link({})], undefined, { openInReader });
    const open = roots[0]!.querySelector<HTMLElement>('.open')!;
    expect(roots[0]!.querySelector('a')).toBeNull();
    expect(open.textContent).toBe('Open paragraph 29 of the 2018 report');
    scriptClick(open);
    expect(openInReader).not.toHaveBeenCalled();
    readerClick(open);
    expect(openInReader).toHaveBeenCalledWith(PDF_2018, 29);
  });
});

describe('the markers’ filter', () => {
  const links = [
    link({}),
    link({ inspection: '2014-09-01', year: 2014, source: PDF_2014, relation: 'sustained', explicit: false, at: 'Leaders have plans to improve it.' }),
  ];

  it('leaves lasting strengths off the page by default, and puts each back in its place when asked', () => {
    const { doc, paragraph, shown } = place(links);
    expect(doc.querySelectorAll(MARKER_TAG)).toHaveLength(1);
    expect(shown.shown()).toBe(1);
    shown.setFilter('all');
    expect(shown.shown()).toBe(2);
    expect(withHosts(paragraph)).toBe('40. The number of care leavers in work is too low. This was identified in the 2018 inspection and remains a concern.[marker] Leaders have plans to improve it.[marker]');
    shown.setFilter('improved');
    expect(doc.querySelectorAll(MARKER_TAG)).toHaveLength(0);
    shown.setFilter('persisting');
    expect(withHosts(paragraph)).toBe('40. The number of care leavers in work is too low. This was identified in the 2018 inspection and remains a concern.[marker] Leaders have plans to improve it.');
  });

  it('shows a paragraph’s place: scrolls to it and puts focus on its marker for that inspection', () => {
    const { paragraph, shown, roots } = place(links);
    const scrollIntoView = vi.fn();
    Object.assign(paragraph, { scrollIntoView });
    const marker2018 = roots.map((root) => root.querySelector('button')!).find((b) => b.textContent!.startsWith('2018'))!;
    const focus = vi.spyOn(marker2018, 'focus');
    expect(shown.reveal('p40', '2018')).toBe(true);
    expect(scrollIntoView).toHaveBeenCalledOnce();
    expect(focus).toHaveBeenCalledOnce();
    expect(shown.reveal('p41', '2018')).toBe(false);
  });
});

describe('the panel’s summary of the markers', () => {
  const history: HistoryEntry[] = [{ label: '2018-09-03', source: PDF_2018, kind: 'ilacs', grades: { overall: 'good' }, earlier: true }];
  const fullReport = { kind: 'ilacs', framework: 'ilacs-2023', authority: 'Portsmouth City Council', authorityKey: 'portsmouth', inspection: null, grades: { overall: 'good' }, gradesRead: 'read', leadInspector: null, improvements: [], findings: [finding] } satisfies Report;
  const model = withPriorFindings(panelModelForDocument(fullReport), findingMarkers(report, new Map([['p40', [link({})]]])), history, LATER, 'changes');

  function panel(extras: PanelExtras = {}) {
    const { doc } = pageWith('<p>Page</p>');
    const [root] = shadowRootsAttachedBy(doc, () => mountPanel(doc, panelModelForDocument(fullReport), { collapsed: false, onCollapsedChange: () => undefined }).update(model, { ...extras, drawPrior: drawPriorFindings }));
    return root!;
  }

  it('lists what is still to improve since 2018, each matter with a button to its paragraph, and the filter with its counts', () => {
    const showFinding = vi.fn();
    const setMarkerFilter = vi.fn();
    const root = panel({ actions: { showFinding, setMarkerFilter } });
    const list = root.querySelector('ul[aria-label="Still to improve since 2018"]')!;
    expect(list.querySelector('li span')!.textContent).toBe('Care leavers’ education, employment and training');
    const para = list.querySelector<HTMLElement>('button.para')!;
    expect(para.textContent).toBe('para 40');
    readerClick(para);
    expect(showFinding).toHaveBeenCalledWith('p40', '2018');
    const select = root.querySelector('select')!;
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Concerns and changes (1)', 'Still a concern (1)', 'Improved (0)', 'Declined (0)', 'All, with lasting strengths (1)',
    ]);
    expect(select.value).toBe('changes');
    for (const option of select.querySelectorAll('option')) option.selected = option.value === 'all'; // linkedom's select.value only reads
    dispatch(select, 'change', true);
    expect(setMarkerFilter).toHaveBeenCalledWith('all');
  });

  it('in the reader, links "Compare with 2018" to the side-by-side page; on a web page, asks for it on the reader’s click only', () => {
    const link2018 = panel().querySelector('.compare a')!;
    expect(link2018.textContent).toBe('Compare with 2018');
    expect(link2018.getAttribute('href')).toBe(`compare.html?later=${encodeURIComponent(LATER)}&earlier=${encodeURIComponent(PDF_2018)}`);
    const compare = vi.fn();
    const button = panel({ actions: { compare } }).querySelector<HTMLElement>('.compare button')!;
    scriptClick(button);
    expect(compare).not.toHaveBeenCalled();
    readerClick(button);
    expect(compare).toHaveBeenCalledWith(LATER, PDF_2018);
  });
});
