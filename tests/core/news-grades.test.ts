import { describe, expect, it } from 'vitest';
import { gradeStatementsIn } from '../../utils/news/news-grades';
import { parseNews } from '../../utils/news/parse-news';

describe('grades a news sentence states', () => {
  it.each([
    ["Ofsted rates Portsmouth 'good'", [{ judgement: 'overall', grade: 'good' }]],
    ['Children’s services in Sandwell have been rated inadequate by Ofsted.', [{ judgement: 'overall', grade: 'inadequate' }]],
    ['The council was judged to require improvement overall.', [{ judgement: 'overall', grade: 'requires-improvement' }]],
    ['Services were rated requires improvement to be good overall.', [{ judgement: 'overall', grade: 'requires-improvement' }]],
    ['The experiences and progress of children in care and care leavers is good.', [{ judgement: 'inCareAndCareLeavers', grade: 'good' }]],
    ['Help and protection was rated inadequate.', [{ judgement: 'helpAndProtection', grade: 'inadequate' }]],
    ['The council was rated outstanding for help and protection.', [{ judgement: 'helpAndProtection', grade: 'outstanding' }]],
  ])('"%s"', (sentence, expected) => {
    expect(gradeStatementsIn(sentence)).toEqual(expected);
  });

  it.each([
    'Return home interviews are not yet consistently good enough.',
    'Children in care make good progress at school.',
    'Social workers have good relationships with children.',
    'The quality of practice for care leavers is not good.',
    'Morale across the workforce is good.',
    'Outstanding work by foster carers was praised.',
  ])('states no grade in "%s"', (sentence) => {
    expect(gradeStatementsIn(sentence)).toEqual([]);
  });

  it('yields no grade for an article that states none', () => {
    const article = parseNews(
      "Ofsted visit to Leeds children's services\n\nInspectors found good practice in the front door. Social workers know children well, and care leavers said they felt supported.",
    );
    expect(article.grades).toEqual({});
  });
});
