import { describe, expect, it } from 'vitest';
import { settleEach } from '../../utils/core/settle-each';

describe('settleEach', () => {
  it('runs every feature when one throws and another rejects, and says which failed', async () => {
    const ran: string[] = [];
    const failed = await settleEach([
      () => ran.push('chips'),
      () => {
        throw new Error('markers broke');
      },
      async () => {
        await Promise.resolve();
        ran.push('notes');
      },
      () => Promise.reject(new Error('library unreachable')),
      () => ran.push('context'),
    ]);
    expect(ran.sort()).toEqual(['chips', 'context', 'notes']);
    expect(failed).toEqual([1, 3]);
  });
});
