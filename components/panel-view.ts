// The panel drawn with plain DOM calls rather than Preact: it is the first thing the content
// script paints on a recognised page, so it must cost almost nothing to load and run. Page text
// only ever goes in as text nodes.
import { formatLongDate } from '../utils/core/dates';
import { GRADE_LABELS } from '../utils/core/vocabulary/grades';
import { KIND_LABELS } from '../utils/core/vocabulary/kinds';
import type { Trend } from '../utils/core/link/trends';
import type { PanelModel } from '../utils/core/model/panel-model';
import type { MarkerFilter } from '../utils/core/model/finding-markers';
import type { PriorFindings } from '../utils/core/model/prior-findings';
import type { Grade } from '../utils/core/schema/domain';
import { isWebUrl } from '../utils/core/sites';
import { PRIOR_CSS } from './panel-styles';
import { onTrusted } from './trusted-events';

const ARROWS = { up: '↑', down: '↓', same: '=' } as const;
const DIRECTION_WORDS = { up: 'up from', down: 'down from', same: 'as' } as const;

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
};

/** Draws the model's summary of the findings' markers (drawPriorFindings, below); passed in by the overlay and the reader, so the detection script carries none of it. */
export type PriorDrawer = (prior: PriorFindings, actions: PanelActions) => Node;

/** What the panel draws beside its model: given by what loads more than the detection script. */
export type PanelExtras = { drawContext?: ContextDrawer; drawPrior?: PriorDrawer; actions?: PanelActions };

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

const ISO_DATE = /^(\d{4})-\d{2}-\d{2}$/;
/** An inspection known by its start date is named by its year in a direction ("up from Good in 2018"), by the date in words in a list. */
const yearOf = (label: string) => label.replace(ISO_DATE, '$1');
const dateInWords = (label: string) => (ISO_DATE.test(label) ? formatLongDate(label) : label);

function trendNote(trend: Trend): HTMLElement {
  return el('span', { class: 'trend', 'data-direction': trend.direction },
    el('span', { 'aria-hidden': 'true' }, `${ARROWS[trend.direction]} `),
    `${DIRECTION_WORDS[trend.direction]} ${GRADE_LABELS[trend.before]} in ${yearOf(trend.beforeLabel)}`,
  );
}

function judgementList(model: PanelModel): HTMLElement {
  return el('ul', { 'aria-label': 'Judgements' }, ...model.judgements.map((j) => {
    const trend = model.trends.find((t) => t.judgement === j.key);
    return el('li', { 'data-judgement': j.key },
      el('span', {}, j.label, trend ? el('br', {}) : null, trend ? trendNote(trend) : null),
      gradeChip(j.grade),
    );
  }));
}

function eventList(model: PanelModel): HTMLElement {
  return el('ul', { 'aria-label': 'Inspections and visits' }, ...model.events.map((e) =>
    el('li', {}, outLink(e.href, e.title), el('span', {}, e.date ? formatLongDate(e.date) : ''), e.overall ? gradeChip(e.overall) : null),
  ));
}

function historyList(model: PanelModel): HTMLElement {
  return el('ul', { 'aria-label': 'Other inspections' }, ...model.history.map((h) =>
    el('li', { 'data-earlier': String(h.earlier) },
      el('span', {}, outLink(h.source, dateInWords(h.label)), ` ${h.earlier ? 'earlier' : 'later'}: ${KIND_LABELS[h.kind]}`),
      h.grades.overall ? gradeChip(h.grades.overall) : el('span', {}, 'no overall grade'),
    ),
  ));
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
          showFinding && (() => showFinding(p.findingId, list.when)), { class: 'para', 'aria-label': `Show paragraph ${p.number}` }))),
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

function panelBody(model: PanelModel, extras: PanelExtras): HTMLElement {
  const { inspection } = model;
  const dates = inspection && (inspection.start === inspection.end
    ? formatLongDate(inspection.start)
    : `${formatLongDate(inspection.start)} to ${formatLongDate(inspection.end)}`);
  const { reported } = model;
  return el('div', { class: 'body' },
    el('p', { class: 'kind' }, model.kindLabel),
    reported ? el('p', { class: 'dates' }, reported.by) : null,
    model.authority ? el('p', { class: 'authority' }, model.authority) : null,
    dates ? el('p', { class: 'dates' }, `Inspected ${dates}`) : null,
    reported?.gradesOf ? el('p', { class: 'kind section' }, reported.gradesOf) : null,
    model.overall ? el('p', { class: 'overall' }, el('span', {}, 'Overall'), ' ', gradeChip(model.overall, true)) : null,
    model.judgements.length > 0 && judgementList(model),
    (reported?.earlier.length ?? 0) > 0 && earlierList(reported!.earlier),
    model.prior && extras.drawPrior ? extras.drawPrior(model.prior, extras.actions ?? {}) : null,
    model.events.length > 0 && eventList(model),
    (model.roundUp?.length ?? 0) > 0 && el('p', { class: 'kind section' }, 'Authorities in this article'),
    (model.roundUp?.length ?? 0) > 0 && roundUpList(model.roundUp!),
    model.history.length > 0 && el('p', { class: 'kind section' }, 'Other inspections in the library'),
    model.history.length > 0 && historyList(model),
    model.note ? el('p', { class: 'note' }, model.note) : null,
    model.link ? el('p', { class: 'note' }, outLink(model.link.href, model.link.text)) : null,
    model.context && extras.drawContext ? extras.drawContext(doc, model.context) : null,
  );
}

/** Draws the panel into `container`, replacing what was there; `onToggle` is the bar's click. */
export function renderPanel(container: Element, model: PanelModel, collapsed: boolean, onToggle: () => void, extras: PanelExtras = {}): void {
  doc = container.ownerDocument;
  const bar = el('button', { class: 'bar', type: 'button', 'data-key': 'bar', 'aria-expanded': String(!collapsed) },
    el('span', { class: 'title' }, 'Ofsted Lens'),
    collapsed && model.overall ? gradeChip(model.overall) : null,
    el('span', { 'aria-hidden': 'true' }, collapsed ? '▴' : '▾'),
  );
  onTrusted(bar, 'click', onToggle);
  const section = el('section', { class: `panel${collapsed ? ' collapsed' : ''}`, 'aria-label': 'Ofsted Lens' }, bar, collapsed ? null : panelBody(model, extras));
  container.replaceChildren(section);
}
