// The panel on a round-up: each authority the article names, linked to its Ofsted page with the
// grade the article gives it, and no badge for the page, collapsed or open.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderPanel } from '../../components/panel-view';
import { analyseDocument } from '../../utils/core/analyse';
import { panelModelForDocument, ROUND_UP_NOTE, type PanelModel } from '../../utils/core/model/panel-model';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import { newsFixture } from './news-fixtures';

const draw = (model: PanelModel, collapsed = false) => {
  const { document } = parseHTML('<!doctype html><html><body><div id="panel"></div></body></html>');
  const container = document.getElementById('panel') as unknown as Element;
  renderPanel(container, model, collapsed, () => undefined);
  return container;
};

describe('the panel on a round-up', () => {
  const model = panelModelForDocument(analyseDocument({ text: newsFixture('two-authorities.txt') }) as ParsedDocument);

  it('lists each authority by the register’s name, linked to its page on reports.ofsted.gov.uk, with the grade the article gives it', () => {
    const items = [...draw(model).querySelectorAll('[aria-label="Authorities in this article"] li')];
    expect(items.map((li) => li.querySelector('a')?.textContent)).toEqual(['Wiltshire', 'Swindon']);
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([
      'https://reports.ofsted.gov.uk/provider/44/80580',
      'https://reports.ofsted.gov.uk/provider/44/80568',
    ]);
    expect(items.map((li) => li.querySelector('.chip')?.textContent)).toEqual(['Outstanding', 'Inadequate']);
  });

  it('shows no overall grade for the page, open or collapsed, and says why', () => {
    const open = draw(model);
    expect(open.querySelector('.overall')).toBeNull();
    expect(open.querySelector('.authority')).toBeNull();
    expect(open.querySelector('.note')?.textContent).toBe(ROUND_UP_NOTE);
    expect(draw(model, true).querySelector('.bar .chip')).toBeNull();
    expect(model.kindLabel).toBe('News report of several inspections');
  });

  it('lists a round-up of visits with no grade for any of them', () => {
    const visits = panelModelForDocument(analyseDocument({ text: newsFixture('round-up-focused-visits.txt') }) as ParsedDocument);
    const items = [...draw(visits).querySelectorAll('[aria-label="Authorities in this article"] li')];
    expect(items).toHaveLength(3);
    expect(items.every((li) => li.querySelector('.chip') === null && /focused visit/.test(li.textContent ?? ''))).toBe(true);
    expect(visits.kindLabel).toBe('News report of focused visits');
  });
});
