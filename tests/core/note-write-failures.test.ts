// What the reader is told when a note cannot be written, and the resend while the background
// does not answer.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { LensDb } from '../../utils/browser/library/lens-db';
import { saveNote } from '../../utils/browser/library/note-store';
import { sendUntilAnswered } from '../../utils/browser/extension/send-until-answered';
import { describeWriteError } from '../../utils/core/notes/write-errors';
import { ALERT_TAG, showWriteFailure } from '../../utils/browser/page/write-failure';
import { sampleNote } from '../helpers/notes';
import { readerClick, scriptClick, shadowRootsAttachedBy } from '../helpers/page-input';

describe('describeWriteError', () => {
  it('names a full storage, from the browser or wrapped by Dexie', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(describeWriteError(quota)).toBe("The browser's storage for Ofsted Lens is full.");
    expect(describeWriteError(Object.assign(new Error('wrapped'), { name: 'AbortError', inner: quota }))).toBe("The browser's storage for Ofsted Lens is full.");
  });

  it('names a closed database, as Dexie reports a write to one', async () => {
    const db = new LensDb('closed', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    db.close({ disableAutoOpen: true });
    const error = await saveNote(db, sampleNote({})).catch((e: unknown) => e);
    expect(describeWriteError(error)).toBe('The notes database was closed.');
  });

  it('passes on anything else with its message', () => {
    expect(describeWriteError(new Error('disk on fire'))).toBe('The notes database refused the write (disk on fire).');
  });
});

describe('sendUntilAnswered', () => {
  it('sends again after a rejection or no answer, and stops at the first answer', async () => {
    const attempt = vi.fn<() => Promise<string | undefined>>()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce('stored')
      .mockResolvedValue('again');
    expect(await sendUntilAnswered(attempt, [0, 0, 0, 0])).toBe('stored');
    expect(attempt).toHaveBeenCalledTimes(3);
  });

  it('gives up after its last wait, answering undefined', async () => {
    const attempt = vi.fn(async () => undefined);
    expect(await sendUntilAnswered(attempt, [0, 0])).toBeUndefined();
    expect(attempt).toHaveBeenCalledTimes(3);
  });
});

describe('showWriteFailure', () => {
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

  const show = (retry: () => void) => {
    const document = parseHTML('<!doctype html><html><body><p>Page</p></body></html>').document as unknown as Document;
    const [root] = shadowRootsAttachedBy(document, () => showWriteFailure(document, { reason: 'The notes database was closed.', text: hostile, retry }));
    const [again, close] = root!.querySelectorAll('button');
    return { document, root: root!, again: again!, close: close! };
  };

  it('says why, keeps the text as text to copy, and tries again when the reader clicks', () => {
    const retry = vi.fn();
    const { document, root, again } = show(retry);
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('could not save this note. The notes database was closed.');
    expect(root.querySelector('textarea')!.value).toBe(hostile);
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    readerClick(again);
    expect(retry).toHaveBeenCalledOnce();
    expect(document.querySelector(ALERT_TAG)).toBeNull();
  });

  it('neither tries again nor closes on a click from a page script', () => {
    const retry = vi.fn();
    const { document, again, close } = show(retry);
    scriptClick(again);
    scriptClick(close);
    expect(retry).not.toHaveBeenCalled();
    expect(document.querySelector(ALERT_TAG)).not.toBeNull();
  });
});
