// The reader's notes on this page: highlighted where they are, and saved from a selection.
import { showNotes } from '../extension/page-notes';
import type { Feature } from './overlay-page';

export const notesOnPage: Feature = {
  name: 'notes on the page',
  appliesTo: (page) => page.kind === 'document',
  run: (page) => page.kind === 'document' && showNotes(document, page.url, page.doc),
};
