// Which of a provider page's listed reports the library knows: Ofsted's provider pages link report
// PDFs on files.api.ofsted.gov.uk, while the library may have read the same file on files.ofsted.gov.uk.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { recordOfRead } from '../../utils/core/library-identity';
import { recordForEvent } from '../../utils/core/model/match-events';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';

const report = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as ParsedDocument;
const stored = recordOfRead({ source: 'https://files.ofsted.gov.uk/v1/file/50222964', via: 'extension' }, report, 1)!;
const event = (href: string, dates: string[] = []) => ({ date: null, dates, title: 'Children’s services inspection', href });

describe('a listed report the library has read', () => {
  it('is found by its file on the other host', () => {
    expect(recordForEvent(event('https://files.api.ofsted.gov.uk/v1/file/50222964'), [stored])).toBe(stored);
  });

  it('is not another file, unless the listing names the day its inspection started', () => {
    expect(recordForEvent(event('https://files.api.ofsted.gov.uk/v1/file/50002412'), [stored])).toBeNull();
    expect(recordForEvent(event('https://files.api.ofsted.gov.uk/v1/file/50002412', ['2023-05-15']), [stored])).toBe(stored);
  });
});
