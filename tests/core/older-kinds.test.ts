import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../utils/core/recognise/detectors';
import { isOlderOfstedKind, OLDER_KIND_EXAMPLES } from '../../utils/core/recognise/older-kinds';

const NEAR_MISSES = resolve(import.meta.dirname, '../fixtures/near-misses');
const SIGNED = '\n\nWebsite: www.ofsted.gov.uk';
// The opening of real-pdf/not-ours/80428_bedford_area-send_2025-02-04.pdf, with the line that signs it.
const AREA_SEND = 'Local area partnership report\n\nArea SEND inspection of Bedford\n\nBorough Local Area Partnership\n\nInspection dates: 18 to 22 November 2024\n\nThe inspection was led by one of His Majesty’s Inspectors (HMI) from Ofsted, with a team of inspectors.';

describe('Ofsted’s documents of older kinds', () => {
  it('are told by Ofsted’s hand and a children’s services title: each example', () => {
    for (const example of OLDER_KIND_EXAMPLES) expect(isOlderOfstedKind({ text: example }), example.slice(0, 60)).toBe(true);
  });

  it('are Ofsted’s only when Ofsted signs them or they come from its hosts', () => {
    const unsigned = OLDER_KIND_EXAMPLES[1]!.replace('www.ofsted.gov.uk', 'www.example.org');
    expect(isOlderOfstedKind({ text: unsigned })).toBe(false);
    expect(isOlderOfstedKind({ text: unsigned, url: 'https://files.ofsted.gov.uk/v1/file/50004249' })).toBe(true);
  });

  it('are not an area SEND inspection, though Ofsted signs it', () => {
    expect(isOlderOfstedKind({ text: AREA_SEND })).toBe(false);
  });

  it('are not a school, a children’s home or news, even signed as Ofsted’s', () => {
    for (const file of readdirSync(NEAR_MISSES)) {
      expect(isOlderOfstedKind({ text: readFileSync(join(NEAR_MISSES, file), 'utf8') + SIGNED }), file).toBe(false);
    }
  });

  it('are none of the kinds Ofsted Lens reads, and no detector takes them', () => {
    for (const example of OLDER_KIND_EXAMPLES) {
      for (const detector of DETECTORS) expect(detector.test({ text: example }, example), `${detector.kind} took an older kind`).toBe(false);
    }
  });
});
