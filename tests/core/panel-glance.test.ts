// What the panel answers first (utils/core/model/panel-glance.ts) and what it folds below
// (otherDocuments, withAuthorityContext): one name, dates in words, directions in plain words,
// where the authority stands, each inspection once.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { authorityPanelContext, columnSources, readCurrent, splitJudgementNote, type ReadInspection } from '../../utils/core/model/authority-history';
import { directionWords, panelGlance, standingLine, yearOfLabel } from '../../utils/core/model/panel-glance';
import { NO_OVERALL_NOTE, otherDocuments, panelModelForDocument, panelModelForProvider, withAuthorityContext } from '../../utils/core/model/panel-model';
import { judgementTrends } from '../../utils/core/link/trends';
import { renderPanel } from '../../components/panel-view';
import { drawAuthorityContext } from '../../components/authority-context-view';
import { OFFICIAL_SOURCE } from '../../utils/core/authorities/official';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import type { ProviderPage } from '../../utils/core/page/provider-page';
import { realFixture } from '../helpers/fixtures';

const REPORT_URL = 'https://files.ofsted.gov.uk/v1/file/50219876';
const report = () => analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as ParsedDocument;
const reportModel = () => {
  const doc = report();
  return withAuthorityContext(panelModelForDocument(doc), authorityPanelContext('portsmouth', readCurrent({ source: REPORT_URL, via: 'extension' }, doc), doc.inspection!.start));
};
const PROVIDER: ProviderPage = {
  authority: 'Portsmouth City Council',
  authorityKey: 'portsmouth',
  events: [
    { date: '2023-05-15', title: "Children's services inspection", href: 'https://files.ofsted.gov.uk/v1/file/50222964' },
    { date: '2022-01-26', title: "Children's services focused visit", href: 'https://files.ofsted.gov.uk/v1/file/50177777' },
    { date: '2018-09-03', title: "Children's services inspection", href: 'https://files.ofsted.gov.uk/v1/file/50002412' },
    { date: '2014-06-09', title: "Children's services inspection", href: 'https://files.ofsted.gov.uk/v1/file/50004280' },
  ],
} as ProviderPage;
const providerModel = () => withAuthorityContext(panelModelForProvider(PROVIDER), authorityPanelContext('portsmouth', []));
const blank = () => parseHTML('<!doctype html><html><body><div id="panel"></div></body></html>').document as unknown as Document;

describe('a judgement’s direction in plain words', () => {
  it('says up, down or unchanged against the earlier inspection’s year, never its ISO date', () => {
    const [help, leaders] = judgementTrends({ helpAndProtection: 'outstanding', leaders: 'good' }, [{ label: '2018-09-03', grades: { helpAndProtection: 'good', leaders: 'good' } }]);
    expect(directionWords(help!)).toBe('up from Good in 2018');
    expect(directionWords(leaders!)).toBe('unchanged since 2018');
    expect(yearOfLabel('September 2018')).toBe('2018');
  });

  it('says when 2023’s care leavers grade is taken from 2018’s judgement of children in care and care leavers together', () => {
    const [careLeavers] = judgementTrends({ careLeavers: 'requires-improvement' }, [{ label: 'September 2018', grades: { inCareAndCareLeavers: 'good' } }]);
    expect(careLeavers).toMatchObject({ beforeJudgement: 'inCareAndCareLeavers', direction: 'down' });
    expect(directionWords(careLeavers!)).toBe('down from Good in 2018 (then judged with children in care)');
  });
});

