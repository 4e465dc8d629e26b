/* global performance, document, requestAnimationFrame, setTimeout */
// The benchmark's control: the least a content script can do to show a panel at document idle.
// It reads nothing and asks nothing, then marks the paint the same way Ofsted Lens does.
performance.mark('ofsted-lens:idle');
const host = document.createElement('paint-floor-panel');
const root = host.attachShadow({ mode: 'closed' });
root.innerHTML =
  '<style>div{position:fixed;right:16px;bottom:16px;padding:12px;background:#fff;color:#111;font:14px system-ui}</style>' +
  '<div><strong>Portsmouth</strong><br>Overall effectiveness: Good</div>';
document.documentElement.append(host);
requestAnimationFrame(() => setTimeout(() => performance.mark('ofsted-lens:painted'), 0));
