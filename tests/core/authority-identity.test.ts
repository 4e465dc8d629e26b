// What reading a page keys an authority by (identify.ts: the register's names and numbers alone,
// all the detection script carries) answers as the whole register does (match.ts).
import { describe, expect, it } from 'vitest';
import { AUTHORITIES, FORMER_AUTHORITIES, authorityByDfeCode, authorityByUrn, findAuthority } from '../../utils/core/authorities/match';
import { identityByDfeCode, identityByUrn, keyForName } from '../../utils/core/authorities/identify';

const all = [...AUTHORITIES, ...FORMER_AUTHORITIES];
// Each name as a document writes it: bare, with council words, shouted, possessive, slightly wrong, shared.
const namesWritten = [
  ...all.flatMap((a) => a.names.flatMap((n) => [n, `${n} Council`, `London Borough of ${n}`, `${n} City Council`, n.toUpperCase(), `${n}'s`, n.slice(0, -1)])),
  'Achieving for Children',
  "Northamptonshire Children's Trust",
  'Westmere County Council',
  'Council',
];

describe('an authority keyed from the register’s names and numbers alone', () => {
  it('gets the key the whole register gives every name as documents write it, and none where it gives none', () => {
    const keys = namesWritten.map(keyForName);
    expect(keys).toEqual(namesWritten.map((n) => findAuthority(n)?.key ?? null));
    expect(keys.filter((k) => k === null).length).toBeGreaterThan(0);
    expect(new Set(keys.filter(Boolean)).size).toBe(all.length);
  });

  it('is found by its Ofsted URN and DfE code, with the register’s one name, as the whole register finds it', () => {
    for (const a of all) {
      if (a.urn) expect({ key: identityByUrn(a.urn)?.key, name: identityByUrn(a.urn)?.name }).toEqual({ key: authorityByUrn(a.urn)?.key, name: a.name });
      if (a.dfeCode) expect(identityByDfeCode(a.dfeCode)?.key).toBe(authorityByDfeCode(a.dfeCode)?.key);
    }
    expect(identityByUrn('99999999')).toBeNull();
  });
});
