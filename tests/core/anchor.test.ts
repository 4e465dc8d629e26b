// Anchoring notes on the real report's text: found in place, found after the text around it was
// edited, found after the quote itself changed by a few words, and not found when it is gone.
import { describe, expect, it } from 'vitest';
import { describeAnchor, locateAnchor } from '../../utils/core/notes/anchor';
import { realFixture } from '../helpers/fixtures';

const text = realFixture('portsmouth-ilacs-2023.txt');
const QUOTE = 'The number of care-experienced young people in education, employment or training is too low.';
const start = text.indexOf(QUOTE);
const anchor = describeAnchor(text, start, start + QUOTE.length);

describe('note anchors on the real report', () => {
  it('describes a quote with its prefix, suffix and position', () => {
    expect(anchor.quote.exact).toBe(QUOTE);
    expect(anchor.quote.prefix).toMatch(/40\. $/);
    expect(anchor.quote.suffix).toMatch(/^ This was identified in the 2018/);
    expect(anchor.position).toEqual({ type: 'TextPositionSelector', start, end: start + QUOTE.length });
  });

  it('finds the quote in place by its position', () => {
    expect(locateAnchor(text, anchor)).toEqual({ start, end: start + QUOTE.length, exact: true });
  });

  it('finds it again after the page text is edited around it', () => {
    const edited = `Cookie banner: accept all cookies?\n${text.replace('Impressive early help services', 'Impressive, well-run early help services')}`;
    const found = locateAnchor(edited, anchor)!;
    expect(edited.slice(found.start, found.end)).toBe(QUOTE);
    expect(found.exact).toBe(true);
  });

  it('finds it again after the quote itself changed by a few words', () => {
    const changed = text.replace(QUOTE, 'The number of care-experienced young people in education, employment and training remains too low.');
    const found = locateAnchor(changed, anchor)!;
    expect(found.exact).toBe(false);
    expect(changed.slice(found.start, found.end)).toMatch(/^The number of care-experienced young people in education, employment and training remains too low/);
  });

  it('chooses the occurrence whose surroundings fit when the quote appears more than once', () => {
    const phrase = 'care-experienced young people';
    const second = text.indexOf(phrase, text.indexOf('36. '));
    const repeated = describeAnchor(text, second, second + phrase.length);
    const shifted = `Preface.\n${text}`;
    const found = locateAnchor(shifted, repeated)!;
    expect(found.start).toBe(second + 'Preface.\n'.length);
  });

  it('says so when the quote is gone', () => {
    const gone = text.replace(QUOTE, '').replace(/employment|training|too low/g, 'x');
    expect(locateAnchor(gone.slice(0, 5000), anchor)).toBeNull();
  });
});
