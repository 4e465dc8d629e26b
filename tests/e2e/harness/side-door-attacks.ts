// What a hostile page's own scripts do in the side-door attack tests, for Chromium
// (tests/e2e/attacker-side-doors.e2e.test.ts) and Firefox (tests/e2e-firefox/): each a function
// evaluated in the page's main world (Playwright's and puppeteer's page.evaluate), so each is
// self-contained, naming nothing outside itself.

/** A comment the reader writes: no run of it long enough to mean anything may reach the page. */
export const COMMENT = 'Confidential: raise with the DCS before the March scrutiny.';
export const COMMENT_RUNS = [COMMENT.slice(0, 12), 'DCS before'];
/** The decoys' colour, magenta, found nowhere else on the page or in Ofsted Lens's card. */
export const DECOY = 'rgb(255, 0, 255)';

/** Where a decoy goes: a box on the screen, in the window's coordinates. */
export type DecoyBox = { left: number; top: number; width: number; height: number };

/** Watches the page's CSS.highlights registry, which every script in the page shares, for five seconds: every highlighted range's text it saw. */
export async function watchHighlightRegistry(): Promise<string[]> {
  const quotes = new Set<string>();
  for (const end = Date.now() + 5000; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 100))) {
    for (const [name, highlight] of CSS.highlights) for (const range of highlight) quotes.add(`${name}: ${(range as Range).toString()}`);
  }
  return [...quotes];
}

/** Clears the registry, forges a note's highlight over the heading, and scrolls a pixel so anything drawn is drawn again. */
export function clearAndForgeHighlights(): void {
  CSS.highlights.clear();
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('h1')!);
  CSS.highlights.set('ofsted-lens-notes', new Highlight(range));
  window.scrollBy(0, 1);
}

/** Each element of Ofsted Lens's in the page, as its tag and its attributes (`name=value`). */
export function attributesOfOurHosts(): string[] {
  return [...document.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('ofsted-lens-'))
    .map((el) => [el.localName, ...el.getAttributeNames().map((name) => `${name}=${el.getAttribute(name)}`)].join(' '));
}

/**
 * A key logger: every keyboard, input, composition, clipboard and focus event, caught on the window
 * and the document as it starts out (before any target can stop it) and as it bubbles back, each
 * listener keeping its own stream of the characters it saw; and the selection whenever it changes.
 */
export function installKeyLogger(): void {
  const streams: Record<string, string> = {};
  (window as unknown as { __logged: Record<string, string> }).__logged = streams;
  const types = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'copy', 'cut', 'focusin', 'focusout'];
  for (const type of types) {
    for (const capture of [true, false]) {
      for (const [name, target] of [['window', window], ['document', document]] as const) {
        const stream = `${type} on ${name}${capture ? ', capturing' : ''}`;
        target.addEventListener(type, (event) => {
          const e = event as KeyboardEvent & InputEvent & ClipboardEvent;
          const text = e.key ?? e.data ?? e.clipboardData?.getData('text') ?? '';
          streams[stream] = (streams[stream] ?? '') + (text.length === 1 ? text : '');
        }, capture);
      }
    }
  }
  document.addEventListener('selectionchange', () => (streams.selection = `${streams.selection ?? ''}${getSelection()?.toString() ?? ''}`));
}

/** What the key logger kept, by stream. */
export const loggedStreams = () => (window as unknown as { __logged: Record<string, string> }).__logged;

/** The streams that hold any of `secrets`. */
export const streamsHolding = (logged: Record<string, string>, secrets: readonly string[]) =>
  Object.entries(logged).filter(([, text]) => secrets.some((secret) => text.includes(secret))).map(([stream]) => stream);

