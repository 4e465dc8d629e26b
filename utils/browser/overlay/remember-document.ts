// Keeps the document read here in the library, under this page's address.
import { rememberInBackground } from '../extension/library-client';
import type { Feature } from './overlay-page';

export const rememberDocument: Feature = {
  name: 'remember the document',
  appliesTo: (page) => page.kind === 'document',
  run: (page) => page.kind === 'document' && rememberInBackground(page.url, page.doc),
};
