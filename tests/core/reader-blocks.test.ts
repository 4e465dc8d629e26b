// The reader's view of a report's text: its table rows carry only grades the parser read.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { readerBlocks } from '../../utils/core/report/reader-blocks';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';

const chips = (text: string) => {
  const doc = analyseDocument({ text, pdf: true }) as ParsedDocument;
  return readerBlocks([text], doc).flatMap((block) => (block.type === 'table-row' ? [block.grade] : []));
};

describe('the reader’s judgement table', () => {
  it('shows each row’s grade as the parser read it', () => {
    expect(chips(realFixture('portsmouth-ilacs-2023.txt'))).toEqual([null, 'good', 'outstanding', 'good', 'requires-improvement', 'good']);
  });

  it('shows no grade in any row when the parser could not read the table', () => {
    const text = realFixture('portsmouth-ilacs-2023.txt').replace('help and protection\tOutstanding', 'help and protection');
    expect(chips(text).filter(Boolean)).toEqual([]);
  });
});