/** The page's own style sheet against every element Ofsted Lens draws on a page, and the card's inline style whenever it appears. */
export function hideOurElements(): void {
  const style = document.createElement('style');
  style.textContent = `ofsted-lens-note-card, ofsted-lens-panel, ofsted-lens-chip, ofsted-lens-save, ofsted-lens-alert {
    opacity: 0 !important; visibility: hidden !important; display: none !important; pointer-events: none !important;
    transform: translateX(-5000px) !important; filter: opacity(0) !important; clip-path: inset(50%) !important; z-index: -1 !important; }`;
  document.head.append(style);
  new MutationObserver(() => {
    for (const el of document.querySelectorAll<HTMLElement>('ofsted-lens-note-card')) el.style.setProperty('opacity', '0', 'important');
  }).observe(document.documentElement, { childList: true });
}

/** How the note's card is drawn, as the page reads it: opacity, visibility, shown or not, pointer-events, transform, filter, clip-path, z-index. */
export function cardAsDrawn(): string {
  const s = getComputedStyle(document.querySelector('ofsted-lens-note-card')!);
  return [s.opacity, s.visibility, s.display === 'none' ? 'none' : 'shown', s.pointerEvents, s.transform, s.filter, s.clipPath, s.zIndex].join(' ');
}

/** The card as the reader sees it when nothing hides it. */
export const CARD_AS_DRAWN = '1 visible shown auto none none none 2147483647';

/** Two decoys in the decoys' colour: one under the card, taking clicks, and one over it at the highest z-index, letting them through. */
export function decoysUnderAndOver({ box, colour }: { box: DecoyBox; colour: string }): void {
  for (const [z, through] of [[1, false], [2147483647, true]] as const) {
    const decoy = document.createElement('button');
    decoy.textContent = 'Continue reading';
    decoy.style.cssText = `position: fixed; left: ${box.left}px; top: ${box.top}px; width: ${box.width}px; height: ${box.height}px; z-index: ${z}; background: ${colour};${through ? ' pointer-events: none;' : ''}`;
    document.body.append(decoy);
  }
}

/** A popover of the page's own over the card, opened after it: the last in the top layer, drawn over it, letting clicks through. */
export function decoyInTheTopLayer(box: DecoyBox): void {
  const decoy = document.createElement('div');
  decoy.popover = 'manual';
  decoy.textContent = 'Continue reading';
  decoy.style.cssText = `position: fixed; inset: auto; margin: 0; left: ${box.left}px; top: ${box.top}px; width: ${box.width}px; height: ${box.height}px; background: #fff; border: 0; pointer-events: none;`;
  document.body.append(decoy);
  decoy.showPopover();
}

/** Takes the card out of the top layer and covers it with a decoy at the highest z-index, letting clicks through. */
export function cardOutOfTheTopLayerAndCovered(box: DecoyBox): void {
  const card = document.querySelector<HTMLElement>('ofsted-lens-note-card')!;
  if (card.matches(':popover-open')) card.hidePopover();
  card.removeAttribute('popover');
  const decoy = document.createElement('div');
  decoy.textContent = 'Continue reading';
  decoy.style.cssText = `position: fixed; left: ${box.left}px; top: ${box.top}px; width: ${box.width}px; height: ${box.height}px; z-index: 2147483647; background: #fff; pointer-events: none;`;
  document.documentElement.append(decoy);
}

/** Where the quote starts on screen, found in the page's own text, its paragraph scrolled to the middle. */
export function quoteStart(quote: string): { x: number; y: number } {
  const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(quote))!;
  p.scrollIntoView({ block: 'center' });
  const node = p.firstChild as Text;
  const range = document.createRange();
  range.setStart(node, node.data.indexOf(quote));
  range.setEnd(node, node.data.indexOf(quote) + 4);
  const rect = range.getBoundingClientRect();
  return { x: rect.left + 3, y: rect.top + rect.height / 2 };
}

/** In a blank tab (the hostile page could answer anything): how many pixels of a PNG are the decoys' magenta. */
export async function magentaPixels(base64: string): Promise<number> {
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  let count = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! > 200 && data[i + 1]! < 80 && data[i + 2]! > 200) count += 1;
  return count;
}
