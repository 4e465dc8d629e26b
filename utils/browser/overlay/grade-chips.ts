// A grade chip beside each judgement heading and table row of a report shown as a web page.
import { addInlineChips } from '../page/inline-chips';
import type { Feature } from './overlay-page';

export const gradeChips: Feature = {
  name: 'grade chips',
  appliesTo: (page) => page.kind === 'document' && page.doc.kind !== 'news',
  run: (page) => page.kind === 'document' && page.doc.kind !== 'news' && addInlineChips(document, page.doc.grades),
};
