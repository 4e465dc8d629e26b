// Every judgement Ofsted has given local authority children's services: its key, the short label
// the panel, the popup and the notes show, and their order. How reports and the news write each
// judgement's name is in judgement-wordings.ts.
import type { JudgementKey } from '../schema/domain';

/** The keys, in the schema's order. */
export const JUDGEMENT_KEYS = [
  'overall',
  'leaders',
  'helpAndProtection',
  // ILACS from January 2023: children in care and care leavers judged apart.
  'inCare',
  'careLeavers',
  // ILACS 2018–2022: one judgement for both.
  'inCareAndCareLeavers',
  // Single inspection framework, 2014–2017.
  'lookedAfter',
  'adoption',
  'lscb',
] as const;

export const JUDGEMENT_LABELS: Record<JudgementKey, string> = {
  overall: 'Overall effectiveness',
  leaders: 'Impact of leaders',
  helpAndProtection: 'Help and protection',
  inCare: 'Children in care',
  careLeavers: 'Care leavers',
  inCareAndCareLeavers: 'Children in care and care leavers',
  lookedAfter: 'Children looked after',
  adoption: 'Adoption performance',
  lscb: 'Safeguarding children board',
};

/** The order the panel lists judgements in: Ofsted's table order, overall last. */
export const JUDGEMENT_ORDER: readonly JudgementKey[] = [...JUDGEMENT_KEYS.filter((key) => key !== 'overall'), 'overall'];
