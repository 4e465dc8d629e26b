import { describe, expect, it } from 'vitest';
import { gradeMentionsIn, gradeStatementsIn } from '../../utils/core/news/news-grades';
import { parseNews } from '../../utils/core/news/parse-news';

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

describe('whether a grade is this inspection’s or an earlier one’s', () => {
  const mentions = (sentence: string, reportedYear?: number) =>
    gradeMentionsIn(sentence, { reportedYear }).map(({ judgement, grade, time, year }) => ({ judgement, grade, time, year }));
  const current = (grade: string, judgement = 'overall') => ({ judgement, grade, time: 'current', year: null });
  const prior = (grade: string, year: number | null, judgement = 'overall') => ({ judgement, grade, time: 'prior', year });

  it.each([
    ['Halton’s children’s services were rated requires improvement to be good in 2020.', [prior('requires-improvement', 2020)]],
    ['Suffolk’s children’s services were previously rated as good following an inspection in 2015.', [prior('good', 2015)]],
    ['The council was rated inadequate at its last inspection.', [prior('inadequate', null)]],
    ['Havering Council’s children’s services have been rated inadequate by Ofsted, down from good at the previous inspection in 2018.', [current('inadequate'), prior('good', 2018)]],
    ['Services have moved up from good to outstanding.', [prior('good', null), current('outstanding')]],
    ['To go from requires improvement to be good to outstanding in one inspection is rare.', [prior('requires-improvement', null), current('outstanding')]],
    ['Since the time of the last inspection in 2019, when services were judged to be good, leaders have focused on prevention.', [prior('good', 2019)]],
    ['Services for children have improved significantly since the last inspection in 2015, which judged them overall to be inadequate.', [prior('inadequate', 2015)]],
    ['Councillor Davies had been leader for three weeks when Ofsted judged the council as requires improvement following the last inspection four years ago.', [prior('requires-improvement', null)]],
    ['At its last inspection in 2017, the council was rated good.', [prior('good', 2017)]],
    ['The council, which was previously rated inadequate, is now rated good.', [prior('inadequate', null), current('good')]],
    ['Leeds has become the fifth council to be rated outstanding under the new framework and was rated good under the previous framework in 2015.', [current('outstanding'), prior('good', 2015)]],
    ['Children’s services in Sandwell are no longer rated inadequate.', [prior('inadequate', null)]],
    ['Services for children in Portsmouth have improved since the last Ofsted inspection and have been rated as good by the inspectorate.', [current('good')]],
    ['The council was rated outstanding in May 2024.', [current('outstanding')], 2024],
    ['The council was rated outstanding in May 2024.', [prior('outstanding', 2024)], 2025],
    // Modelled on real sector and local news wordings.
    ['Inspectors have removed a council’s "inadequate" rating after being impressed with its improvements.', [prior('inadequate', null)]],
    ['Calderdale has achieved a ‘good’ rating after previously being subject to government intervention.', [current('good')]],
    ['Although children’s services at Leicester City Council still "requires improvement", inspectors praised its efforts.', [current('requires-improvement')]],
    ['Ofsted also rated the Local Children’s Safeguarding Board as ‘good’.', [current('good', 'lscb')]],
    ['The ‘good’ rating is an improvement from the ‘adequate’ rating awarded following the last Ofsted inspection in November 2012.', [current('good')]],
    // Headlines.
    ["Children's services 'require improvement', says Ofsted", [current('requires-improvement')]],
    ["Ofsted: Birmingham children's services 'inadequate'", [current('inadequate')]],
    ['Inadequate verdict for Slough children’s services', [current('inadequate')]],
    ['Ofsted upgrades Sunderland to good', [current('good')]],
    ['Swindon falls to inadequate', [current('inadequate')]],
    ['Birmingham was downgraded to inadequate in 2016.', [prior('inadequate', 2016)]],
  ] as const)('"%s"', (sentence, expected, reportedYear?: number) => {
    expect(mentions(sentence, reportedYear)).toEqual(expected);
  });

  it.each([
    'Only 46 councils are currently rated as good for their children’s services.',
    'No authority in the country has been judged outstanding overall since the framework started.',
    'Councils rated good or outstanding now make up almost two thirds of the total.',
    'We want to be rated outstanding at the next inspection.',
    'The council has never been rated inadequate.',
  ])('neither, for councils in general, hopes and negations: "%s"', (sentence) => {
    expect(mentions(sentence)).toEqual([]);
  });

  it('takes "outstanding features" for no grade', () => {
    expect(mentions('Cheshire West and Chester has been rated good with outstanding features.')).toEqual([current('good')]);
  });

  it('rates a judgement only where the sentence ties them, a list of judgements included', () => {
    expect(gradeStatementsIn('Hartlepool was rated outstanding for the impact of leaders and outstanding for the experiences and progress of children who need help and protection.')).toEqual([
      { judgement: 'leaders', grade: 'outstanding' },
      { judgement: 'helpAndProtection', grade: 'outstanding' },
    ]);
    expect(gradeStatementsIn('Leadership was judged outstanding, as were the experiences and progress of children in care and of care leavers.')).toEqual([
      { judgement: 'leaders', grade: 'outstanding' },
      { judgement: 'inCare', grade: 'outstanding' },
      { judgement: 'careLeavers', grade: 'outstanding' },
    ]);
    expect(gradeStatementsIn('Inspectors said help and protection had improved, and the council was rated good.')).toEqual([]);
  });
});
