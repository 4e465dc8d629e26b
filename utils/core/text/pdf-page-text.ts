// pdf.js gives positioned runs of text; reports need paragraphs. This turns one page's runs
// into text as the real fixtures have it: a line per paragraph (a line that runs to the right
// margin was wrapped and continues on the next), a tab between table cells, and a blank line
// where the gap between lines is wider than the page's usual line spacing.
import { BULLET_GLYPHS } from '../vocabulary/bullets';

export type PositionedText = { str: string; x: number; y: number; width: number; hasEOL: boolean; fontName?: string };

const PARAGRAPH_GAP_FACTOR = 1.5;
const CELL_GAP = 18;
const WRAP_SLACK = 4;
const HEADING_WORDS = 6;

function usualLineGap(ys: number[]): number {
  const gaps = ys
    .slice(1)
    .map((y, i) => Math.abs(ys[i]! - y))
    .filter((gap) => gap > 1)
    .sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 12;
}

type Line = { y: number; x: number; text: string; endX: number; firstFont?: string; lastFont?: string };

/**
 * Runs grouped into visual lines, top of the page first (content order is not reading order). A
 * line's runs are joined once it is whole: a page may put thousands of runs on one line.
 */
function visualLines(items: readonly PositionedText[]): Line[] {
  const runs = items
    .filter((item) => item.str.trim())
    .map((item, order) => ({ ...item, order }))
    .sort((a, b) => (Math.abs(a.y - b.y) < 2 ? a.x - b.x || a.order - b.order : b.y - a.y));
  const lines: Array<Line & { parts: string[] }> = [];
  for (const run of runs) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - run.y) < 2) {
      // Each run is trimmed, so nothing but the gap puts white space between two.
      const gap = run.x - line.endX;
      line.parts.push(gap > CELL_GAP ? '\t' : gap > 1 ? ' ' : '', run.str.trim());
      line.endX = run.x + run.width;
      line.lastFont = run.fontName;
    } else {
      lines.push({ y: run.y, x: run.x, text: '', parts: [run.str.trim()], endX: run.x + run.width, firstFont: run.fontName, lastFont: run.fontName });
    }
  }
  return lines.map(({ parts, ...line }) => ({ ...line, text: parts.join('') }));
}

// A numbered paragraph or a bullet starts its own line however full the line before it was
// (real-pdf/inspection/80476_kent_cs-inspection_2022-07-05.pdf: "…in these discussions." / "13. By working…").
const STARTS_ITEM = new RegExp(String.raw`^(?:\d{1,3}\.\s|[${BULLET_GLYPHS}]\s)`);

/** A line was wrapped when the next line's first word would not have fitted at its end. */
function wouldNotFit(previous: Line, next: Line, rightMargin: number): boolean {
  if (STARTS_ITEM.test(next.text)) return false;
  // A short line in another font is a heading under a full line, not its end
  // (real-pdf/focused-visit/80526_north-east-lincolnshire_focused-visit_2019-05-08.pdf: "…including managers." / "Findings").
  if (next.firstFont !== previous.lastFont && next.firstFont === next.lastFont && next.text.split(' ').length <= HEADING_WORDS) return false;
  const charWidth = (previous.endX - previous.x) / Math.max(1, previous.text.length);
  const firstWord = next.text.split(/\s/, 1)[0] ?? '';
  return previous.endX + (firstWord.length + 1) * charWidth >= rightMargin - WRAP_SLACK;
}

export function pageText(items: readonly PositionedText[]): string {
  const lines = visualLines(items);
  const gap = usualLineGap(lines.map((line) => line.y));
  const rightMargin = lines.filter((line) => !line.text.includes('\t')).reduce((margin, line) => Math.max(margin, line.endX), 0);
  let text = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous) {
      const paragraphBreak = Math.abs(previous.y - line.y) > gap * PARAGRAPH_GAP_FACTOR;
      const wrapped = !previous.text.includes('\t') && !/-$/.test(previous.text) && wouldNotFit(previous, line, rightMargin);
      text += paragraphBreak ? '\n\n' : wrapped ? ' ' : '\n';
    }
    text += line.text;
  });
  return text;
}

/** A whole document: pages separated by a blank line, as the real fixtures show page breaks. */
export function documentText(pages: readonly string[]): string {
  return pages.join('\n\n');
}
