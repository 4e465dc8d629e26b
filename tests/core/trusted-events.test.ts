// Nothing a page can drive: every control Ofsted Lens puts on a page acts on the reader's own
// input only, never on a click, key or mouseup that a page's script fires. (In Chromium, with a
// page's own synthetic clicks: tests/e2e/closed-shadow.e2e.test.ts.)
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { drawPriorFindings } from '../../components/panel-view';
import { findingMarkers } from '../../utils/core/model/finding-markers';
import { addFindingMarkers, MARKER_TAG } from '../../utils/browser/page/finding-markers';
import { addOpenInReaderButtons } from '../../utils/browser/page/inline-chips';
import { mountPanel } from '../../utils/browser/page/mount-panel';
import { CARD_TAG, offerSaveOnSelection, openCardOnClick, SAVE_TAG, type PlacedNote } from '../../utils/browser/page/notes-on-page';
import type { PanelModel } from '../../utils/core/model/panel-model';
import { onTrusted } from '../../components/trusted-events';
import { parseReport } from '../../utils/core/report/parse-report';
import type { FindingLink } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';
import { sampleNote } from '../helpers/notes';
import type { Note } from '../../utils/core/schema/storage';
import { dispatch, readerClick, scriptClick, shadowRootsAttachedBy } from '../helpers/page-input';

const QUOTE = 'The number of care-experienced young people in education, employment or training is too low.';

function page(): { doc: Document; paragraph: HTMLElement } {
  const doc = parseHTML(`<!doctype html><html><body><p>40. ${QUOTE}</p></body></html>`).document as unknown as Document;
  return { doc, paragraph: doc.querySelector('p')! };
}

/**
 * linkedom has no selection and no layout: the page's selection is the quote's paragraph, and the
 * point clicked falls in the note's range. Enough for the controls' wiring, which is what is tested.
 */
function withSelection(doc: Document, paragraph: HTMLElement): void {
  const range = {
    toString: () => QUOTE, commonAncestorContainer: paragraph,
    getBoundingClientRect: () => ({ right: 100, bottom: 20 }), cloneRange: () => range,
  };
  const selection = { isCollapsed: false, rangeCount: 1, getRangeAt: () => range };
  Object.assign(doc, { getSelection: () => selection });
}

function placedNote(doc: Document, paragraph: HTMLElement): PlacedNote[] {
  Object.assign(doc, { caretRangeFromPoint: () => ({ startContainer: paragraph.firstChild, startOffset: 5 }) });
  return [{ note: sampleNote({ comment: 'Raise at scrutiny.' }), range: { isPointInRange: () => true } as unknown as Range }];
}

const model: PanelModel = {
  kind: 'ilacs', kindLabel: 'Inspection', authority: 'Portsmouth City Council', authorityKey: 'portsmouth', inspection: null,
  overall: 'good', judgements: [], note: null, link: null, events: [], history: [], trends: [],
};

describe('onTrusted', () => {
  it('calls the handler for the reader’s input and not for a script’s, until stopped', () => {
    const { doc, paragraph } = page();
    const handler = vi.fn();
    const stop = onTrusted(paragraph, 'click', handler);
    scriptClick(paragraph);
    paragraph.click(); // linkedom's own click(): no mark at all, which counts as untrusted
    expect(handler).not.toHaveBeenCalled();
    readerClick(paragraph);
    expect(handler).toHaveBeenCalledOnce();
    stop();
    readerClick(paragraph);
    expect(handler).toHaveBeenCalledOnce();
    expect(doc.body.contains(paragraph)).toBe(true);
  });
});

