// The scrutiny briefing as Markdown, in full, for Portsmouth's real 2023 report with the synthetic
// 2018 report and a note: the shape a committee paper pastes, every part with its source; and
// page text escaped where Markdown would read it as markup.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { briefingModel } from '../../utils/core/model/briefing';
import { briefingToMarkdown } from '../../utils/core/model/briefing-markdown';
import { recordOfRead } from '../../utils/core/library-identity';
import type { Report } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';
import { sampleNote } from '../helpers/notes';

const REPORT_2023 = 'https://files.ofsted.gov.uk/v1/file/50222964';
const REPORT_2018 = 'https://files.ofsted.gov.uk/v1/file/50002412';
const report2023 = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as Report;
const report2018 = analyseDocument({ text: readFileSync(resolve(import.meta.dirname, '../e2e/fixtures/portsmouth-ilacs-2018-synthetic.txt'), 'utf8') }) as Report;
const library = [
  recordOfRead({ source: REPORT_2018, via: 'extension' }, report2018, Date.UTC(2026, 9, 1))!,
  recordOfRead({ source: REPORT_2023, via: 'extension' }, report2023, Date.UTC(2026, 10, 1))!,
];

describe('the briefing as Markdown', () => {
  it('writes the parts in the page’s order, each with its source, dates in words, the neighbours dated and the authority itself in bold', () => {
    const briefing = briefingModel(library, REPORT_2023, [sampleNote({ url: REPORT_2023 })], '2026-12-05')!;
    expect(briefingToMarkdown(briefing)).toBe(EXPECTED);
  });

  it('says in a line what a part lacks, and escapes page text that Markdown would read as markup', () => {
    const hostile = sampleNote({ url: REPORT_2023, quote: '# not a heading\n[link](https://example.org)', comment: '<img src=x>' });
    const markdown = briefingToMarkdown(briefingModel([library[1]!], REPORT_2023, [hostile], '2026-12-05')!);
    expect(markdown).toContain('## Still a concern since the last inspection\n\nThe library holds no earlier graded report of Portsmouth, so no concern can be traced to an earlier inspection: read the earlier report in Ofsted Lens to add it.\n\n## Your notes');
    expect(markdown).toContain('> \\# not a heading\n> \\[link\\](https://example.org)');
    expect(markdown).toContain('\n\\<img src=x>\n');
    expect(markdown).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

const EXPECTED = `# Portsmouth: scrutiny briefing

**Inspection of local authority children's services**, 15 to 19 May 2023.
From Ofsted's report PDF on files.ofsted.gov.uk, read into your library on 1 November 2026: <https://files.ofsted.gov.uk/v1/file/50222964>

The last inspection before this one in your library: Inspection of local authority children's services, 3 September 2018, from Ofsted’s report PDF on files.ofsted.gov.uk.

## Grades at this inspection

| Judgement | Grade | Direction |
| --- | --- | --- |
| Overall effectiveness | Good | unchanged since 2018 |
| Impact of leaders | Good | unchanged since 2018 |
| Help and protection | Outstanding | up from Good in 2018 |
| Children in care | Good | unchanged since 2018 (then judged with care leavers) |
| Care leavers | Requires improvement | down from Good in 2018 (then judged with children in care) |

*Source: This report’s own grades, from Ofsted's report PDF on files.ofsted.gov.uk. Directions are against the inspection of 3 September 2018 (read from its report in your library, and Ofsted official statistics, as at 31 March 2025).*

## England and neighbours at 15 May 2023

In Ofsted’s statistics at 15 May 2023, its latest overall grade was Good (ILACS, May 2023): 25 authorities in England did better, 65 as well, 60 worse; of its 10 neighbours, 2 better, 3 as well, 5 worse.

- **England** (latest overall grades of 153 authorities): Outstanding 25, Good 66, Requires improvement 47, Inadequate 13; 2 not yet inspected under ILACS.
- **Statistical neighbours** (latest overall grade, and the day its inspection began):
  - Leeds: Outstanding, 21 February 2022
  - Derby: Outstanding, 21 March 2022
  - **Portsmouth (this authority): Good, 15 May 2023**
  - Sheffield: Good, 15 July 2019
  - Salford: Good, 8 October 2018
  - Gateshead: Good, 29 April 2019
  - Kirklees: Requires improvement, 10 June 2019
  - Southampton: Requires improvement, 18 November 2019
  - Southend-on-Sea: Requires improvement, 15 July 2019
  - Plymouth: Requires improvement, 29 October 2018
  - Tameside: Requires improvement, 13 May 2019

*Source: Ofsted official statistics, as at 31 March 2025; latest overall grades at 15 May 2023*

## What needs to improve

- The quality of services for care-experienced young people, in particular, access to health histories, education, employment and training and broader housing options. *(Also listed in 2018)*
- The recording of the rationale for decision-making when dispensing with parental consent.
- Foster carers capturing children's experiences and critical incidents so that the records are available for reference and for the children in later life.

*Source: The report’s “What needs to improve”, from Ofsted's report PDF on files.ofsted.gov.uk.*

## Still a concern since the last inspection (3 September 2018)

- **Care leavers**: still a concern since 2018
  - Paragraph 27: The pace of change and progress for care leavers has been too slow.
    - Then, paragraph 7: Employment, education and training rates for care leavers are too low.
  - Paragraph 51: Some weaknesses remain within the services for care-experienced young people, although the core practice and commitment of the personal advisers are strong.
    - Then, paragraph 7: Employment, education and training rates for care leavers are too low.
- **Care leavers' health histories**: still a concern since 2018
  - Paragraph 28: However, several of the current areas for service development were identified at the time of the last inspection in 2018 in respect of care leavers' health histories, education, employment and training, and accommodation options.
    - Then, paragraph 8: Care leavers do not have access to their health histories.
  - Paragraph 38: Personal advisers are unable to identify which care leavers have access to this important and essential information; this issue was highlighted in the 2018 inspection.
    - Then, paragraph 8: Care leavers do not have access to their health histories.
- **Care leavers' education, employment and training**: still a concern since 2018
  - Paragraph 28: However, several of the current areas for service development were identified at the time of the last inspection in 2018 in respect of care leavers' health histories, education, employment and training, and accommodation options.
    - Then, paragraph 7: Employment, education and training rates for care leavers are too low.
  - Paragraph 40: This was identified in the 2018 inspection and remains a concern.
    - Then, paragraph 7: Employment, education and training rates for care leavers are too low.

*Source: Linked by Ofsted Lens between this report and the 2018 inspection of local authority children's services (from Ofsted’s report PDF on files.ofsted.gov.uk) by shared themes and words: check each against the reports.*

## Your notes on this report

> The number of care-experienced young people in education, employment or training is too low.

Paragraph 40, Care leavers (Requires improvement). Saved in the reader on 1 November 2026.

For the scrutiny briefing, "EET" section

*Source: Your own notes, kept on this machine*

Prepared by Ofsted Lens on 5 December 2026 from your library.
`;
