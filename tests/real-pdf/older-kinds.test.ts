// Every real PDF that is no kind Ofsted Lens reads (gold.json's kind null): Ofsted's older kinds
// (kindOptional) are told apart as such, the area SEND inspections are not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../scripts/read-document';
import { analyseDocument } from '../../utils/core/analyse';
import { isOlderOfstedKind } from '../../utils/core/recognise/older-kinds';
import { REAL_PDF } from '../helpers/fixtures';

type GoldEntry = { file: string; kind: string | null; what: string; kindOptional?: boolean };
const gold = JSON.parse(readFileSync(join(REAL_PDF, 'gold.json'), 'utf8')) as GoldEntry[];
const noKind = gold.filter((entry) => entry.kind === null);

describe('real PDFs of no kind Ofsted Lens reads', () => {
  it('are 21 area SEND inspections and three of Ofsted’s older kinds', () => {
    expect(noKind.filter((entry) => entry.what === 'area send')).toHaveLength(21);
    expect(noKind.filter((entry) => entry.kindOptional).map((entry) => entry.what)).toEqual([
      '2013 inspection of looked after children services',
      '2015 LSCB review (published separately from SIF)',
      'joint area review',
    ]);
  });

  it.each(noKind.map((entry) => [entry.file, entry] as const))('%s: an older Ofsted kind exactly when gold.json says so', async (_, entry) => {
    const input = await readDocument(join(REAL_PDF, entry.file));
    const doc = analyseDocument(input);
    // A kindOptional document may be recognised; one that is not is named an older kind.
    if (doc !== null) expect(entry.kindOptional).toBe(true);
    else expect(isOlderOfstedKind(input)).toBe(entry.kindOptional === true);
  });
});
