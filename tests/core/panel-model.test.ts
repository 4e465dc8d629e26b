import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { NO_OVERALL_NOTE, panelModelForDocument, TABLE_UNREAD_NOTE } from '../../utils/core/model/panel-model';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';

describe('what the panel shows', () => {
  // Testshire is fictional, so has no key; the news parser keeps the name as written. The article
  // reports a focused visit, so the panel says so (it used to call it an inspection that stated no grade).
  it('for an article about a visit: which visit it reports, and that visits carry no grade', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../fixtures/frameworks/news-no-grade-testshire.txt'), 'utf8');
    const model = panelModelForDocument(analyseDocument({ text }) as ParsedDocument);
    expect(model.overall).toBeNull();
    expect(model.judgements).toEqual([]);
    expect(model.note).toBe("This article reports the focused visit to Testshire's children's services. Visits carry no grade.");
    expect(model.link?.href).toMatch(/^https:\/\/reports\.ofsted\.gov\.uk\/search\?q=Testshire&/);
  });

  it('for the real report: the overall grade apart, the other judgements in Ofsted’s order', () => {
    const model = panelModelForDocument(analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as ParsedDocument);
    expect(model.overall).toBe('good');
    expect(model.judgements.map((j) => j.key)).toEqual(['leaders', 'helpAndProtection', 'inCare', 'careLeavers']);
    expect(model.note).toBeNull();
  });

  it('for a report whose judgement table could not be read: no grade, and says so', () => {
    const text = realFixture('portsmouth-ilacs-2023.txt').replace('help and protection\tOutstanding', 'help and protection');
    const doc = analyseDocument({ text }) as ParsedDocument;
    const model = panelModelForDocument(doc);
    expect(doc.kind === 'ilacs' && doc.gradesRead).toBe('unsure');
    expect(model.overall).toBeNull();
    expect(model.judgements).toEqual([]);
    expect(model.note).toBe(TABLE_UNREAD_NOTE);
  });

  it('for a 2026 report with no overall row: its four judgements, and says it has no overall grade', () => {
    const text = realFixture('portsmouth-ilacs-2023.txt').replace(/\nOverall effectiveness\tGood\n/, '\n');
    const model = panelModelForDocument(analyseDocument({ text }) as ParsedDocument);
    expect(model.overall).toBeNull();
    expect(model.judgements).toHaveLength(4);
    expect(model.note).toBe(NO_OVERALL_NOTE);
  });
});
