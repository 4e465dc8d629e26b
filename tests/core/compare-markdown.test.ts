// The comparison as Markdown for a scrutiny paper, byte for byte from a model, with page text that
// Markdown would read as markup.
import { describe, expect, it } from 'vitest';
import { compareToMarkdown } from '../../utils/core/model/compare-markdown';
import type { CompareModel, CompareSide } from '../../utils/core/model/compare-model';

const side = (overrides: Partial<CompareSide>): CompareSide => ({
  source: 'https://files.ofsted.gov.uk/v1/file/50222964',
  date: '15 May 2023',
  name: '2023',
  kind: 'ilacs',
  kindLabel: "Inspection of local authority children's services",
  from: 'Ofsted’s report PDF on files.ofsted.gov.uk',
  ofsted: true,
  href: null,
  inReader: true,
  ...overrides,
});

const model: CompareModel = {
  authority: 'Portsmouth',
  authorityKey: 'portsmouth',
  later: side({}),
  earlier: side({ source: 'https://files.ofsted.gov.uk/v1/file/50002412', date: '3 September 2018', name: '2018' }),
  options: { later: [], earlier: [] },
  judgements: [
    { key: 'helpAndProtection', label: 'Help and protection', earlier: 'good', earlierLabel: null, later: 'outstanding', direction: 'up', directionWords: 'Up' },
    { key: 'careLeavers', label: 'Care leavers', earlier: 'good', earlierLabel: 'Children in care and care leavers', later: 'requires-improvement', direction: 'down', directionWords: 'Down' },
  ],
  gradesNote: null,
  improvements: [
    { status: 'both', earlier: 'Employment, education and training for care leavers.', later: 'Care leavers | EET <b>now</b>', matter: "Care leavers' education, employment and training", terms: [] },
    { status: 'new', earlier: null, later: '# Recording [of] consent', matter: null, terms: [] },
    { status: 'no-longer-listed', earlier: '1. The length of time in pre-proceedings.', later: null, matter: null, terms: [] },
  ],
  improvementsNote: null,
  findings: [
    {
      relation: 'persisting',
      heading: 'Still to improve',
      matters: [
        {
          matter: "Care leavers' education, employment and training",
          findings: [{ laterNumber: 40, earlierNumber: 29, laterSentence: 'This was identified in the 2018 inspection and remains a concern.', earlierSentence: 'Managers are aware that employment, education and training rates for care leavers are too low.', laterHref: null, earlierHref: null, explicit: true }],
        },
      ],
    },
    {
      relation: 'improved',
      heading: 'Improved',
      matters: [{ matter: 'Child protection plans and conferences', findings: [{ laterNumber: 6, earlierNumber: null, laterSentence: 'Plans are clear.', earlierSentence: 'Plans are not\nclear enough.', laterHref: null, earlierHref: null, explicit: false }] }],
    },
  ],
  findingsNote: null,
};

describe('the comparison as Markdown', () => {
  it('gives the title with the authority and both dates, the judgement table, improvements then and now, and the findings by relation and matter', () => {
    expect(compareToMarkdown(model)).toBe(
      [
        '# Portsmouth: inspections of 3 September 2018 and 15 May 2023 compared',
        '',
        "- **Later:** Inspection of local authority children's services, 15 May 2023, from Ofsted’s report PDF on files.ofsted.gov.uk: <https://files.ofsted.gov.uk/v1/file/50222964>",
        "- **Earlier:** Inspection of local authority children's services, 3 September 2018, from Ofsted’s report PDF on files.ofsted.gov.uk: <https://files.ofsted.gov.uk/v1/file/50002412>",
        '',
        '## Judgements',
        '',
        '| Judgement | 3 September 2018 | 15 May 2023 | Direction |',
        '| --- | --- | --- | --- |',
        '| Help and protection | Good | Outstanding | Up |',
        '| Care leavers | Good (as children in care and care leavers) | Requires improvement | Down |',
        '',
        '## What needs to improve',
        '',
        '### Listed then and now',
        '',
        "- **Care leavers' education, employment and training**",
        '  - 2018: Employment, education and training for care leavers.',
        '  - 2023: Care leavers | EET \\<b>now\\</b>',
        '',
        '### New in 2023',
        '',
        '- \\# Recording \\[of\\] consent',
        '',
        '### No longer listed (listed in 2018)',
        '',
        '- 1\\. The length of time in pre-proceedings.',
        '',
        '## Linked findings',
        '',
        '### Still to improve',
        '',
        "#### Care leavers' education, employment and training",
        '',
        '- **2023, paragraph 40:** This was identified in the 2018 inspection and remains a concern.',
        '  - **2018, paragraph 29:** Managers are aware that employment, education and training rates for care leavers are too low.',
        '',
        '### Improved',
        '',
        '#### Child protection plans and conferences',
        '',
        '- **2023, paragraph 6:** Plans are clear.',
        '  - **2018:** Plans are not clear enough.',
        '',
        'Compared by Ofsted Lens from the reports in its library; links between findings are suggested by shared themes and words, so check each against the reports.',
        '',
      ].join('\n'),
    );
  });

  it('escapes a table cell’s | and keeps it on one line', () => {
    const piped: CompareModel = { ...model, judgements: [{ ...model.judgements[0]!, label: 'Help | and\nprotection' }] };
    expect(compareToMarkdown(piped)).toContain('| Help \\| and protection | Good | Outstanding | Up |');
  });

  it('says why a side gives no grades and that there is nothing earlier, without a findings section', () => {
    const alone: CompareModel = { ...model, earlier: null, judgements: [], improvements: [], findings: [], gradesNote: 'The later document is from a news report on www.example.org, not Ofsted, so no grades are shown from it.', improvementsNote: 'The library holds no earlier graded report of Portsmouth to compare with.' };
    const markdown = compareToMarkdown(alone);
    expect(markdown.split('\n').slice(0, 2)).toEqual(['# Portsmouth: inspection of 15 May 2023', '']);
    expect(markdown).toContain('## Judgements\n\nThe later document is from a news report on www.example.org, not Ofsted, so no grades are shown from it.\n');
    expect(markdown).toContain('## What needs to improve\n\nThe library holds no earlier graded report of Portsmouth to compare with.\n');
    expect(markdown).not.toContain('Linked findings');
  });
});
