// The build's one silenced library warning: Rollup's INVALID_ANNOTATION for zod's own files.
import { describe, expect, it, vi } from 'vitest';
import { quietZodAnnotations } from '../../wxt.config';

const ZOD_FILE = '/work/main/node_modules/zod/v4/core/util.js';
const invalidAnnotation = (id: string) => ({ code: 'INVALID_ANNOTATION', id, message: 'A comment … contains an annotation that Rollup cannot interpret' });

function passedOn(level: 'warn' | 'info' | 'debug', log: { code?: string; id?: string; message: string }) {
  const handler = vi.fn();
  quietZodAnnotations.call({} as never, level, log, handler);
  return handler.mock.calls;
}

describe('the build’s Rollup log filter', () => {
  it('drops the warning about annotations Rollup cannot place, in zod’s files', () => {
    expect(passedOn('warn', invalidAnnotation(ZOD_FILE))).toEqual([]);
    expect(passedOn('warn', invalidAnnotation('C:\\project\\node_modules\\zod\\v4\\core\\regexes.js'))).toEqual([]);
  });

  it('passes the same warning on for any other package or our own code', () => {
    for (const id of ['/work/main/node_modules/dexie/dist/dexie.mjs', '/work/main/node_modules/zod-extra/index.js', '/work/wt/utils/core/zod/x.ts']) {
      expect(passedOn('warn', invalidAnnotation(id))).toEqual([['warn', invalidAnnotation(id)]]);
    }
  });

  it('passes every other warning from zod on', () => {
    const circular = { code: 'CIRCULAR_DEPENDENCY', id: ZOD_FILE, message: 'Circular dependency' };
    expect(passedOn('warn', circular)).toEqual([['warn', circular]]);
    expect(passedOn('info', invalidAnnotation(ZOD_FILE))).toEqual([['info', invalidAnnotation(ZOD_FILE)]]);
  });
});
