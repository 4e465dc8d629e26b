// The panel drawn with plain DOM calls rather than Preact: it is the first thing the content
// script paints on a recognised page, so it must cost almost nothing to load and run. Page text
// only ever goes in as text nodes.
import { formatLongDate } from '../utils/core/dates';
import { GRADE_LABELS } from '../utils/core/vocabulary/grades';
import { otherDocuments, type PanelModel } from '../utils/core/model/panel-model';
import { panelGlance, type PanelGlance } from '../utils/core/model/panel-glance';
import type { MarkerFilter } from '../utils/core/model/finding-markers';
import type { PriorFindings } from '../utils/core/model/prior-findings';
import type { Grade } from '../utils/core/schema/domain';
import { isWebUrl } from '../utils/core/sites';
import { fold } from './fold';
import { PRIOR_CSS } from './panel-styles';
import type { PanelSide } from '../utils/core/schema/storage';
import { onTrusted } from './trusted-events';

const ARROWS = { up: '↑', down: '↓', same: '=' } as const;

type Child = Node | string | null | false;

/** Draws the model's authority context; passed in by what loads the official data, so this file never imports it. */
export type ContextDrawer = (doc: Document, context: NonNullable<PanelModel['context']>) => Node;

/** What the panel's controls for the findings' markers do; given by the overlay and the reader. */
export type PanelActions = {
  setMarkerFilter?: (filter: MarkerFilter) => void;
  /** Scrolls to a finding's paragraph (and its marker for that earlier inspection). */
  showFinding?: (findingId: string, when: string) => void;
  /** A web page cannot open the extension's pages: this asks for the side-by-side page. Absent in the reader, where a link does. */
  compare?: (later: string, earlier: string) => void;
  /** The scrutiny briefing on the report on screen (or an authority's latest): a link in the reader; on a web page, asked of the background. */
  briefing?: { href: string } | { open: () => void };
};

/** Draws the model's summary of the findings' markers (drawPriorFindings, below); passed in by the overlay and the reader, so the detection script carries none of it. */
export type PriorDrawer = (prior: PriorFindings, actions: PanelActions) => Node;

/** The panel's Follow: whether the authority is followed, and what a click does (the overlay's watch feature gives it). */
export type FollowControl = { authority: string; following: boolean; onToggle: () => void };

/** What the panel draws beside its model: given by what loads more than the detection script. */
export type PanelExtras = { drawContext?: ContextDrawer; drawPrior?: PriorDrawer; actions?: PanelActions; follow?: FollowControl };

/** The document being drawn into (the page's; linkedom's in tests), set by renderPanel. */
let doc: Document;

function el(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== false) element.append(child);
  return element;
}

function gradeChip(grade: Grade, large = false): HTMLElement {
  return el('span', { class: `chip chip-${grade}${large ? ' chip-large' : ''}` }, GRADE_LABELS[grade]);
}

const outLink = (href: string, text: string) =>
  isWebUrl(href) ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text) : el('span', {}, text);

const date = (iso: string) => el('span', { class: 'date' }, formatLongDate(iso));

/** A direction in words, its arrow for the eye only: "↑ up from Good in 2018". */
function change(words: string, direction: keyof typeof ARROWS | undefined): HTMLElement {
  return el('span', { class: 'trend', ...(direction ? { 'data-direction': direction } : {}) },
    direction ? el('span', { 'aria-hidden': 'true' }, `${ARROWS[direction]} `) : null, words);
}

const directionOf = (words: string): keyof typeof ARROWS => (words.startsWith('up') ? 'up' : words.startsWith('down') ? 'down' : 'same');

function judgementList(glance: PanelGlance): HTMLElement {
  return el('ul', { 'aria-label': 'Judgements' }, ...glance.judgements.map((j) =>
    el('li', { 'data-judgement': j.key, class: 'judgement' },
      el('span', {}, j.label),
      gradeChip(j.grade),
      j.change ? change(j.change, directionOf(j.change)) : null,
    ),
  ));
}

