import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REAL_FIXTURES = resolve(import.meta.dirname, '../../../shared/fixtures/real');
export const SYNTHETIC_FIXTURES = resolve(import.meta.dirname, '../fixtures/synthetic');

export function realFixture(name: 'portsmouth-ilacs-2023.txt' | 'portsmouth-news-2018.txt'): string {
  return readFileSync(resolve(REAL_FIXTURES, name), 'utf8');
}

export function syntheticFixture(name: string): string {
  return readFileSync(resolve(SYNTHETIC_FIXTURES, name), 'utf8');
}
