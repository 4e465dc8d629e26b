// An authority's history and England-wide context, drawn with plain DOM calls into the panel's
// shadow root (by the overlay and the reader, never the content script) or into the popup. Every
// grade is written in words beside its colour, so the picture reads without colour too.
import { formatLongDate } from '../utils/core/dates';
import { GRADE_LABELS } from '../utils/core/vocabulary/grades';
import { JUDGEMENT_LABELS, JUDGEMENT_ORDER } from '../utils/core/vocabulary/judgements';
import type { AuthorityPanelContext, HistoryRow } from '../utils/core/model/authority-history';
import { isWebUrl } from '../utils/core/sites';
import type { Grade, JudgementKey } from '../utils/core/schema/domain';
import { CHIP_CSS } from './panel-styles';

const GRADES: readonly Grade[] = ['outstanding', 'good', 'requires-improvement', 'inadequate'];
const SHORT: Record<Grade, string> = { outstanding: 'Outst.', good: 'Good', 'requires-improvement': 'RI', inadequate: 'Inad.' };
const SHORT_JUDGEMENT: Partial<Record<JudgementKey, string>> = {
  overall: 'Overall', leaders: 'Leaders', helpAndProtection: 'Help and protection', inCare: 'In care', careLeavers: 'Care leavers',
  inCareAndCareLeavers: 'In care and care leavers', lookedAfter: 'Looked after', adoption: 'Adoption', lscb: 'LSCB',
};
const DIRECTION = { up: ['↑', 'up from'], down: ['↓', 'down from'], same: ['=', 'as'] } as const;
const FROM = { official: 'Ofsted official statistics', report: 'report read here', both: 'Ofsted official statistics and the report read here' } as const;

export const CONTEXT_CSS = `
.lens-context { margin-top: 10px; font: 13px/1.4 system-ui, sans-serif; }
.lens-context h3 { margin: 10px 0 4px; font-size: 13px; }
.lens-context .source { margin: 0 0 4px; font-size: 12px; color: #4a4a4a; }
.lens-context .warn { margin: 4px 0; padding: 4px 6px; border-left: 3px solid #b45309; }
.lens-context ul { list-style: none; margin: 0; padding: 0; }
.lens-context li { display: block; padding: 4px 0; border-top: 1px solid #e2e2e2; }
.lens-context li.neighbour { display: flex; justify-content: space-between; gap: 8px; align-items: center; }
.lens-context .row-head { display: flex; justify-content: space-between; gap: 8px; align-items: center; }
.lens-context .small { font-size: 12px; color: #4a4a4a; }
.lens-context table.picture { border-collapse: separate; border-spacing: 2px; width: 100%; font-size: 11px; }
.lens-context table.picture th { font-weight: 600; text-align: left; }
.lens-context table.picture td { text-align: center; padding: 2px 1px; border-radius: 3px; font-weight: 600; }
.lens-context td.none { color: #6b6b6b; }
.lens-context .dist { display: flex; height: 14px; border-radius: 3px; overflow: hidden; margin: 2px 0; }
.lens-context .dist span { display: block; height: 100%; }
.lens-context .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .lens-context .source, .lens-context .small { color: #c8c8c8; }
  .lens-context li { border-top-color: #3a3a3a; }
}
`;

type Child = Node | string | null | false;

