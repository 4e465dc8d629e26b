// A report page's way from the detection script's reading to the painted panel: every step is
// taken once. (The page used to be read three times: with innerText to decide, its head for the
// first paint, then whole again by the overlay.) Each module on the way is wrapped to count calls.
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { modelFor } from '../../utils/browser/extension/first-paint';
import { mountPanel } from '../../utils/browser/page/mount-panel';
import { readRecognisedPage } from '../../utils/core/page/page-reading';
import { reportHtml } from '../e2e/harness/text-to-html';
import { realFixture } from '../helpers/fixtures';
import * as blockText from '../../utils/core/text/block-text';
import * as textBlocks from '../../utils/core/text/text-blocks';
import * as recognise from '../../utils/core/recognise/recognise';
import * as parseReport from '../../utils/core/report/parse-report';
import * as panelModel from '../../utils/core/model/panel-model';
import * as panelView from '../../components/panel-view';

const { counted } = vi.hoisted(() => ({
  counted: (actual: object) => Object.fromEntries(Object.entries(actual).map(([k, v]) => [k, typeof v === 'function' ? vi.fn(v as never) : v])),
}));
vi.mock('../../utils/core/text/block-text', async (original) => counted(await original()));
vi.mock('../../utils/core/text/text-blocks', async (original) => counted(await original()));
vi.mock('../../utils/core/recognise/recognise', async (original) => counted(await original()));
vi.mock('../../utils/core/report/parse-report', async (original) => counted(await original()));
vi.mock('../../utils/core/model/panel-model', async (original) => counted(await original()));
vi.mock('../../components/panel-view', async (original) => counted(await original()));

describe('a report page, from the detection script to the painted panel', () => {
  it('reads the page once, recognises it once, parses it once, and models and draws the panel once', () => {
    const doc = parseHTML(reportHtml(realFixture('portsmouth-ilacs-2023.txt'))).document as unknown as Document;
    const reading = readRecognisedPage(doc, 'https://reports.ofsted.gov.uk/reports/portsmouth-ilacs-2023');
    const model = modelFor(reading)!;
    mountPanel(doc, model, { collapsed: false, onCollapsedChange: () => undefined });

    expect(model).toMatchObject({ kind: 'ilacs', overall: 'good' });
    expect(vi.mocked(blockText.blockText)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(recognise.recognise)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(parseReport.parseReport)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(textBlocks.textToBlocks)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(panelModel.panelModelForDocument)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(panelView.renderPanel)).toHaveBeenCalledTimes(1);
  });
});