/** The reports on the page and the library's other inspections that the history does not show. */
function otherDocumentList(model: PanelModel): HTMLElement | null {
  const documents = otherDocuments(model);
  if (documents.length === 0) return null;
  const summary = model.kind === 'provider' ? `Other reports on this page (${documents.length})` : `Other documents in the library (${documents.length})`;
  return fold(doc, 'fold-documents', summary, el('ul', { 'aria-label': 'Other documents' }, ...documents.map((d) =>
    el('li', d.note ? { 'data-earlier': String(d.note === 'earlier') } : {},
      el('span', {}, outLink(d.href, d.title), d.date ? el('br', {}) : null, d.date ? el('span', { class: 'small' }, date(d.date)) : null),
      d.overall ? gradeChip(d.overall) : d.ungraded ? el('span', { class: 'small' }, d.ungraded) : null,
    ),
  )));
}

/** A round-up's authorities, each linked to its Ofsted page with the grade the article gives it: none is the page's. */
function roundUpList(items: NonNullable<PanelModel['roundUp']>): HTMLElement {
  return el('ul', { 'aria-label': 'Authorities in this article' }, ...items.map((item) =>
    el('li', { 'data-round-up': '' },
      el('span', {}, outLink(item.href, item.authority), item.visit ? ` ${item.visit}` : ''),
      item.overall ? gradeChip(item.overall) : el('span', {}, item.visit ? 'no grade' : item.judgements > 0 ? 'judgements only' : ''),
    ),
  ));
}

function button(key: string, label: string, onClick: (() => void) | undefined, attributes: Record<string, string> = {}): HTMLElement {
  const control = el('button', { type: 'button', 'data-key': key, ...attributes }, label);
  if (onClick) onTrusted(control, 'click', onClick);
  return control;
}

function markerFilter(prior: PriorFindings, setFilter: (filter: MarkerFilter) => void): HTMLElement {
  const select = el('select', { 'data-key': 'filter' }, ...prior.filters.map((f) => {
    const option = el('option', { value: f.value }, `${f.label} (${f.count})`);
    if (f.value === prior.filter) option.setAttribute('selected', '');
    return option;
  })) as HTMLSelectElement;
  onTrusted(select, 'change', () => setFilter(select.value as MarkerFilter));
  return el('label', { class: 'filter' }, 'Markers on the report ', select);
}

/** Under the grades: the filter for the markers, what is still to improve, improved and declined since each earlier inspection, and the reports to compare with. */
export function drawPriorFindings(prior: PriorFindings, actions: PanelActions): Node {
  const { showFinding, setMarkerFilter, compare } = actions;
  const lists = prior.lists.flatMap((list) => [
    el('p', { class: 'section' }, list.heading),
    el('ul', { class: 'prior', 'aria-label': list.heading, 'data-relation': list.relation }, ...list.items.map((item) =>
      el('li', {},
        el('span', {}, item.matter),
        el('span', { class: 'paras' }, ...item.paragraphs.map((p) => button(`show-${p.findingId}-${list.when}`, `para ${p.number}`,
          showFinding && (() => showFinding(p.findingId, list.when)), { class: 'para', 'aria-label': `Show para ${p.number}` }))),
      ),
    )),
  ]);
  const links = prior.compare.map((c) =>
    compare ? button(`compare-${c.when}`, c.text, () => compare(c.later, c.earlier), { class: 'link' }) : el('a', { href: c.href, target: '_blank', rel: 'noopener noreferrer', 'data-key': `compare-${c.when}` }, c.text));
  return el('div', { class: 'prior-findings' },
    el('style', {}, PRIOR_CSS),
    setMarkerFilter && prior.filters.some((f) => f.count > 0) ? markerFilter(prior, setMarkerFilter) : null,
    ...lists,
    links.length > 0 && el('p', { class: 'compare' }, ...links),
  );
}

/** The grades a news article gives earlier inspections, each with its year: never drawn as the current grade. */
function earlierList(earlier: NonNullable<PanelModel['reported']>['earlier']): HTMLElement {
  return el('div', {},
    el('p', { class: 'kind section' }, 'Earlier grades the article mentions'),
    el('ul', { 'aria-label': 'Earlier grades the article mentions' }, ...earlier.map((e) =>
      el('li', {}, `${e.label}: ${GRADE_LABELS[e.grade]}${e.year ? ` (${e.year})` : ' (an earlier inspection)'}`),
    )),
  );
}

const BRIEFING = 'Scrutiny briefing';

function briefingLink(briefing: NonNullable<PanelActions['briefing']>): HTMLElement {
  return el('p', { class: 'briefing' }, 'href' in briefing
    ? el('a', { href: briefing.href, target: '_blank', rel: 'noopener noreferrer', 'data-key': 'briefing', class: 'briefing-link' }, BRIEFING)
    : button('briefing', BRIEFING, briefing.open, { class: 'briefing-link' }));
}

