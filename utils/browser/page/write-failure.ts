// When a note cannot be stored: say why, and keep its text on screen where the reader can copy
// it, with a way to try again. Fixed to the bottom-left corner, clear of the panel.
import { actionButton } from './action-button';
import { guardedButton } from './click-guard';
import { raise, shadowHost } from './shadow-host';

export const ALERT_TAG = 'ofsted-lens-alert';

const LAYOUT = { display: 'block', position: 'fixed', left: '16px', bottom: '16px', 'z-index': '2147483647' };
const CSS = `.alert { width: 20rem; padding: 0.7rem; background: #fff; color: #1b1b1b; border: 2px solid #b00020; border-radius: 6px;
  box-shadow: 0 4px 12px rgba(0,0,0,.25); font: 13px/1.4 system-ui, sans-serif; }
p { margin: 0 0 0.5rem; }
textarea { width: 100%; box-sizing: border-box; min-height: 5rem; margin-bottom: 0.4rem; font: inherit; }
.row { display: flex; gap: 0.4rem; }
button { font: inherit; padding: 0.2em 0.7em; border-radius: 0.8em; border: 1px solid #1d3557; background: #1d3557; color: #fff; cursor: pointer; }
button.quiet { background: #fff; color: #1d3557; }
button:focus-visible, textarea:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { .alert { background: #1e1e1e; color: #f2f2f2; } button.quiet { background: #1e1e1e; color: #dbeafe; } }`;

export type WriteFailure = { reason: string; text: string; retry: () => void };

/** Replaces any earlier alert; returns how to take this one down. */
export function showWriteFailure(doc: Document, { reason, text, retry }: WriteFailure): () => void {
  doc.querySelector(ALERT_TAG)?.remove();
  const control = shadowHost(doc, ALERT_TAG, CSS, { layout: LAYOUT, topLayer: true });
  const { host, root } = control;
  const box = doc.createElement('div');
  box.className = 'alert';
  box.setAttribute('role', 'alert');
  const message = doc.createElement('p');
  const said = `Ofsted Lens could not save this note. ${reason} Your text is below: copy it before you leave the page.`;
  message.textContent = said;
  const copy = doc.createElement('textarea');
  copy.readOnly = true;
  copy.value = text;
  copy.setAttribute('aria-label', 'The note that was not saved');
  const row = doc.createElement('div');
  row.className = 'row';
  const again = guardedButton(doc, control, 'Try again', () => {
    host.remove();
    retry();
  }, (refusal) => {
    message.textContent = `${refusal} ${said}`;
  });
  row.append(again, actionButton(doc, 'Close', () => host.remove(), true));
  box.append(message, copy, row);
  root.append(box);
  doc.documentElement.append(host);
  raise(control);
  copy.focus();
  copy.select?.(); // linkedom, which the unit tests use, has no select()
  return () => host.remove();
}