export function drawAuthorityContext(doc: Document, context: AuthorityPanelContext): HTMLElement {
  const el = (tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement => {
    const element = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    for (const child of children) if (child !== null && child !== false) element.append(child);
    return element;
  };
  const link = (href: string | null, text: string) =>
    href && isWebUrl(href) ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text) : el('span', {}, text);
  const chip = (grade: Grade) => el('span', { class: `chip chip-${grade}` }, GRADE_LABELS[grade]);
  const when = (row: HistoryRow) => (row.start ? formatLongDate(row.start) : 'date not stated');
  const style = el('style', {}, CONTEXT_CSS + CHIP_CSS);

  const current = context.history.find((r) => r.current && r.disagreements.length > 0);
  const disagreement = current && el('p', { class: 'warn', 'data-disagreement': '' },
    `Ofsted’s official statistics differ from this report for the same inspection: ${current.disagreements
      .map((d) => `${JUDGEMENT_LABELS[d.judgement]} ${GRADE_LABELS[d.official]} in the statistics, ${GRADE_LABELS[d.report]} in the report`)
      .join('; ')}. The grades above are the report’s.`);

  // The picture: one row per judgement, one cell per inspection, oldest on the left.
  const columns = context.history.filter((r) => r.start).reverse();
  const judgements = JUDGEMENT_ORDER.filter((k) => columns.some((c) => c.grades[k]));
  judgements.unshift(...judgements.splice(judgements.indexOf('overall'), judgements.includes('overall') ? 1 : 0));
  const picture = columns.length > 0 && el('table', { class: 'picture', 'aria-label': `${context.name}’s grades at each inspection, oldest first` },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, el('span', { class: 'sr' }, 'Judgement')),
      ...columns.map((c) => el('th', { scope: 'col', title: `${when(c)}: ${FROM[c.from]}` }, c.start!.slice(0, 4))))),
    el('tbody', {}, ...judgements.map((key) => el('tr', { 'data-judgement': key },
      el('th', { scope: 'row' }, SHORT_JUDGEMENT[key] ?? JUDGEMENT_LABELS[key]),
      ...columns.map((c) => {
        const grade = c.grades[key];
        if (!grade) return el('td', { class: 'none', title: 'not graded' }, '–');
        const other = c.disagreements.find((d) => d.judgement === key);
        return el('td', { class: `chip-${grade}`, title: `${GRADE_LABELS[grade]}${other ? ` (the official statistics: ${GRADE_LABELS[other.official]})` : ''}` },
          el('span', { 'aria-hidden': 'true' }, SHORT[grade] + (other ? '*' : '')), el('span', { class: 'sr' }, GRADE_LABELS[grade]));
      }),
    ))));

  const history = el('ul', { 'aria-label': 'Graded inspections, newest first' }, ...context.history.map((row) =>
    el('li', { 'data-from': row.from, ...(row.current ? { 'data-current': '' } : {}) },
      el('div', { class: 'row-head' },
        el('span', {}, when(row), row.current ? ' (this report)' : ''),
        row.grades.overall ? chip(row.grades.overall) : el('span', { class: 'small' }, 'no overall grade'),
      ),
      el('div', { class: 'small' }, row.from === 'official' ? FROM.official : link(row.reportUrl, row.from === 'both' ? FROM.both : `From a ${FROM.report}`)),
      row.directions.length > 0 && el('div', { class: 'small' }, row.directions
        .map((d) => `${SHORT_JUDGEMENT[d.judgement] ?? JUDGEMENT_LABELS[d.judgement]} ${DIRECTION[d.direction][0]} ${DIRECTION[d.direction][1]} ${GRADE_LABELS[d.before]}`)
        .join('; ')),
      row.disagreements.length > 0 && el('div', { class: 'small', 'data-disagreement': '' },
        `The official statistics differ: ${row.disagreements.map((d) => `${JUDGEMENT_LABELS[d.judgement]} ${GRADE_LABELS[d.official]} (report: ${GRADE_LABELS[d.report]})`).join('; ')}`),
    ),
  ));

  const { england } = context;
  const counted = england.authorities - england.notInspected;
  const standing = england.standing;
  const englandPart = el('div', { class: 'england' },
    el('div', { class: 'dist', 'aria-hidden': 'true' }, ...GRADES.map((g) =>
      el('span', { class: `chip-${g}`, style: `width:${(100 * england.counts[g]) / Math.max(counted, 1)}%` }))),
    el('ul', { 'aria-label': `England’s latest overall grades at ${formatLongDate(context.asOf)}` }, ...GRADES.map((g) =>
      el('li', { class: 'neighbour', 'data-grade': g }, chip(g), `${england.counts[g]} of ${england.authorities}`))),
    england.notInspected > 0 && el('p', { class: 'small' }, `${england.notInspected} not yet inspected under ILACS.`),
    el('p', { class: 'small', 'data-standing': '' }, standing
      ? `${context.name}: ${GRADE_LABELS[standing.grade]}. ${standing.better} authorities have a better grade, ${standing.same} the same, ${standing.worse} a worse one.`
      : `${context.name} had no ILACS overall grade at that date.`),
  );

  const neighbours = el('ul', { 'aria-label': 'Statistical neighbours' }, ...context.neighbours.map((n) =>
    el('li', { class: 'neighbour', 'data-neighbour': n.key },
      link(n.url, n.name),
      n.overall ? chip(n.overall) : el('span', { class: 'small' }, 'not inspected'),
    )));

  return el('div', { class: 'lens-context', role: 'region', 'aria-label': `${context.name}: history and England-wide context`, 'data-authority-context': context.key },
    style,
    el('h3', {}, 'Graded inspections'),
    el('p', { class: 'source' }, context.source),
    disagreement ?? null,
    picture,
    history,
    el('h3', {}, `England at ${formatLongDate(context.asOf)}`),
    el('p', { class: 'source' }, context.source),
    englandPart,
    el('h3', {}, 'Statistical neighbours’ latest overall grades'),
    el('p', { class: 'source' }, context.source),
    neighbours,
  );
}
