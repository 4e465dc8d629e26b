// "What needs to improve" then and now, item to item. The wordings are Ofsted's own, from
// Portsmouth's reports (real-pdf/inspection/80539_portsmouth_cs-inspection_*.pdf): 2014's and
// 2023's, which speak twice of the same matter, and 2018's, which speaks to none of 2023's.
import { describe, expect, it } from 'vitest';
import { matchImprovements } from '../../utils/core/model/improvement-match';

const HEALTH_2014 =
  'Ensure that pathway plans are clear and explicit and deliver improved outcomes for care leavers, and that every care leaver has a copy of their health histories in a format that is accessible to them.';
const CONSENT_2014 = 'Ensure that parental consent is consistently sought and recorded before information is shared unless the risks to the child make it necessary to dispense with consent.';
const STABILITY_2014 = 'Improve the stability of short-term placements for 16 and 17 year olds who are looked after so that they have continuity in the care that they receive.';
const CARE_EXPERIENCED_2023 =
  'The quality of services for care-experienced young people, in particular, access to health histories, education, employment and training and broader housing options.';
const CONSENT_2023 = 'The recording of the rationale for decision-making when dispensing with parental consent.';
const FOSTER_CARERS_2023 = 'Foster carers capturing children’s experiences and critical incidents so that the records are available for reference and for the children in later life.';
const PRE_PROCEEDINGS_2018 = 'The length of time that children are subject to pre-proceedings.';

describe('matching what needs to improve, then and now', () => {
  it('pairs items on the same matter (a shared theme and shared words), in the later report’s order, with the matter named', () => {
    const matches = matchImprovements([HEALTH_2014, CONSENT_2014, STABILITY_2014], [CARE_EXPERIENCED_2023, CONSENT_2023, FOSTER_CARERS_2023]);
    expect(matches.map((m) => [m.status, m.earlier, m.later, m.matter])).toEqual([
      ['both', HEALTH_2014, CARE_EXPERIENCED_2023, "Care leavers' health histories"],
      ['both', CONSENT_2014, CONSENT_2023, 'Recording'],
      ['new', null, FOSTER_CARERS_2023, null],
      ['no-longer-listed', STABILITY_2014, null, null],
    ]);
    expect(matches[1]!.terms).toEqual(expect.arrayContaining(['record', 'dispens', 'parent', 'consent']));
  });

  it('does not pair items that share only a broad theme and a word: 2023’s foster carers’ records and 2014’s recorded consent', () => {
    expect(matchImprovements([CONSENT_2014], [FOSTER_CARERS_2023]).map((m) => m.status)).toEqual(['new', 'no-longer-listed']);
  });

  it('does not pair items with shared words but no shared theme', () => {
    const matches = matchImprovements(['The timeliness of decisions for children subject to pre-proceedings.'], ['The timeliness of decisions for children on child protection plans.']);
    expect(matches.map((m) => m.status)).toEqual(['new', 'no-longer-listed']);
  });

  it('pairs each item once, the pair sharing most words first', () => {
    const close = 'Return home interviews after children go missing are not timely and their quality varies.';
    const loose = 'Children who go missing from home.';
    const matches = matchImprovements([loose, close], ['The timeliness and quality of return home interviews when children go missing.']);
    expect(matches.map((m) => [m.status, m.earlier])).toEqual([
      ['both', close],
      ['no-longer-listed', loose],
    ]);
  });

  it('lists every item as new or no longer listed when none speak of the same matter, as Portsmouth’s 2018 and 2023 reports', () => {
    expect(matchImprovements([PRE_PROCEEDINGS_2018], [CARE_EXPERIENCED_2023, CONSENT_2023]).map((m) => m.status)).toEqual(['new', 'new', 'no-longer-listed']);
    expect(matchImprovements([], [])).toEqual([]);
  });
});