function panelBody(model: PanelModel, extras: PanelExtras): HTMLElement {
  const glance = panelGlance(model);
  const days = glance.inspection && el('p', { class: 'dates' }, `${glance.inspection.lead} `,
    ...glance.inspection.days.split(/( to )/).map((part) => (part === ' to ' ? part : el('span', { class: 'date' }, part))));
  const findings = model.prior && extras.drawPrior ? extras.drawPrior(model.prior, extras.actions ?? {}) : null;
  const { reported } = model;
  return el('div', { class: 'body' },
    el('p', { class: 'kind' }, model.kindLabel),
    reported ? el('p', { class: 'dates' }, reported.by) : null,
    glance.authority ? el('p', { class: 'authority' }, glance.authority) : null,
    days,
    reported?.gradesOf ? el('p', { class: 'kind section' }, reported.gradesOf) : null,
    glance.overall ? el('p', { class: 'overall' }, el('span', {}, 'Overall effectiveness'), gradeChip(glance.overall, true),
      glance.overallChange ? change(glance.overallChange, directionOf(glance.overallChange)) : null) : null,
    model.note && model.kind !== 'provider' ? el('p', { class: 'note' }, model.note) : null,
    glance.judgements.length > 0 && judgementList(glance),
    (reported?.earlier.length ?? 0) > 0 && earlierList(reported!.earlier),
    glance.standing ? el('p', { class: 'standing', 'data-standing-line': '' }, glance.standing) : null,
    extras.actions?.briefing ? briefingLink(extras.actions.briefing) : null,
    model.link ? el('p', { class: 'note' }, outLink(model.link.href, model.link.text)) : null,
    (model.roundUp?.length ?? 0) > 0 && el('p', { class: 'kind section' }, 'Authorities in this article'),
    (model.roundUp?.length ?? 0) > 0 && roundUpList(model.roundUp!),
    // What moved since the earlier inspections is part of the answer on a report, so it is not folded.
    findings,
    model.context && extras.drawContext ? extras.drawContext(doc, model.context) : null,
    otherDocumentList(model),
    // On an authority's page the note is about its list of reports, so it comes after them.
    model.note && model.kind === 'provider' ? el('p', { class: 'note' }, model.note) : null,
  );
}

/** Which side the panel is on and how to move it; absent where it cannot move (the reader lays it out). */
export type PanelPlacement = { side: PanelSide; onMove: () => void };

/** Draws the panel into `container`, replacing what was there; `onToggle` is the bar's click. Folds opened stay open. */
export function renderPanel(container: Element, model: PanelModel, collapsed: boolean, onToggle: () => void, extras: PanelExtras = {}, placement?: PanelPlacement): void {
  doc = container.ownerDocument;
  const opened = new Set([...container.querySelectorAll('details[open][data-key]')].map((d) => d.getAttribute('data-key')));
  const bar = el('button', { class: 'bar', type: 'button', 'data-key': 'bar', 'aria-expanded': String(!collapsed) },
    el('span', { class: 'title' }, 'Ofsted Lens'),
    collapsed && model.overall ? gradeChip(model.overall) : null,
    el('span', { 'aria-hidden': 'true' }, collapsed ? '▴' : '▾'),
  );
  onTrusted(bar, 'click', onToggle);
  const other = placement?.side === 'left' ? 'right' : 'left';
  const move = placement && button('side', placement.side === 'left' ? '⇥' : '⇤', placement.onMove, { class: 'side', 'aria-label': `Move the panel to the ${other}`, title: `Move to the ${other}` });
  const { follow } = extras;
  const followButton = follow && button('follow', follow.following ? '★ Following' : '☆ Follow', follow.onToggle, {
    class: 'follow',
    'aria-pressed': String(follow.following),
    title: follow.following ? `Stop following ${follow.authority}` : `Follow ${follow.authority}: Ofsted Lens looks at its page once a day for new reports and letters`,
  });
  const section = el('section', { class: `panel${collapsed ? ' collapsed' : ''}`, 'aria-label': 'Ofsted Lens' },
    el('div', { class: 'head' }, bar, followButton ?? null, move ?? null),
    collapsed ? null : panelBody(model, extras));
  for (const details of section.querySelectorAll('details[data-key]')) if (opened.has(details.getAttribute('data-key'))) details.setAttribute('open', '');
  container.replaceChildren(section);
}
