// Grade chips beside each judgement heading and table row of a report page. Each chip is its own
// shadow host, so the page's styles cannot restyle it and its styles cannot leak; the host says
// nothing of the grade it shows.
import { CHIP_CSS } from '../../../components/panel-styles';
import { GRADE_LABELS } from '../../core/vocabulary/grades';
import { splitLabelAndRest } from '../../core/vocabulary/judgement-wordings';
import type { Grade, Grades } from '../../core/schema/domain';
import { shadowHost } from './shadow-host';
import { onTrusted } from '../../../components/trusted-events';

const CANDIDATES = 'h1, h2, h3, h4, h5, h6, th, td, dt, dd, p, strong, b, span';
const MAX_LABEL_LENGTH = 200;
export const CHIP_TAG = 'ofsted-lens-chip';

export function gradeChipElement(doc: Document, grade: Grade, label: string): HTMLElement {
  const { host, root } = shadowHost(doc, CHIP_TAG, CHIP_CSS, { layout: { 'margin-left': '0.4em' } });
  const span = doc.createElement('span');
  span.className = `chip chip-${grade}`;
  span.textContent = GRADE_LABELS[grade];
  span.setAttribute('aria-label', `${label}: ${GRADE_LABELS[grade]} (Ofsted Lens)`);
  root.append(span);
  return host;
}

/** Adds a chip to each element whose own text is a judgement label with a grade on record. Returns how many. */
export function addInlineChips(doc: Document, grades: Grades): number {
  const matches = [...doc.body.querySelectorAll<HTMLElement>(CANDIDATES)].filter((el) => {
    const text = el.textContent ?? '';
    if (text.length > MAX_LABEL_LENGTH || el.closest(CHIP_TAG) || el.querySelector(CHIP_TAG)) return false;
    const split = splitLabelAndRest(text);
    return split !== null && grades[split.key] !== undefined;
  });
  // Only the innermost element of a nest of matches gets the chip.
  const innermost = matches.filter((el) => !matches.some((other) => other !== el && el.contains(other)));
  for (const el of innermost) {
    const key = splitLabelAndRest(el.textContent ?? '')!.key;
    el.append(gradeChipElement(doc, grades[key]!, el.textContent?.trim() ?? key));
  }
  return innermost.length;
}

/** On a provider page: the overall grade beside each listed report the library knows. */
export function addReportLinkChips(doc: Document, gradeOf: (href: string) => Grade | null): number {
  let added = 0;
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a.publication-link, a[href*="ofsted.gov.uk/v1/file/"]')) {
    const grade = gradeOf(link.href);
    if (!grade || link.nextElementSibling?.tagName.toLowerCase() === CHIP_TAG) continue;
    link.after(gradeChipElement(doc, grade, `Overall effectiveness`));
    added += 1;
  }
  return added;
}

const OPEN_BUTTON_CSS = `button { margin-left: 0.5em; font: 600 12px/1.5 system-ui, sans-serif; padding: 0.1em 0.6em; border-radius: 0.8em; border: 1px solid #1d3557; background: #eef3fb; color: #1d3557; cursor: pointer; } button:focus-visible { outline: 3px solid #ffbf47; }`;
export const OPEN_TAG = 'ofsted-lens-open';

/** Beside each report link on a provider page, "Open in Ofsted Lens" (the reader). */
export function addOpenInReaderButtons(doc: Document, open: (href: string) => void): number {
  let added = 0;
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a.publication-link, a[href*="ofsted.gov.uk/v1/file/"]')) {
    if (link.parentElement?.querySelector(OPEN_TAG)) continue;
    const { host, root } = shadowHost(doc, OPEN_TAG, OPEN_BUTTON_CSS);
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = 'Open in Ofsted Lens';
    onTrusted(button, 'click', () => open(link.href));
    root.append(button);
    link.after(host);
    added += 1;
  }
  return added;
}
