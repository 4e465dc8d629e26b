// pdf.js gives positioned runs of text; reports need lines and paragraphs. This turns one
// page's runs into text with a line per visual line and a blank line where the gap between
// lines is wider than the page's usual line spacing (a paragraph break).
export type PositionedText = { str: string; x: number; y: number; width: number; hasEOL: boolean };

const PARAGRAPH_GAP_FACTOR = 1.5;

function usualLineGap(ys: number[]): number {
  const gaps = ys
    .slice(1)
    .map((y, i) => Math.abs(ys[i]! - y))
    .filter((gap) => gap > 1)
    .sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 12;
}

export function pageText(items: readonly PositionedText[]): string {
  const lines: { y: number; text: string; endX: number }[] = [];
  for (const item of items) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - item.y) < 2) {
      const needsSpace = item.x - line.endX > 1 && !/\s$/.test(line.text) && !/^\s/.test(item.str);
      line.text += (needsSpace ? ' ' : '') + item.str;
      line.endX = item.x + item.width;
    } else if (item.str.trim() || lines.length > 0) {
      lines.push({ y: item.y, text: item.str, endX: item.x + item.width });
    }
  }
  const kept = lines.filter((line) => line.text.trim());
  const gap = usualLineGap(kept.map((line) => line.y));
  return kept
    .map((line, i) => {
      const previous = kept[i - 1];
      const paragraphBreak = previous && Math.abs(previous.y - line.y) > gap * PARAGRAPH_GAP_FACTOR;
      return (paragraphBreak ? '\n' : '') + line.text.trim();
    })
    .join('\n');
}

/** A whole document: pages separated by a blank line, as the real fixtures show page breaks. */
export function documentText(pages: readonly string[]): string {
  return pages.join('\n\n');
}
