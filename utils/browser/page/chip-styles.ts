import { CHIP_CSS } from '../../../components/panel-styles';

/** Gives an extension page (reader, popup) the same grade chips as the panel, from one definition. */
export function adoptChipStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = CHIP_CSS;
  doc.head.append(style);
}
