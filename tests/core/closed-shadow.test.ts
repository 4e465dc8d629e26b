// Nothing a page can see: every element Ofsted Lens adds to a page has a closed shadow root, so
// the page's scripts cannot read the panel (the reader's history) or a note's card. (In Chromium:
// tests/e2e/closed-shadow.e2e.test.ts.)
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findingMarkers } from '../../utils/core/model/finding-markers';
import { addFindingMarkers } from '../../utils/browser/page/finding-markers';
import { addOpenInReaderButtons, gradeChipElement } from '../../utils/browser/page/inline-chips';
import { mountPanel } from '../../utils/browser/page/mount-panel';
import { offerSaveOnSelection } from '../../utils/browser/page/notes-on-page';
import type { PanelModel } from '../../utils/core/model/panel-model';
import { showWriteFailure } from '../../utils/browser/page/write-failure';
import { parseReport } from '../../utils/core/report/parse-report';
import type { FindingLink } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';
import { dispatch, shadowRootsAttachedBy } from '../helpers/page-input';

const model: PanelModel = {
  kind: 'ilacs', kindLabel: 'Inspection', authority: 'Portsmouth City Council', authorityKey: 'portsmouth', inspection: null,
  overall: 'good', judgements: [], note: null, link: null, events: [], history: [], trends: [],
};

describe('every element Ofsted Lens adds to a page', () => {
  it('has a closed shadow root and no attribute: the page gets null from host.shadowRoot, none of its text, and nothing of its state', () => {
    const report = parseReport(realFixture('portsmouth-ilacs-2023.txt'), 'ilacs');
    const finding = report.findings.find((f) => f.number === 40)!;
    const doc = parseHTML(`<!doctype html><html><body><p>40. ${finding.text}</p><a class="publication-link" href="https://files.ofsted.gov.uk/v1/file/50222964">Report</a></body></html>`).document as unknown as Document;
    const paragraph = doc.querySelector('p')!;
    // linkedom has no selection: the page's is the finding's paragraph, enough for "Save note" to show.
    const range = { toString: () => finding.text, commonAncestorContainer: paragraph, getBoundingClientRect: () => ({ right: 0, bottom: 0 }), cloneRange: () => range };
    Object.assign(doc, { getSelection: () => ({ isCollapsed: false, rangeCount: 1, getRangeAt: () => range }) });
    const link: FindingLink = { inspection: '2018-10-01', year: 2018, number: 3, at: finding.text, matter: 'x', source: 'https://example.org', sentence: 'x', relation: 'persisting', score: 1, themes: ['x'], terms: ['x'], explicit: false };

    const roots = shadowRootsAttachedBy(doc, () => {
      mountPanel(doc, model, { collapsed: false, onCollapsedChange: () => undefined });
      doc.body.append(gradeChipElement(doc, 'good', 'Overall effectiveness'));
      addOpenInReaderButtons(doc, () => undefined);
      addFindingMarkers(doc, report, findingMarkers(report, new Map([[finding.id, [link]]])));
      showWriteFailure(doc, { reason: 'The notes database was closed.', text: 'x', retry: () => undefined });
      offerSaveOnSelection(doc, () => undefined);
      dispatch(doc.body, 'mouseup', true);
    });

    const hosts = [...doc.querySelectorAll('*')].filter((el) => el.tagName.toLowerCase().startsWith('ofsted-lens-'));
    expect(hosts.map((h) => h.tagName.toLowerCase()).sort()).toEqual(
      ['ofsted-lens-alert', 'ofsted-lens-chip', 'ofsted-lens-marker', 'ofsted-lens-open', 'ofsted-lens-panel', 'ofsted-lens-save'],
    );
    expect(roots).toHaveLength(hosts.length);
    expect(roots.map((root) => root.host)).toEqual(expect.arrayContaining(hosts));
    for (const host of hosts) {
      expect(host.shadowRoot).toBeNull();
      expect(host.textContent).toBe('');
      // Nothing the page could read of what it shows: no data-*, no inline style (linkedom has no popover, the one attribute a top-layer control has).
      expect([host.tagName.toLowerCase(), ...host.getAttributeNames()]).toEqual([host.tagName.toLowerCase()]);
    }
    expect(doc.documentElement.textContent).not.toContain('Portsmouth City Council');
    expect(doc.documentElement.textContent).not.toContain('could not save this note');
  });
});
