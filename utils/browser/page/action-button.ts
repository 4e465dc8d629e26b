// The buttons of Ofsted Lens's controls on a page (Save note, a note's card, a failed save); each
// acts only on the reader's own click, never a page script's.
import { onTrusted } from '../../../components/trusted-events';

export function actionButton(doc: Document, label: string, onClick: (event: MouseEvent) => void, quiet = false): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  if (quiet) button.className = 'quiet';
  button.textContent = label;
  onTrusted(button, 'click', onClick);
  return button;
}