describe('the top of the panel on a report', () => {
  it('names the authority once, by the register’s name, with the days in words and every judgement’s direction from the merged history', () => {
    const glance = panelGlance(reportModel());
    expect(glance.authority).toBe('Portsmouth');
    expect(glance.inspection).toEqual({ lead: 'Inspected', days: '15 to 19 May 2023' });
    expect(glance.overall).toBe('good');
    expect(glance.overallChange).toBe('unchanged since 2018');
    expect(glance.judgements.map((j) => [j.label, j.change])).toEqual([
      ['Impact of leaders', 'unchanged since 2018'],
      ['Help and protection', 'up from Good in 2018'],
      ['Children in care', 'unchanged since 2018 (then judged with care leavers)'],
      ['Care leavers', 'down from Good in 2018 (then judged with children in care)'],
    ]);
  });

  it('says in one line its latest overall grade under ILACS with its date, and where that stands in England and among its neighbours at the inspection’s date', () => {
    expect(panelGlance(reportModel()).standing).toMatch(
      /^In Ofsted’s statistics at 15 May 2023, its latest overall grade was Good \(ILACS, May 2023\): \d+ authorities in England did better, \d+ as well, \d+ worse; of its 10 neighbours, \d+ better, \d+ as well, \d+ worse\.$/,
    );
  });

  it('for a 2026 report with no overall grade, names the earlier grade the standing is on and the statistics’ date', () => {
    const doc = report();
    const grades = { ...doc.grades };
    delete grades.overall;
    const noOverall = { ...doc, grades, inspection: { start: '2026-02-02', end: '2026-02-06' } } as ParsedDocument;
    const model = withAuthorityContext(panelModelForDocument(noOverall), authorityPanelContext('portsmouth', readCurrent({ source: REPORT_URL, via: 'extension' }, noOverall), '2026-02-02'));
    expect(panelGlance(model).standing).toMatch(/^In Ofsted’s latest statistics \(31 March 2025\), its latest overall grade was Good \(ILACS, May 2023\): \d+ authorities in England did better, /);
  });
});

describe('the standing line, for each kind of latest grade', () => {
  const sif2015: ReadInspection = {
    identity: 'leicester-2015', source: 'https://files.ofsted.gov.uk/v1/file/2243911', kind: 'sif', start: '2015-01-14', current: true,
    grades: { overall: 'inadequate', helpAndProtection: 'inadequate', lookedAfter: 'requires-improvement', adoption: 'good', careLeavers: 'requires-improvement', leaders: 'inadequate', lscb: 'inadequate' },
  };

  it('for a single inspection framework report, names its grade, framework and date, and says England’s figures hold no grade for it then', () => {
    expect(standingLine(authorityPanelContext('leicester', [sif2015], '2015-01-14')!)).toBe(
      'Its latest overall grade was Inadequate (single inspection framework, January 2015). Ofsted’s statistics rank England’s authorities on ILACS grades alone (from 2018), and at 14 January 2015 they hold none for Leicester.',
    );
  });

  it('for an ILACS grade, ranks it in England and among the neighbours at the date, however many SIF reports came before', () => {
    const line = standingLine(authorityPanelContext('leicester', [{ ...sif2015, current: false }], '2024-01-02')!);
    expect(line).toMatch(/^In Ofsted’s statistics at 2 January 2024, its latest overall grade was (Good|Requires improvement|Inadequate|Outstanding) \(ILACS, September 2021\): \d+ authorities in England did better, \d+ as well, \d+ worse; of its \d+ (graded )?neighbours, /);
  });

  it('on an authority’s page, dates England’s figures by Ofsted’s latest statistics', () => {
    expect(standingLine(providerModel().context!)).toMatch(/^In Ofsted’s latest statistics \(31 March 2025\), its latest overall grade was Good \(ILACS, May 2023\): /);
  });

  it('with no graded inspection in the statistics or the library at the date, says that no overall grade is known', () => {
    expect(standingLine(authorityPanelContext('portsmouth', [], '2017-01-01')!)).toBe(
      'No overall grade of Portsmouth is known at 1 January 2017: no report read here gives one, and Ofsted’s statistics, which rank England’s authorities on ILACS grades alone (from 2018), hold none for it.',
    );
  });
});

describe('the top of the panel on an authority’s page', () => {
  it('answers with the latest inspection, its grades and their directions', () => {
    const glance = panelGlance(providerModel());
    expect(glance.inspection).toEqual({ lead: 'Latest inspection', days: '15 May 2023' });
    expect(glance.overall).toBe('good');
    expect(glance.judgements.find((j) => j.key === 'helpAndProtection')?.change).toBe('up from Good in 2018');
  });

  it('before the authority’s context has come, gives the page’s name and no grades', () => {
    expect(panelGlance(panelModelForProvider(PROVIDER))).toMatchObject({ authority: 'Portsmouth', inspection: null, overall: null, judgements: [] });
  });
});

