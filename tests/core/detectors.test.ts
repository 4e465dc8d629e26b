import { describe, expect, it } from 'vitest';
import { DETECTORS, type Detector } from '../../utils/core/recognise/detectors';
import { recognise } from '../../utils/core/recognise/recognise';

const head = (text: string) => text.slice(0, 4000);
const accepts = (d: Detector, text: string, url?: string) => d.test({ text, url }, head(text));

describe('document detectors', () => {
  for (const detector of DETECTORS) {
    it(`${detector.kind}: accepts each of its own examples`, () => {
      for (const example of detector.examples) expect(accepts(detector, example)).toBe(true);
    });

    it(`${detector.kind}: rejects every other detector's examples`, () => {
      for (const other of DETECTORS.filter((d) => d !== detector)) {
        for (const example of other.examples) expect(accepts(detector, example), `${detector.kind} took a ${other.kind} example`).toBe(false);
      }
    });
  }

  it('does not call a report on an Ofsted host news', () => {
    const news = DETECTORS.find((d) => d.kind === 'news')!;
    expect(accepts(news, news.examples[0]!, 'https://reports.ofsted.gov.uk/provider/44/80429')).toBe(false);
  });

  it('bails out on a page with no mention of children, before any detector runs', () => {
    expect(recognise({ text: 'Ofsted inspection rated good '.repeat(50), url: 'https://example.org/' })).toBeNull();
  });

  it('recognises nothing in an empty page', () => {
    expect(recognise({ text: '' })).toBeNull();
  });
});
