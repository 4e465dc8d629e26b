// The options page's labels of the bundled data are the generated modules' own.
import { describe, expect, it } from 'vitest';
import { BUNDLED_AS_AT, OFFICIAL_SOURCE_LABEL, REGISTER_SOURCE_LABEL } from '../../utils/core/authorities/bundled-data';
import { OFFICIAL_AS_AT, OFFICIAL_SOURCE } from '../../utils/core/authorities/outcomes';
import { REGISTER_AS_AT, REGISTER_SOURCE } from '../../utils/core/authorities/register';

describe('the bundled data’s labels on the options page', () => {
  it('are the generated tables’ source and date', () => {
    expect(OFFICIAL_SOURCE_LABEL).toBe(OFFICIAL_SOURCE);
    expect(REGISTER_SOURCE_LABEL).toBe(REGISTER_SOURCE);
    expect(BUNDLED_AS_AT).toBe(OFFICIAL_AS_AT);
    expect(BUNDLED_AS_AT).toBe(REGISTER_AS_AT);
  });
});
