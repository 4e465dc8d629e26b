import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const NEWS_FIXTURES = resolve(import.meta.dirname, '../fixtures/news');

/** A synthetic news page, without its header (the "# " lines saying which real pattern it stands for). */
export function newsFixture(name: string): string {
  return readFileSync(resolve(NEWS_FIXTURES, name), 'utf8').replace(/^(?:#.*\n)+\n?/, '');
}
