import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupAbout } from '../../components/PopupAbout';

async function showOnActiveTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.runtime.sendMessage({ type: 'show-overlay-on-tab', tabId: tab.id });
  window.close();
}

render(<PopupAbout onShowOnPage={() => void showOnActiveTab()} />, document.getElementById('app')!);
