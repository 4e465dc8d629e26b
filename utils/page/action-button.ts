// The buttons of Ofsted Lens's controls on a page (Save note, a note's card, a failed save).
export function actionButton(doc: Document, label: string, onClick: () => void, quiet = false): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  if (quiet) button.className = 'quiet';
  button.textContent = label;
  button.addEventListener('click', onClick);
  return button;
}
