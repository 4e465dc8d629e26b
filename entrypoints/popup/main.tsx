import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupAbout } from '../../components/PopupAbout';
import { openInReader } from '../../utils/extension/library-client';
import { isAllowedSource } from '../../utils/reader/load-report';

async function main() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const reportSrc = tab?.url && isAllowedSource(tab.url) ? tab.url : null;
  const showOnPage = async () => {
    if (tab?.id !== undefined) await browser.runtime.sendMessage({ type: 'show-overlay-on-tab', tabId: tab.id });
    window.close();
  };
  const openReport = async () => {
    if (reportSrc) await openInReader(reportSrc);
    window.close();
  };
  render(
    <PopupAbout reportSrc={reportSrc} onShowOnPage={() => void showOnPage()} onOpenReport={() => void openReport()} />,
    document.getElementById('app')!,
  );
}

void main();
