// Which authority an article is about, and every authority it names: the register's names first
// (bare, as lists and headlines write them), a council's written name kept with no key when the
// register does not know it, and never a key made from words that are not a place.
import { describe, expect, it } from 'vitest';
import { authorityMentionsIn, findNewsAuthority } from '../../utils/core/news/news-authority';

const keyOf = (headline: string | null, lead = '', masthead: string[] = [], body = '') => findNewsAuthority(headline, lead, masthead, body)?.key ?? null;

describe('the authority a news article is about', () => {
  it.each([
    ["Inadequate rating for Birmingham children's services", 'birmingham'],
    ["Ofsted rates Telford and Wrekin 'outstanding'", 'telford-and-wrekin'],
    ["Outstanding rating for Hartlepool children's services", 'hartlepool'],
    ['Southend children’s services rated good', 'southend-on-sea'],
    ["BCP Council's children's services rated good", 'bournemouth-christchurch-and-poole'],
  ])('from its headline: "%s"', (headline, key) => {
    expect(keyOf(headline)).toBe(key);
  });

  it('from its opening when the headline names none, never from a description of a service', () => {
    const found = findNewsAuthority(
      'Ofsted judges Council’s Children and Families Service as one of the country’s top performers',
      'Cheshire West and Chester Council’s Children and Families Service has been rated ‘good’ with ‘outstanding’ features by Ofsted.',
    );
    expect(found?.key).toBe('cheshire-west-and-chester');
  });

  it('a known name before a capitalised word that is no place', () => {
    expect(keyOf("Council moves out of 'inadequate'", 'Although children’s services at Leicester City Council still "requires improvement", inspectors praised its efforts.')).toBe('leicester');
  });

  it('the council named alone above a committee paper’s title, else the one the article keeps naming', () => {
    expect(keyOf('Outcome of the Ofsted inspection', '1.1 This report informs the panel of the outcome.', ['Worcestershire County Council', 'Agenda item'])).toBe('worcestershire');
    const body = 'Ofsted judged the council outstanding. "A remarkable result for Telford and Wrekin." Only Bexley has made the same leap. Telford & Wrekin Council is the first outside London to do so.';
    expect(keyOf("Council's children's services rated outstanding", 'The verdict is the first in the Midlands.', [], body)).toBe('telford-and-wrekin');
    expect(keyOf('Councils rated', 'No council is named here.', [], 'Leeds and Bexley were both mentioned once.')).toBeNull();
  });

  it('keeps a name the register does not know as written, with no key', () => {
    expect(findNewsAuthority('Rowanshire children’s services rated inadequate', '')).toMatchObject({ name: 'Rowanshire', key: null });
  });
});

describe('every authority an article names', () => {
  it.each([
    ['Of the councils inspected this year, Dorset, County Durham and York improved on their previous results.', ['dorset', 'durham', 'york']],
    ['South Gloucestershire Council has been judged good.', ['south-gloucestershire']],
    ['Both Halton Borough Council, in the north west, and Hull City Council were given a grading.', ['halton', 'kingston-upon-hull']],
    ['Leeds City Council’s services were rated outstanding, while Calderdale MBC achieved a good rating.', ['leeds', 'calderdale']],
    ['Reading the report, councillors said they were pleased.', []],
  ])('"%s"', (text, keys) => {
    expect([...new Set(authorityMentionsIn(text).map((m) => m.key))]).toEqual(keys);
  });
});