describe('"Save note" beside a selection', () => {
  const offer = () => {
    const { doc, paragraph } = page();
    withSelection(doc, paragraph);
    const save = vi.fn();
    offerSaveOnSelection(doc, save);
    return { doc, save };
  };

  it('is not offered on a mouseup or key a script fires', () => {
    const { doc } = offer();
    dispatch(doc.body, 'mouseup', false);
    dispatch(doc.body, 'keyup', false, { key: 'Shift' });
    expect(doc.querySelector(SAVE_TAG)).toBeNull();
  });

  it('saves nothing on a script’s click, and saves the selection on the reader’s', () => {
    const { doc, save } = offer();
    const [root] = shadowRootsAttachedBy(doc, () => dispatch(doc.body, 'mouseup', true));
    const button = root!.querySelector('button')!;
    expect(button.textContent).toBe('Save note');
    scriptClick(button);
    scriptClick(doc.querySelector(SAVE_TAG)!);
    expect(save).not.toHaveBeenCalled();
    expect(doc.querySelector(SAVE_TAG)).not.toBeNull();
    readerClick(button);
    expect(save).toHaveBeenCalledOnce();
    expect(doc.querySelector(SAVE_TAG)).toBeNull();
  });
});

describe('a note’s card', () => {
  const open = () => {
    const { doc, paragraph } = page();
    const placed = placedNote(doc, paragraph);
    const actions = {
      current: vi.fn(async (note: Note) => note),
      edit: vi.fn(),
      remove: vi.fn(async (note: Note) => note),
      restore: vi.fn(async () => true),
    };
    openCardOnClick(doc, () => placed, actions);
    return { doc, paragraph, actions };
  };
  const cardOf = (doc: Document, paragraph: HTMLElement) => {
    const [root] = shadowRootsAttachedBy(doc, () => readerClick(paragraph, { clientX: 10, clientY: 10 }));
    const [edit, remove] = root!.querySelectorAll('button');
    return { root: root!, comment: root!.querySelector('.comment')!, edit: edit!, remove: remove! };
  };
  /** Lets the card's promises (the stored note, a delete) settle. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('does not open on a script’s click on the highlight', () => {
    const { doc, paragraph } = open();
    scriptClick(paragraph, { clientX: 10, clientY: 10 });
    expect(doc.querySelector(CARD_TAG)).toBeNull();
  });

  it('shows the comment as text, with no box to type in: the page would see every key', () => {
    const { doc, paragraph } = open();
    const card = cardOf(doc, paragraph);
    expect(card.comment.textContent).toBe('Raise at scrutiny.');
    expect(card.root.querySelectorAll('textarea, input, [contenteditable]')).toHaveLength(0);
    expect([card.edit.textContent, card.remove.textContent]).toEqual(['Edit comment', 'Delete note']);
  });

  it('neither opens the note to edit nor deletes it on a script’s click on "Edit comment" or "Delete note"', () => {
    const { doc, paragraph, actions } = open();
    const { edit, remove } = cardOf(doc, paragraph);
    scriptClick(edit);
    scriptClick(remove);
    expect(actions.edit).not.toHaveBeenCalled();
    expect(actions.remove).not.toHaveBeenCalled();
    expect(doc.querySelector(CARD_TAG)).not.toBeNull();
  });

  it('opens the note to edit, or deletes it with an Undo that restores it as it was, on the reader’s click', async () => {
    const { doc, paragraph, actions } = open();
    const card = cardOf(doc, paragraph);
    readerClick(card.edit);
    expect(actions.edit).toHaveBeenCalledWith(expect.objectContaining({ id: 'note-0001-aaaa' }));
    readerClick(card.remove);
    expect(actions.remove).toHaveBeenCalledWith(expect.objectContaining({ id: 'note-0001-aaaa' }));
    await settle();
    expect(card.root.querySelector('.card')!.textContent).toContain('Note deleted.');
    const undo = [...card.root.querySelectorAll('button')].find((b) => b.textContent === 'Undo')!;
    scriptClick(undo);
    expect(actions.restore).not.toHaveBeenCalled();
    readerClick(undo);
    expect(actions.restore).toHaveBeenCalledWith(sampleNote({ comment: 'Raise at scrutiny.' }));
    await settle();
    expect(doc.querySelector(CARD_TAG)).toBeNull();
  });
});

describe('the panel and the controls beside a report', () => {
  it('the panel’s bar collapses on the reader’s click only', () => {
    const { doc } = page();
    const onCollapsedChange = vi.fn();
    const [root] = shadowRootsAttachedBy(doc, () => mountPanel(doc, model, { collapsed: false, onCollapsedChange }));
    scriptClick(root!.querySelector('.bar')!);
    expect(onCollapsedChange).not.toHaveBeenCalled();
    expect(root!.querySelector('.bar')!.getAttribute('aria-expanded')).toBe('true');
    readerClick(root!.querySelector('.bar')!);
    expect(onCollapsedChange).toHaveBeenCalledWith(true);
    expect(root!.querySelector('.bar')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('"Open in Ofsted Lens" opens the reader on the reader’s click only', () => {
    const { doc } = page();
    doc.body.insertAdjacentHTML('beforeend', '<a class="publication-link" href="https://files.ofsted.gov.uk/v1/file/50222964">Report</a>');
    const openReader = vi.fn();
    const [root] = shadowRootsAttachedBy(doc, () => addOpenInReaderButtons(doc, openReader));
    scriptClick(root!.querySelector('button')!);
    expect(openReader).not.toHaveBeenCalled();
    readerClick(root!.querySelector('button')!);
    expect(openReader).toHaveBeenCalledWith('https://files.ofsted.gov.uk/v1/file/50222964');
  });

  it('the panel’s filter of the markers and its buttons to a paragraph act on the reader’s input only', () => {
    const { doc } = page();
    const actions = { setMarkerFilter: vi.fn(), showFinding: vi.fn() };
    const prior = {
      filter: 'changes' as const,
      filters: [{ value: 'changes' as const, label: 'Concerns and changes', count: 1 }, { value: 'all' as const, label: 'All', count: 2 }],
      lists: [{ relation: 'persisting' as const, when: '2018', heading: 'Still to improve since 2018', items: [{ matter: 'Care leavers', paragraphs: [{ findingId: 'p40', number: 40 }] }] }],
      compare: [],
    };
    const [root] = shadowRootsAttachedBy(doc, () => mountPanel(doc, model, { collapsed: false, onCollapsedChange: () => undefined }).update({ ...model, prior }, { actions, drawPrior: drawPriorFindings }));
    const select = root!.querySelector('select')!;
    dispatch(select, 'change', false);
    scriptClick(root!.querySelector('button.para')!);
    expect(actions.setMarkerFilter).not.toHaveBeenCalled();
    expect(actions.showFinding).not.toHaveBeenCalled();
    dispatch(select, 'change', true);
    readerClick(root!.querySelector('button.para')!);
    expect(actions.setMarkerFilter).toHaveBeenCalledWith('changes');
    expect(actions.showFinding).toHaveBeenCalledWith('p40', '2018');
  });

  it('a finding marker opens what the earlier inspection said on the reader’s click only', () => {
    const report = parseReport(realFixture('portsmouth-ilacs-2023.txt'), 'ilacs');
    const finding = report.findings.find((f) => f.number === 40)!;
    const doc = parseHTML(`<!doctype html><html><body><p>40. ${finding.text}</p></body></html>`).document as unknown as Document;
    const link: FindingLink = { inspection: '2018-10-01', year: 2018, number: 3, at: finding.text, matter: 'x', source: 'https://example.org', sentence: 'Too few care leavers are in work.', relation: 'persisting', score: 1, themes: ['x'], terms: ['x'], explicit: false };
    const [root] = shadowRootsAttachedBy(doc, () => addFindingMarkers(doc, report, findingMarkers(report, new Map([[finding.id, [link]]]))));
    expect(root!.host.tagName.toLowerCase()).toBe(MARKER_TAG);
    const button = root!.querySelector('button')!;
    scriptClick(button);
    expect(root!.querySelector<HTMLElement>('.box')!.hidden).toBe(true);
    readerClick(button);
    expect(root!.querySelector<HTMLElement>('.box')!.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });
});
