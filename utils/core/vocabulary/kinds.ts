// How each kind of document is named to the reader.
import type { DocumentKind } from '../schema/domain';

export const KIND_LABELS: Record<DocumentKind | 'provider', string> = {
  ilacs: "Inspection of local authority children's services",
  sif: 'Single inspection framework inspection',
  'focused-visit': 'Focused visit (no grade)',
  'monitoring-visit': 'Monitoring visit (no grade)',
  jtai: 'Joint targeted area inspection (no grade)',
  news: 'News report of an inspection',
  provider: "Children's services inspections and visits",
};
