import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/**
 * The real documents (Ofsted's own texts and PDFs) live outside the project, beside it: they are
 * Crown copyright and shared between checkouts. `OFSTED_LENS_FIXTURES` points elsewhere.
 */
export const FIXTURES_ROOT = resolve(PROJECT_ROOT, process.env.OFSTED_LENS_FIXTURES || '../shared/fixtures');
export const REAL_FIXTURES = resolve(FIXTURES_ROOT, 'real');
/** Ofsted's PDFs byte for byte, with `gold.json` labelling each. */
export const REAL_PDF = resolve(FIXTURES_ROOT, 'real-pdf');
export const SYNTHETIC_FIXTURES = resolve(PROJECT_ROOT, 'tests/fixtures/synthetic');

export function realFixture(name: 'portsmouth-ilacs-2023.txt' | 'portsmouth-news-2018.txt'): string {
  return readFileSync(resolve(REAL_FIXTURES, name), 'utf8');
}

export function syntheticFixture(name: string): string {
  return readFileSync(resolve(SYNTHETIC_FIXTURES, name), 'utf8');
}
