import type { Note } from '../../utils/core/schema/storage';

/** A note as the overlay would save it from the real report's paragraph 40. */
export function sampleNote(overrides: Partial<Note> = {}): Note {
  const quote = 'The number of care-experienced young people in education, employment or training is too low.';
  return {
    id: 'note-0001-aaaa',
    url: 'https://reports.ofsted.gov.uk/reports/portsmouth-ilacs-2023',
    title: "Inspection of Portsmouth City Council local authority children's services",
    quote,
    anchor: {
      quote: { type: 'TextQuoteSelector', exact: quote, prefix: '40. ', suffix: ' This was identified in the 2018' },
      position: { type: 'TextPositionSelector', start: 1000, end: 1000 + quote.length },
    },
    context: {
      authority: 'Portsmouth City Council',
      authorityKey: 'portsmouth',
      kind: 'ilacs',
      inspection: { start: '2023-05-15', end: '2023-05-19' },
      findingNumber: 40,
      judgement: 'careLeavers',
      grade: 'requires-improvement',
    },
    comment: 'For the scrutiny briefing, "EET" section',
    tags: ['care leavers', 'EET'],
    colour: 'yellow',
    createdAt: Date.UTC(2026, 10, 1, 9, 30),
    updatedAt: Date.UTC(2026, 10, 1, 9, 30),
    found: true,
    ...overrides,
  };
}
