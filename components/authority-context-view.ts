// An authority's history and England-wide context, drawn with plain DOM calls into the panel's
// shadow root (by the overlay and the reader, never the content script) or into the popup, each
// part folded until it is opened: the picture of its inspections (each once, its source said), England
// and the neighbours. Every grade is written in words beside its colour, so the picture reads
// without colour too.
import { formatLongDate } from '../utils/core/dates';
import { GRADE_LABELS, GRADES_BEST_FIRST } from '../utils/core/vocabulary/grades';
import { JUDGEMENT_LABELS, JUDGEMENT_ORDER } from '../utils/core/vocabulary/judgements';
import { columnSources, splitJudgementNote, type AuthorityPanelContext } from '../utils/core/model/authority-history';
import { isWebUrl } from '../utils/core/sites';
import type { Grade } from '../utils/core/schema/domain';
import type { NeighbourGrade } from '../utils/core/authorities/context';
import { fold } from './fold';
import { CHIP_CSS, FOLD_CSS } from './panel-styles';

const SHORT: Record<Grade, string> = { outstanding: 'Outst.', good: 'Good', 'requires-improvement': 'RI', inadequate: 'Inad.' };

export const CONTEXT_CSS = `
.lens-context { font: 14px/1.4 system-ui, sans-serif; }
.lens-context .source { margin: 0 0 4px; font-size: 12px; color: #4a4a4a; }
.lens-context .warn { margin: 4px 0; padding: 4px 6px; border-left: 3px solid #b45309; }
.lens-context ul { list-style: none; margin: 0; padding: 0; }
.lens-context li { display: flex; justify-content: space-between; gap: 8px; align-items: center; padding: 4px 0; border-top: 1px solid #e2e2e2; }
.lens-context li[data-self] { font-weight: 700; }
.lens-context .who { flex: 1; min-width: 0; }
.lens-context .small { font-size: 12px; color: #4a4a4a; }
.lens-context .date { white-space: nowrap; }
.lens-context table.picture { border-collapse: separate; border-spacing: 2px; width: 100%; font-size: 12px; }
.lens-context table.picture th { font-weight: 600; text-align: left; }
.lens-context table.picture thead th { text-align: center; white-space: nowrap; }
.lens-context table.picture thead th.current { text-decoration: underline; }
.lens-context table.picture td { text-align: center; padding: 2px 1px; border-radius: 3px; font-weight: 600; white-space: nowrap; }
.lens-context td.none { color: #6b6b6b; }
.lens-context .dist { display: flex; height: 14px; border-radius: 3px; overflow: hidden; margin: 2px 0; }
.lens-context .dist span { display: block; height: 100%; }
.lens-context .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .lens-context .source, .lens-context .small { color: #c8c8c8; }
  .lens-context li { border-top-color: #3a3a3a; }
  .lens-context td.none { color: #a8a8a8; }
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
  const date = (iso: string) => el('span', { class: 'date' }, formatLongDate(iso));
  const style = el('style', {}, CONTEXT_CSS + CHIP_CSS + FOLD_CSS);

  const current = context.history.find((r) => r.current && r.disagreements.length > 0);
  const disagreement = current && el('p', { class: 'warn', 'data-disagreement': '' },
    `Ofsted’s official statistics differ from this report for the same inspection: ${current.disagreements
      .map((d) => `${JUDGEMENT_LABELS[d.judgement]} ${GRADE_LABELS[d.official]} in the statistics, ${GRADE_LABELS[d.report]} in the report`)
      .join('; ')}. The grades above are the report’s.`);

  // The picture: one row per judgement, one column per inspection, oldest on the left; each
  // inspection once, its year linking to its report where there is one.
  const columns = context.history.filter((r) => r.start).reverse();
  const judgements = JUDGEMENT_ORDER.filter((k) => columns.some((c) => c.grades[k]));
  judgements.unshift(...judgements.splice(judgements.indexOf('overall'), judgements.includes('overall') ? 1 : 0));
  const picture = columns.length > 0 && el('table', { class: 'picture', 'aria-label': `${context.name}’s grades at each inspection, oldest first` },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, el('span', { class: 'sr' }, 'Judgement')),
      ...columns.map((c) => el('th', { scope: 'col', title: formatLongDate(c.start!), 'data-from': c.from, ...(c.current ? { class: 'current', 'data-current': '' } : {}) },
        link(c.reportUrl, c.start!.slice(0, 4)), c.current ? el('span', { class: 'sr' }, ' (this report)') : null)))),
    el('tbody', {}, ...judgements.map((key) => el('tr', { 'data-judgement': key },
      el('th', { scope: 'row' }, JUDGEMENT_LABELS[key]),
      ...columns.map((c) => {
        const grade = c.grades[key];
        if (!grade) return el('td', { class: 'none', title: 'not graded' }, '–');
        const other = c.disagreements.find((d) => d.judgement === key);
        return el('td', { class: `chip-${grade}`, title: `${GRADE_LABELS[grade]}${other ? ` (the official statistics: ${GRADE_LABELS[other.official]})` : ''}` },
          el('span', { 'aria-hidden': 'true' }, SHORT[grade] + (other ? '*' : '')), el('span', { class: 'sr' }, GRADE_LABELS[grade]));
      }),
    ))));
  const split = splitJudgementNote(context.history);
  const undated = context.history.filter((r) => !r.start).length;

  const { england } = context;
  const counted = england.authorities - england.notInspected;
  const { standing } = england;
  const englandPart = el('div', { class: 'england' },
    el('p', { class: 'source' }, context.englandSource),
    el('div', { class: 'dist', 'aria-hidden': 'true' }, ...GRADES_BEST_FIRST.map((g) =>
      el('span', { class: `chip-${g}`, style: `width:${(100 * england.counts[g]) / Math.max(counted, 1)}%` }))),
    el('ul', { 'aria-label': `England’s latest overall grades at ${formatLongDate(context.asOf)}` }, ...GRADES_BEST_FIRST.map((g) =>
      el('li', { 'data-grade': g }, chip(g), `${england.counts[g]} of ${england.authorities}`))),
    england.notInspected > 0 && el('p', { class: 'small' }, `${england.notInspected} not yet inspected under ILACS.`),
    el('p', { class: 'small', 'data-standing': '' }, standing
      ? `${context.name}: ${GRADE_LABELS[standing.grade]}. ${standing.better} authorities have a better grade, ${standing.same} the same, ${standing.worse} a worse one.`
      : `${context.name} had no ILACS overall grade at that date.`),
  );

  // The neighbours with the authority among them, best grade first, each grade with its inspection's date.
  const rank = (n: NeighbourGrade) => (n.overall ? GRADES_BEST_FIRST.indexOf(n.overall) : GRADES_BEST_FIRST.length);
  const withSelf = [context.self, ...context.neighbours].sort((a, b) => rank(a) - rank(b));
  const neighbours = el('ul', { 'aria-label': 'Statistical neighbours' }, ...withSelf.map((n) =>
    el('li', n === context.self ? { 'data-self': '' } : { 'data-neighbour': n.key },
      el('span', { class: 'who' }, link(n.url, n.name), n === context.self ? ' (this authority)' : '', el('br', {}),
        el('span', { class: 'small' }, n.start ? date(n.start) : 'not inspected under ILACS', n.from === 'report' ? ' · read from its report' : '')),
      n.overall ? chip(n.overall) : null,
    )));

  return el('div', { class: 'lens-context', role: 'region', 'aria-label': `${context.name}: history and England-wide context`, 'data-authority-context': context.key },
    style,
    fold(doc, 'fold-history', `History: ${columns.length === 1 ? '1 graded inspection' : `${columns.length} graded inspections`}`,
      disagreement ?? null,
      picture,
      ...columnSources(context).map((sentence) => el('p', { class: 'source', 'data-sources': '' }, sentence)),
      split ? el('p', { class: 'small', 'data-split': '' }, split) : null,
      undated > 0 && el('p', { class: 'small' }, `${undated === 1 ? 'One report read here states' : `${undated} reports read here state`} no date, so ${undated === 1 ? 'it is' : 'they are'} not in the picture.`),
    ),
    fold(doc, 'fold-england', `England at ${formatLongDate(context.asOf)}`, englandPart),
    fold(doc, 'fold-neighbours', `Neighbours at ${formatLongDate(context.asOf)}`, el('p', { class: 'source' }, context.englandSource), neighbours),
  );
}
