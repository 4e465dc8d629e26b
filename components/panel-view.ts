// The panel drawn with plain DOM calls rather than Preact: it is the first thing the content
// script paints on a recognised page, so it must cost almost nothing to load and run. Page text
// only ever goes in as text nodes.
import { formatLongDate } from '../utils/core/dates';
import { GRADE_LABELS } from '../utils/core/vocabulary/grades';
import { KIND_LABELS } from '../utils/core/vocabulary/kinds';
import type { Trend } from '../utils/core/link/trends';
import type { PanelModel } from '../utils/core/model/panel-model';
import type { Grade } from '../utils/core/schema/domain';
import { isWebUrl } from '../utils/core/sites';
import { onTrusted } from './trusted-events';

const ARROWS = { up: '↑', down: '↓', same: '=' } as const;
const DIRECTION_WORDS = { up: 'up from', down: 'down from', same: 'as' } as const;

type Child = Node | string | null | false;

/** Draws the model's authority context; passed in by what loads the official data, so this file never imports it. */
export type ContextDrawer = (doc: Document, context: NonNullable<PanelModel['context']>) => Node;

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

function trendNote(trend: Trend): HTMLElement {
  return el('span', { class: 'trend', 'data-direction': trend.direction },
    el('span', { 'aria-hidden': 'true' }, `${ARROWS[trend.direction]} `),
    `${DIRECTION_WORDS[trend.direction]} ${GRADE_LABELS[trend.before]} in ${trend.beforeLabel}`,
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
      el('span', {}, outLink(h.source, h.label), ` ${h.earlier ? 'earlier' : 'later'}: ${KIND_LABELS[h.kind]}`),
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

function panelBody(model: PanelModel, drawContext?: ContextDrawer): HTMLElement {
  const { inspection } = model;
  const dates = inspection && (inspection.start === inspection.end
    ? formatLongDate(inspection.start)
    : `${formatLongDate(inspection.start)} to ${formatLongDate(inspection.end)}`);
  return el('div', { class: 'body' },
    el('p', { class: 'kind' }, model.kindLabel),
    model.authority ? el('p', { class: 'authority' }, model.authority) : null,
    dates ? el('p', { class: 'dates' }, `Inspected ${dates}`) : null,
    model.overall ? el('p', { class: 'overall' }, el('span', {}, 'Overall'), ' ', gradeChip(model.overall, true)) : null,
    model.judgements.length > 0 && judgementList(model),
    model.events.length > 0 && eventList(model),
    (model.roundUp?.length ?? 0) > 0 && el('p', { class: 'kind section' }, 'Authorities in this article'),
    (model.roundUp?.length ?? 0) > 0 && roundUpList(model.roundUp!),
    model.history.length > 0 && el('p', { class: 'kind section' }, 'Other inspections in the library'),
    model.history.length > 0 && historyList(model),
    model.note ? el('p', { class: 'note' }, model.note) : null,
    model.link ? el('p', { class: 'note' }, outLink(model.link.href, model.link.text)) : null,
    model.context && drawContext ? drawContext(doc, model.context) : null,
  );
}

/** Draws the panel into `container`, replacing what was there; `onToggle` is the bar's click. */
export function renderPanel(container: Element, model: PanelModel, collapsed: boolean, onToggle: () => void, drawContext?: ContextDrawer): void {
  doc = container.ownerDocument;
  const bar = el('button', { class: 'bar', type: 'button', 'aria-expanded': String(!collapsed) },
    el('span', { class: 'title' }, 'Ofsted Lens'),
    collapsed && model.overall ? gradeChip(model.overall) : null,
    el('span', { 'aria-hidden': 'true' }, collapsed ? '▴' : '▾'),
  );
  onTrusted(bar, 'click', onToggle);
  const section = el('section', { class: `panel${collapsed ? ' collapsed' : ''}`, 'aria-label': 'Ofsted Lens' }, bar, collapsed ? null : panelBody(model, drawContext));
  container.replaceChildren(section);
}
