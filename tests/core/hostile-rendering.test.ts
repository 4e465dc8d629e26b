// Every place Ofsted Lens draws page-derived text, fed script-bearing strings: the text shows as
// text, no element is made from it, and no javascript: address becomes a link. (The popup, the
// reader and a page's own panel are swept in the browser too: tests/e2e/hostile-text.e2e.test.ts.)
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { drawPriorFindings } from '../../components/panel-view';
import { notesToMarkdown } from '../../utils/core/notes/export';
import { findingMarkers } from '../../utils/core/model/finding-markers';
import { addFindingMarkers, MARKER_TAG } from '../../utils/browser/page/finding-markers';
import { mountPanel, PANEL_TAG } from '../../utils/browser/page/mount-panel';
import type { PanelModel } from '../../utils/core/model/panel-model';
import { parseReport } from '../../utils/core/report/parse-report';
import type { FindingLink } from '../../utils/core/schema/domain';
import { compareHref } from '../../utils/core/model/compare-address';
import { realFixture } from '../helpers/fixtures';
import { sampleNote } from '../helpers/notes';
import { shadowRootsAttachedBy } from '../helpers/page-input';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const HOSTILE = `${IMG}${SCRIPT}[link](javascript:alert(1))`;

const page = () => parseHTML('<!doctype html><html><body><p>Page</p></body></html>').document as unknown as Document;
const textOf = (root: ParentNode) => [...root.childNodes].map((n) => n.textContent ?? '').join('');
const made = (root: ParentNode) => root.querySelectorAll('img, script, a[href^="javascript"], a[href^="data"]').length;

describe('page-derived text rendered by Ofsted Lens', () => {
  it('the panel shows the authority, notes, links, listed reports and the matters of linked findings as text', () => {
    const doc = page();
    const model: PanelModel = {
      kind: 'provider', kindLabel: 'Local authority', authority: HOSTILE, authorityKey: 'x', inspection: null, overall: null,
      judgements: [], note: HOSTILE, link: { href: 'javascript:alert(1)', text: HOSTILE },
      events: [{ date: '2023-05-15', title: HOSTILE, href: 'javascript:alert(2)', overall: 'good' }],
      history: [{ label: HOSTILE, source: 'https://reports.ofsted.gov.uk/x', kind: 'ilacs', grades: { overall: 'good' }, earlier: true }],
      trends: [],
      prior: {
        filter: 'changes', filters: [{ value: 'changes', label: 'Concerns and changes', count: 1 }],
        lists: [{ relation: 'persisting', when: '2018', heading: 'Still to improve since 2018', items: [{ matter: HOSTILE, paragraphs: [{ findingId: 'p1', number: 1 }] }] }],
        compare: [{ when: '2018', text: 'Compare with 2018', later: 'https://reports.ofsted.gov.uk/x', earlier: 'javascript:alert(1)', href: compareHref('https://reports.ofsted.gov.uk/x', 'javascript:alert(1)') }],
      },
    };
    const [root] = shadowRootsAttachedBy(doc, () => mountPanel(doc, model, { collapsed: false, onCollapsedChange: () => undefined }).update(model, { actions: { setMarkerFilter: () => undefined }, drawPrior: drawPriorFindings }));
    expect(root!.host).toBe(doc.querySelector(PANEL_TAG));
    expect(made(root!)).toBe(0);
    expect(textOf(root!)).toContain(IMG);
    expect(textOf(root!)).toContain(SCRIPT);
    expect(root!.querySelector('ul.prior li span')!.textContent).toBe(HOSTILE);
  });

  it('a finding marker shows what the earlier inspection said as text, and links only web addresses', () => {
    const text = realFixture('portsmouth-ilacs-2023.txt');
    const report = parseReport(text, 'ilacs');
    const finding = report.findings.find((f) => f.number === 40)!;
    const doc = parseHTML(`<!doctype html><html><body><p>${finding.number}. ${finding.text}</p></body></html>`).document as unknown as Document;
    const link: FindingLink = {
      inspection: '2018-10-01', year: 2018, number: 3, at: HOSTILE, matter: HOSTILE, source: 'javascript:alert(1)', sentence: HOSTILE, relation: 'persisting',
      score: 1, themes: [HOSTILE], terms: [HOSTILE], explicit: false,
    };
    let added = 0;
    const [root] = shadowRootsAttachedBy(doc, () => (added = addFindingMarkers(doc, report, findingMarkers(report, new Map([[finding.id, [link]]]))).shown()));
    expect(added).toBe(1);
    expect(root!.host).toBe(doc.querySelector(MARKER_TAG));
    expect(made(root!)).toBe(0);
    expect(root!.querySelector('a')).toBeNull();
    expect(textOf(root!)).toContain(IMG);
  });

  it('a Markdown export escapes what would start HTML or a link', () => {
    const markdown = notesToMarkdown([sampleNote({ quote: HOSTILE, comment: HOSTILE, tags: [HOSTILE], title: HOSTILE })]);
    // Every "<" and "[" from the note is backslash-escaped; the only bare "<" opens the source's address.
    expect(markdown.match(/(?<!\\)</g)).toHaveLength(1);
    expect(markdown).toContain('<https://reports.ofsted.gov.uk/reports/portsmouth-ilacs-2023>');
    expect(markdown.match(/(?<!\\)\[/g)).toBeNull();
    expect(markdown).toContain('> \\<img src=x onerror="window.__pwned=1">\\<script>');
  });
});
