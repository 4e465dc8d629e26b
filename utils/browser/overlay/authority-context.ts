// The authority's official history, England's picture and its neighbours, merged with the library's reports.
import { addAuthorityContext } from '../extension/show-authority-context';
import type { Feature } from './overlay-page';

export const authorityContext: Feature = {
  name: 'authority context',
  appliesTo: (page) => page.kind === 'document',
  run: (page) => page.kind === 'document' && addAuthorityContext(page.panel, { source: page.url, via: 'web-page' }, page.doc),
};