describe('each inspection once', () => {
  it('links each official column to the report the page lists for it, and lists only the other reports again', () => {
    const model = providerModel();
    expect(model.context!.history.map((r) => [r.start, r.reportUrl])).toEqual([
      ['2023-05-15', 'https://files.ofsted.gov.uk/v1/file/50222964'],
      ['2018-09-03', 'https://files.ofsted.gov.uk/v1/file/50002412'],
    ]);
    expect(otherDocuments(model).map((d) => [d.title, d.date])).toEqual([
      ["Children's services focused visit", '2022-01-26'],
      ["Children's services inspection", '2014-06-09'],
    ]);
  });

  it('says where each column of the history comes from, and why 2023’s split judgements run from 2018’s one', () => {
    const model = reportModel();
    expect(columnSources(model.context!)).toEqual([
      `${OFFICIAL_SOURCE}: 2018.`,
      'Read from the report, and in Ofsted’s official statistics, as at 31 March 2025: 2023 (this report).',
    ]);
    expect(splitJudgementNote(model.context!.history)).toMatch(/^Since 2023 children in care and care leavers are judged apart; until then they were one judgement\. Their directions since 2018/);
    expect(splitJudgementNote(model.context!.history.slice(0, 1))).toBeNull();
  });

  it('lists the authority among its neighbours, each with the date of its grade', () => {
    const section = drawAuthorityContext(blank(), reportModel().context!);
    const rows = [...section.querySelectorAll('ul[aria-label="Statistical neighbours"] li')];
    expect(rows).toHaveLength(11);
    expect(section.querySelector('li[data-self]')?.textContent).toBe('Portsmouth (this authority)15 May 2023Good');
    for (const row of rows) expect(row.querySelector('.date')?.textContent ?? row.textContent).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$|not inspected/);
  });
});

describe('the panel drawn', () => {
  it('puts the answer above the folds, the history, England and neighbours folded, and no ISO date anywhere', () => {
    const doc = blank();
    const container = doc.getElementById('panel')!;
    renderPanel(container, reportModel(), false, () => undefined, { drawContext: drawAuthorityContext });
    const body = container.querySelector('.body')!;
    const folds = [...body.querySelectorAll('details')].map((d) => [d.getAttribute('data-key'), d.hasAttribute('open')]);
    expect(folds).toEqual([['fold-history', false], ['fold-england', false], ['fold-neighbours', false]]);
    const firstFold = body.querySelector('details')!;
    const above = [...body.children].slice(0, [...body.children].indexOf(firstFold.parentElement === body ? firstFold : firstFold.closest('.lens-context')!));
    expect(above.map((e) => e.className)).toEqual(['kind', 'authority', 'dates', 'overall', '', 'standing']);
    expect(container.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('for a 2026 report, says it gives no overall grade right under its dates, above the judgements', () => {
    const doc = report();
    const grades = { ...doc.grades };
    delete grades.overall;
    const container = blank().getElementById('panel')!;
    renderPanel(container, panelModelForDocument({ ...doc, grades } as ParsedDocument), false, () => undefined);
    expect([...container.querySelector('.body')!.children].map((e) => e.className)).toEqual(['kind', 'authority', 'dates', 'note', '']);
    expect(container.querySelector('.note')?.textContent).toBe(NO_OVERALL_NOTE);
  });

  it('keeps a fold the reader opened open when the panel is drawn again', () => {
    const doc = blank();
    const container = doc.getElementById('panel')!;
    renderPanel(container, reportModel(), false, () => undefined, { drawContext: drawAuthorityContext });
    container.querySelector('details[data-key="fold-england"]')!.setAttribute('open', '');
    renderPanel(container, reportModel(), false, () => undefined, { drawContext: drawAuthorityContext });
    expect(container.querySelector('details[data-key="fold-england"]')!.hasAttribute('open')).toBe(true);
    expect(container.querySelector('details[data-key="fold-history"]')!.hasAttribute('open')).toBe(false);
  });

  it('offers to move to the other side only where it is given a side', () => {
    const doc = blank();
    const container = doc.getElementById('panel')!;
    renderPanel(container, reportModel(), false, () => undefined);
    expect(container.querySelector('button.side')).toBeNull();
    renderPanel(container, reportModel(), false, () => undefined, {}, { side: 'left', onMove: () => undefined });
    expect(container.querySelector('button.side')?.getAttribute('aria-label')).toBe('Move the panel to the right');
  });
});
