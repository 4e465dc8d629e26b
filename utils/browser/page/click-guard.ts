// A control that saves or deletes acts only when the reader could see it as they clicked. A page
// can hide our card and put a decoy where its Delete is (over it, letting clicks through, or under
// it): the click is the reader's own, so its being trusted says nothing of what they saw. At the
// moment of the click the host must still be in the top layer, be the first thing under the
// pointer, be drawn at full opacity, and (in Chromium, which tracks it) not have been seen on screen
// with something painted over it; otherwise the click is refused and the control says so.
import { actionButton } from './action-button';
import type { ShadowHost } from './shadow-host';

export const REFUSED_CLICK =
  'Ofsted Lens did not act on that click: something on this page was covering or hiding this control. Nothing was changed.';

type WithVisibility = IntersectionObserverEntry & { isVisible?: boolean };

/**
 * Whether the browser, when it last looked, saw `element` on screen but covered or faded
 * (Intersection Observer v2, in Chromium). False where it does not track that (Firefox), before its
 * first report, and while the last report is of the element off screen: the browser reports at most
 * every 100 ms, so an element scrolled into view just now has no report yet, and the checks made at
 * the click stand alone.
 */
function occlusionOf(doc: Document, element: Element): () => boolean {
  const Observer = doc.defaultView?.IntersectionObserver;
  if (!Observer) return () => false;
  let occluded = false;
  const observer = new Observer(
    (entries) => {
      for (const entry of entries as WithVisibility[]) occluded = entry.isIntersecting && entry.isVisible === false;
      if (!element.isConnected) observer.disconnect();
    },
    // trackVisibility needs a delay of at least 100 ms between reports.
    { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(element);
  return () => occluded;
}

/** The product of the opacities from `element` up to `host`, the last that can apply in the top layer. */
function drawnOpacity(element: Element, host: Element): number {
  const view = element.ownerDocument.defaultView;
  if (!view?.getComputedStyle) return 1;
  let opacity = 1;
  for (let at: Element | null = element; at; at = at === host ? null : (at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null))) {
    opacity *= Number(view.getComputedStyle(at).opacity || 1);
  }
  return opacity;
}

/** Whether a click on `button` in `control` must not act: the reader could not have seen what they clicked. */
function hiddenOrCovered(doc: Document, { host, root, inTopLayer }: ShadowHost, button: HTMLElement, event: MouseEvent, occluded: boolean): boolean {
  if (!host.isConnected) return true;
  if (inTopLayer && !host.matches(':popover-open')) return true;
  if (typeof doc.elementsFromPoint === 'function') {
    // A click from the keyboard (Enter on the focused button) has no pointer: its place is the button's.
    const box = button.getBoundingClientRect();
    const [x, y] = event.detail > 0 ? [event.clientX, event.clientY] : [box.left + box.width / 2, box.top + box.height / 2];
    if (doc.elementsFromPoint(x, y)[0] !== host) return true;
    const own = root.elementFromPoint(x, y);
    if (!own || !button.contains(own)) return true;
  }
  if (button.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) === false) return true;
  if (drawnOpacity(button, host) < 0.99) return true;
  // Something drawn over it that lets the pointer through (a decoy with pointer-events: none) is
  // not under the pointer for elementsFromPoint; only the browser's own look at what it painted sees it.
  return occluded;
}

/**
 * A button in `control` that runs `onClick` on the reader's click only when they could see it,
 * and otherwise calls `refused` with words to show them.
 */
export function guardedButton(
  doc: Document,
  control: ShadowHost,
  label: string,
  onClick: () => void,
  refused: (message: string) => void,
  quiet = false,
): HTMLButtonElement {
  let occluded = () => false;
  const button = actionButton(doc, label, (event) => (hiddenOrCovered(doc, control, button, event, occluded()) ? refused(REFUSED_CLICK) : onClick()), quiet);
  occluded = occlusionOf(doc, button);
  return button;
}
