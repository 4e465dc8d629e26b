import { describe, expect, it } from 'vitest';
import { authorityKey, namesAPlace } from '../../utils/core/authorities/authority-key';

describe('authorityKey', () => {
  it.each([
    ['Portsmouth City Council', 'portsmouth'],
    ['Portsmouth', 'portsmouth'],
    ['the City of Portsmouth', 'portsmouth'],
    ['London Borough of Hackney', 'hackney'],
    ['Hackney Council', 'hackney'],
    ['Royal Borough of Kensington and Chelsea', 'kensington-and-chelsea'],
    ['Tameside Metropolitan Borough Council', 'tameside'],
    ['Kingston upon Hull City Council', 'kingston-upon-hull'],
    ['Hull', 'kingston-upon-hull'],
    ['Brighton & Hove City Council', 'brighton-and-hove'],
    ['Durham County Council', 'durham'],
    ['County Durham', 'durham'],
    ["St Helens Council's", 'st-helens'],
  ])('keys "%s" as %s', (name, key) => {
    expect(authorityKey(name)).toBe(key);
  });

  it('gives no key to a name with nothing left after its council words', () => {
    expect(authorityKey('Council')).toBeNull();
  });

  it.each(['Testshire County Council', 'Westmere', 'London Borough of Eastfield', 'Harbridge City Council'])(
    'gives no key to "%s", which the register does not hold, though it names a place',
    (name) => {
      expect(authorityKey(name)).toBeNull();
      expect(namesAPlace(name)).toBe(true);
    },
  );

  it.each(['Council', 'the Council', '???', 'City Council'])('"%s" names no place', (name) => {
    expect(namesAPlace(name)).toBe(false);
  });
});
