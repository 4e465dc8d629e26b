import { deniesConcern, isConcern } from './polarity-cues';
import type { Polarity } from '../schema/domain';

const STRENGTH_CUES = /\b(?:strengths?|strong(?:ly)?|effective(?:ly)?|good|well|clear(?:ly)?|timely|robust|improved|improving|improvement|outstanding|impressive|high-quality|thorough|comprehensive|benefit(?:s|ing)?|promptly|proactive|positive(?:ly)?|sustained|strengthened|increasingly)\b/i;

/** Whether a sentence reports a strength or a concern; null when it says neither plainly. */
export function polarityOf(sentence: string): Polarity | null {
  if (isConcern(sentence)) return 'concern';
  if (STRENGTH_CUES.test(sentence) || deniesConcern(sentence)) return 'strength';
  return null;
}
