import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../utils/core/text/block-text';
import { parseReport } from '../../utils/core/report/parse-report';
import { reportHtml } from '../e2e/harness/text-to-html';
import { realFixture } from '../helpers/fixtures';

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Node;

describe('blockText', () => {
  it('makes paragraphs of blocks and collapses the source layout inside them', () => {
    expect(blockText(body('<h1>\n  Inspection of\n\tTestshire  </h1>\n<p>First&nbsp; para.</p><div><p>Second</p></div>'))).toBe(
      'Inspection of Testshire\n\nFirst para.\n\nSecond',
    );
  });

  it('writes list items as bullets and table rows as tab-separated cells', () => {
    expect(blockText(body('<ul><li> one </li><li>two</li></ul><table><tr><td> Judgement </td><td>Grade</td></tr><tr><td>Overall</td><td>Good</td></tr></table>'))).toBe(
      '- one\n\n- two\n\nJudgement\tGrade\nOverall\tGood',
    );
  });

  it('leaves out scripts, styles, hidden elements and its own panel', () => {
    expect(blockText(body('<p>Kept</p><script>var x = 1;</script><style>p{}</style><p hidden>Hidden</p><ofsted-lens-panel>Panel</ofsted-lens-panel>'))).toBe('Kept');
  });

  it('with a limit, stops at the first element after that many characters, giving a prefix of the whole text', () => {
    const page = body(Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i} with some words in it.</p>`).join(''));
    const whole = blockText(page);
    const head = blockText(page, 200);
    expect(whole.startsWith(head)).toBe(true);
    expect(head.length).toBeGreaterThanOrEqual(200 - 40);
    expect(head.length).toBeLessThan(260);
  });

  it('reads a page whose elements nest deeper than the call stack goes', () => {
    const depth = 20_000;
    expect(blockText(body(`${'<span>'.repeat(depth)}Deep text${'</span>'.repeat(depth)}<p>After</p>`))).toBe('Deep text\n\nAfter');
  });

  it('keeps a row of 200,000 empty cells after its first as tabs between the first cell and the last', () => {
    const text = blockText(body(`<p>A comment</p><table><tr><td>Name</td>${'<td></td>'.repeat(200_000)}<td>Good</td></tr></table>`));
    expect(text).toBe(`A comment\n\nName${'\t'.repeat(200_001)}Good`);
  });

  it('reads the real Portsmouth report, rendered as a page, to the same report as its text', () => {
    const text = realFixture('portsmouth-ilacs-2023.txt');
    const page = parseHTML(reportHtml(text)).document.body as unknown as Node;
    const fromPage = parseReport(blockText(page), 'ilacs');
    const fromText = parseReport(text, 'ilacs');
    expect(fromPage.grades).toEqual(fromText.grades);
    expect(fromPage.findings.map((f) => [f.number, f.judgement])).toEqual(fromText.findings.map((f) => [f.number, f.judgement]));
    expect(fromPage.findings.length).toBeGreaterThan(30);
  });
});
