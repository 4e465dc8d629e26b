import type { DocumentKind, JudgementKey } from './schema';

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
export const JUDGEMENT_ORDER: readonly JudgementKey[] = [
  'leaders',
  'helpAndProtection',
  'inCare',
  'careLeavers',
  'inCareAndCareLeavers',
  'lookedAfter',
  'adoption',
  'lscb',
  'overall',
];

export const KIND_LABELS: Record<DocumentKind | 'provider', string> = {
  ilacs: "Inspection of local authority children's services",
  sif: 'Single inspection framework inspection',
  'focused-visit': 'Focused visit (no grade)',
  'monitoring-visit': 'Monitoring visit (no grade)',
  jtai: 'Joint targeted area inspection (no grade)',
  news: 'News report of an inspection',
  provider: "Children's services inspections and visits",
};
