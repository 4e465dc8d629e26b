import { describe, expect, it } from 'vitest';
import { polarityOf } from '../../utils/core/link/polarity-of';

describe('polarity of a sentence', () => {
  it.each([
    ['The number of care-experienced young people in education, employment or training is too low.', 'concern'],
    ['This was identified in the 2018 inspection and remains a concern.', 'concern'],
    ['Some return home conversations are not held promptly enough or routinely uploaded to children’s records.', 'concern'],
    ['Child protection plans are not clear enough about what needs to be achieved.', 'concern'],
    ['Child protection and child-in-need plans are clear and focus on critical issues affecting children’s lives.', 'strength'],
    ['Children do not experience delay when transferring from the MASH to the family safeguarding service.', 'strength'],
    ['Care proceedings work is completed promptly and to a high standard, preventing delay for children.', 'strength'],
    ['Senior leaders began to implement this transformation in 2020.', null],
  ])('"%s" is %s', (sentence, polarity) => {
    expect(polarityOf(sentence)).toBe(polarity);
  });
});
