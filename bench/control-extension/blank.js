/* global performance, requestAnimationFrame, setTimeout */
// Marks the popup's first frame the same way Ofsted Lens's popup marks its first screen.
requestAnimationFrame(() => setTimeout(() => performance.mark('ofsted-lens:popup-ready'), 0));
