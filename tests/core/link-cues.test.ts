// What the linker reads in a sentence before it looks for an earlier paragraph: the change a
// report states, the back-references it makes, and the words that name a matter. Sentences are
// ours, worded as Ofsted's reports word them (the real ones are in ../shared/fixtures/real-pdf).
import { describe, expect, it } from 'vitest';
import { carriesOn, changeOf } from '../../utils/core/link/change-cues';
import { matterTerms } from '../../utils/core/link/matter-terms';
import { areaFactor, areaNamed } from '../../utils/core/link/paragraph-index';
import { findPriorReferences } from '../../utils/core/link/prior-references';

describe('the change a report states', () => {
  it.each([
    ['The response to homeless 16- and 17-year-olds has improved since the last inspection.', 'improved'],
    ['This is an area of improved practice since the last inspection.', 'improved'],
    ['Oversight by independent reviewing officers has been strengthened.', 'improved'],
    ['Placement stability meetings are now held every month.', 'improved'],
    ['The quality of housing has improved little since the last inspection.', 'persisting'],
    ['This was identified at the last inspection and remains a concern.', 'persisting'],
    ['Some weaknesses remain in the service for care leavers.', 'persisting'],
    ['There continues to be some variability in the assessments of connected carers.', 'persisting'],
    ['A significant part of the workforce still has caseloads that are too high.', 'persisting'],
    ['Adoption continues to be a strength.', 'sustained'],
    ['Participation remains exceptionally strong.', 'sustained'],
    ['Since the last inspection, leadership has remained stable.', 'sustained'],
    ['The quality of private fostering assessments has deteriorated.', 'declined'],
    ['Senior managers have acted to tackle the weaknesses identified at the last inspection.', 'improved'],
    ['Foster carer recruitment remains steady.', 'sustained'],
    ['Despite more placements, there is a continued shortfall in foster placements locally.', 'persisting'],
    ['Working relationships with the courts continue to improve.', 'improved'],
    ['There are now improved systems in place to track children in pre-proceedings.', 'improved'],
    ['Leaders have consolidated strong wider council commitment to children’s services.', 'improved'],
    ['This has led to improved attendance by some partners.', 'improved'],
    ['Senior leaders have increased management capacity since the last inspection.', 'improved'],
    ['There has been concerted work across the partnership to ensure a joined-up response.', 'improved'],
    ['The quality of early help assessments is improving.', 'improved'],
    ['Timeliness of health assessments is now more consistent.', 'improved'],
  ] as const)('reads "%s" as %s', (sentence, relation) => {
    expect(changeOf(sentence)).toBe(relation);
  });

  it.each([
    'Personal advisers support young people until they no longer require this.',
    'Some children remain on care orders that are no longer necessary.',
    'Assessments are thorough and consider the child’s history.',
    // an agent improving something, an aim, a plan: no change in the matter stated
    'Joined-up work is improving the experiences and progress of children.',
    'Leaders are reviewing MASH processes to ensure more timely and effective responses.',
    'Leaders plan to continue to improve standards of social work.',
    'Continue to improve the participation of children and young people.',
  ])('reads no change in "%s"', (sentence) => {
    expect(changeOf(sentence)).toBeNull();
  });

  it.each([
    'This remains an active and continued priority for them as corporate parents.',
    'The recruitment and retention of practitioners remains an appropriate focus for leaders.',
    'Supporting young people into education and employment has been an area of focus for leaders.',
    'Historically, the threshold for access to children’s social care was too high.',
  ])('reads "%s" as speaking of the matter since then, with no change stated', (sentence) => {
    expect(changeOf(sentence)).toBeNull();
    expect(carriesOn(sentence)).toBe(true);
  });

  it('reads no carrying on in a plain statement', () => {
    expect(carriesOn('Assessments are thorough and consider the child’s history.')).toBe(false);
  });
});

describe('back-references to an earlier inspection', () => {
  it.each([
    ['Since 2018, leaders have strengthened services in several areas.', 2018],
    ['In 2018, inspectors judged the services to require improvement.', 2018],
    ['This has improved since the previous ILACS.', null],
    ['This was highlighted in the 2019 inspection.', 2019],
  ] as const)('finds "%s", naming %s', (sentence, year) => {
    expect(findPriorReferences(sentence)).toEqual([{ year, sentence }]);
  });

  it.each([
    'The local offer for care leavers has not been updated since 2013.',
    'The senior leadership team has changed three times since 2014.',
    'The hub has been open since April 2023.',
  ])('finds none in "%s", where the year dates something else', (sentence) => {
    expect(findPriorReferences(sentence)).toEqual([]);
  });
});

describe('the words that name a matter', () => {
  it('knows a thing by its full name and its initials alike', () => {
    expect(matterTerms('Independent reviewing officers (IROs) visit children.')).toContain('iro');
    expect(matterTerms('IRO oversight is evident.')).toContain('iro');
    expect(matterTerms('Return home interviews are offered.')).toEqual(matterTerms('RHIs are offered.'));
  });

  it('knows older frameworks’ “looked after children” as children in care, and care-experienced young people as care leavers', () => {
    expect(matterTerms('Too many looked after children offend.')).toEqual(matterTerms('Too many children in care offend.'));
    expect(matterTerms('Too many children looked after offend.')).toEqual(matterTerms('Too many children in care offend.'));
    expect(matterTerms('Care-experienced young people have suitable homes.')).toEqual(matterTerms('Care leavers have suitable homes.'));
  });

  it('leaves out the words every report judges with, and the authority’s own name', () => {
    const words = matterTerms('Effective and timely support ensures good progress in Trafford.', new Set(['trafford']));
    expect(words).toEqual([]);
  });

  it('knows “corporate parenting” as one thing, not the council’s corporate support', () => {
    expect(matterTerms('Corporate parenting is strong.')).toEqual(matterTerms('Elected members are strong corporate parents.').filter((t) => !/elect|member/.test(t)));
    expect(matterTerms('Corporate parenting is strong.')).not.toContain(matterTerms('Corporate support is strong.')[0]);
  });

  it('pairs neighbouring words, so a two-word matter counts more than either word', () => {
    expect(matterTerms('private fostering arrangements')).toContain('privat_foster');
  });
});

describe('where in a report a paragraph stands', () => {
  it('favours the earlier paragraphs under the same area, whichever framework named it', () => {
    expect(areaFactor('careLeavers', 'inCareAndCareLeavers')).toBeGreaterThan(1);
    expect(areaFactor('careLeavers', 'helpAndProtection')).toBeLessThan(1);
    expect(areaFactor('leaders', 'helpAndProtection')).toBe(1);
  });

  it('names the area a sentence speaks of as a whole', () => {
    expect(areaNamed('The quality of support for children in care has been sustained.')).toBe('care');
    expect(areaNamed('Services for care leavers have been redesigned.')).toBe('leavers');
    expect(areaNamed('Assessments are timely.')).toBeNull();
  });
});
