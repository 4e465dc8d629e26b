// The watch's core: following, the daily look's "what is new" (given what the authority's page
// lists, what it listed before and what the library holds), the list as the reader works through
// it, the badge, and the popup's words.
import { describe, expect, it } from 'vitest';
import { afterLook, newDocuments, type ListedDocument } from '../../utils/core/watch/new-documents';
import { follow, isFollowing, unfollow } from '../../utils/core/watch/follow';
import { badgeText, seenAll, unseenCount, withOutcome, withoutDone } from '../../utils/core/watch/new-list';
import { watchListModel } from '../../utils/core/watch/watch-list-model';
import { nextLook } from '../../utils/core/watch/next-look';
import { EMPTY_WATCH, WatchStateSchema, type WatchState } from '../../utils/core/schema/watch';

const PORTSMOUTH = { authorityKey: 'portsmouth', name: 'Portsmouth', page: 'https://reports.ofsted.gov.uk/provider/44/80539' };
const KENT = { authorityKey: 'kent', name: 'Kent', page: 'https://reports.ofsted.gov.uk/provider/44/80476' };
const file = (id: number, host = 'files.ofsted.gov.uk') => `https://${host}/v1/file/${id}`;
const listed = (id: number, title = "Children's services inspection", dates = ['2023-05-15', '2023-07-03']): ListedDocument => ({ href: file(id), title, dates });
const LETTER = listed(50270001, "Children's services focused visit", ['2025-02-10', '2025-03-27']);
const NOW = new Date('2026-12-05T09:00:00Z');
const nothingHeld = () => false;

const followedPortsmouth = (before: number[] | null): WatchState => follow(EMPTY_WATCH, PORTSMOUTH, before && before.map((id) => file(id)), NOW);

describe('following an authority', () => {
  it('adds it once, A to Z, with what its page listed as the baseline', () => {
    const state = follow(follow(followedPortsmouth([1, 2]), KENT, null, NOW), PORTSMOUTH, [], NOW);
    expect(state.followed.map((f) => f.name)).toEqual(['Kent', 'Portsmouth']);
    expect(state.followed[1]!.listed).toEqual([file(1), file(2)]);
    expect(state.followed[0]!.listed).toBeNull();
    expect(isFollowing(state, 'kent')).toBe(true);
    expect(WatchStateSchema.safeParse(state).success).toBe(true);
  });

  it('unfollowing takes its new documents off the list and the badge', () => {
    const { state } = afterLook(followedPortsmouth([1]), followedPortsmouth([1]).followed[0]!, [listed(1), LETTER], nothingHeld, NOW);
    expect(unseenCount(state)).toBe(1);
    const after = unfollow(state, 'portsmouth');
    expect(after.followed).toEqual([]);
    expect(unseenCount(after)).toBe(0);
    expect(badgeText(after)).toBe('');
  });
});

describe('what is new on an authority’s page', () => {
  it('is a document listed now that was not before and the library does not hold', () => {
    expect(newDocuments([listed(1), listed(2), LETTER], [file(1), file(2)], nothingHeld, [])).toEqual([LETTER]);
  });

  it('is nothing at the first look, which only notes what is there', () => {
    expect(newDocuments([listed(1), LETTER], null, nothingHeld, [])).toEqual([]);
  });

  it('leaves out what the library holds, whichever file host either link names', () => {
    const held = (src: string) => src === LETTER.href;
    expect(newDocuments([listed(1), LETTER], [file(1)], held, [])).toEqual([]);
    expect(newDocuments([listed(1), { ...LETTER, href: file(50270001, 'files.api.ofsted.gov.uk') }], [file(1)], nothingHeld, [])).toHaveLength(1);
    expect(newDocuments([{ ...listed(1), href: file(1, 'files.api.ofsted.gov.uk') }], [file(1)], nothingHeld, [])).toEqual([]);
  });

  it('lists a document once, however often the page or the checks name it', () => {
    const before = followedPortsmouth([1]);
    const first = afterLook(before, before.followed[0]!, [listed(1), LETTER, LETTER], nothingHeld, NOW);
    expect(first.found.map((d) => d.src)).toEqual([LETTER.href]);
    // The next day's look: the letter is the baseline now, and on the list already.
    const second = afterLook(first.state, first.state.followed[0]!, [listed(1), LETTER], nothingHeld, NOW);
    expect(second.found).toEqual([]);
    expect(second.state.news).toHaveLength(1);
  });

  it('keeps the authority, title, dates and time found, unseen and not yet read', () => {
    const before = followedPortsmouth([1]);
    const { found, state } = afterLook(before, before.followed[0]!, [listed(1), LETTER], nothingHeld, NOW);
    expect(found[0]).toEqual({
      authorityKey: 'portsmouth', authority: 'Portsmouth', src: LETTER.href, title: "Children's services focused visit",
      dates: ['2025-02-10', '2025-03-27'], foundAt: NOW.toISOString(), seen: false, state: 'new', failure: null,
    });
    expect(state.followed[0]!.listed).toEqual([file(1), LETTER.href]);
    expect(WatchStateSchema.safeParse(state).success).toBe(true);
  });

  it('changes nothing for an authority unfollowed while its page was being fetched', () => {
    const before = followedPortsmouth([1]);
    const gone = unfollow(before, 'portsmouth');
    expect(afterLook(gone, before.followed[0]!, [listed(1), LETTER], nothingHeld, NOW)).toEqual({ state: gone, found: [] });
  });
});

describe('the list as the reader works through it, and the badge', () => {
  const withLetter = () => {
    const before = followedPortsmouth([1]);
    return afterLook(before, before.followed[0]!, [listed(1), LETTER, listed(2, 'Joint targeted area inspection', ['2026-11-01'])], nothingHeld, NOW).state;
  };

  it('counts the unseen on the badge; opening the list clears it and keeps the list', () => {
    const state = withLetter();
    expect(badgeText(state)).toBe('2');
    const seen = seenAll(state);
    expect(badgeText(seen)).toBe('');
    expect(seen.news).toHaveLength(2);
    expect(seenAll(seen)).toBe(seen);
  });

  it('reading one clears it from the badge; once read and seen it leaves the list at the next check', () => {
    const reading = withOutcome(withLetter(), [LETTER.href], { state: 'reading', failure: null });
    expect(badgeText(reading)).toBe('1');
    const read = withOutcome(reading, [LETTER.href], { state: 'read', failure: null });
    expect(watchListModel(read).rows[0]).toMatchObject({ status: 'Read into your library.', canRead: false, open: `reader.html?src=${encodeURIComponent(LETTER.href)}` });
    expect(withoutDone(read).news.map((n) => n.src)).toEqual([file(2)]);
  });

  it('read automatically, a document stays on the badge until the list is opened', () => {
    const read = withOutcome(withLetter(), [LETTER.href], { state: 'read', failure: null }, false);
    expect(badgeText(read)).toBe('2');
    expect(withoutDone(read).news).toHaveLength(2);
    expect(badgeText(seenAll(read))).toBe('');
  });

  it('a failed reading stays on the list, offered again, its reason said', () => {
    const failed = withOutcome(withLetter(), [LETTER.href], { state: 'failed', failure: 'the PDF could not be fetched or read' });
    expect(withoutDone(failed).news).toHaveLength(2);
    const row = watchListModel(failed).rows.find((r) => r.src === LETTER.href)!;
    expect(row).toMatchObject({ canRead: true, status: 'It could not be read: the PDF could not be fetched or read.' });
  });

  it('shows at most 99+ on the badge', () => {
    const many: WatchState = { ...EMPTY_WATCH, news: Array.from({ length: 120 }, (_, i) => ({ ...withLetter().news[0]!, src: file(i) })) };
    expect(badgeText(many)).toBe('99+');
  });
});

describe('the popup’s words', () => {
  it('gives each new document’s authority, title and dates in words, and the last check', () => {
    const before = followedPortsmouth([1]);
    const { state } = afterLook(before, before.followed[0]!, [listed(1), LETTER], nothingHeld, NOW);
    const model = watchListModel({ ...state, lastCheck: { at: NOW.toISOString(), failures: [] } });
    expect(model.rows).toEqual([{ src: LETTER.href, authority: 'Portsmouth', title: "Children's services focused visit", when: '10 February 2025, published 27 March 2025', status: null, canRead: true, open: null }]);
    expect(model.checked).toBe('Last checked 5 December 2026.');
    expect(model.followed).toEqual([{ authorityKey: 'portsmouth', name: 'Portsmouth' }]);
    expect(model.failures).toEqual([]);
  });

  it('says plainly which authority’s page a check could not read, and that the next daily check looks again', () => {
    const model = watchListModel({ ...followedPortsmouth([1]), lastCheck: { at: NOW.toISOString(), failures: [{ authority: 'Portsmouth', message: 'reports.ofsted.gov.uk answered 503' }] } });
    expect(model.failures).toEqual([
      'Portsmouth: its page on reports.ofsted.gov.uk could not be checked on 5 December 2026 (reports.ofsted.gov.uk answered 503). The next daily check will look again.',
    ]);
  });
});

describe('the stored state', () => {
  it('is refused whole when damaged, so a bad value is taken as nothing followed', () => {
    expect(WatchStateSchema.safeParse({ ...EMPTY_WATCH, followed: [{ authorityKey: 'Not A Key', name: 'x', page: 'x', followedAt: '', listed: null }] }).success).toBe(false);
    expect(WatchStateSchema.safeParse({ followed: [] }).success).toBe(false);
  });
});

describe('when the daily look is next due', () => {
  const at = (iso: string) => Date.parse(iso);
  it('a day after the last look, or after the first follow before any look', () => {
    const state = followedPortsmouth([1]);
    expect(nextLook(state, at('2026-12-05T10:00:00Z'))).toBe(at('2026-12-06T09:00:00Z'));
    expect(nextLook({ ...state, lastCheck: { at: '2026-12-05T20:00:00.000Z', failures: [] } }, at('2026-12-05T21:00:00Z'))).toBe(at('2026-12-06T20:00:00Z'));
  });

  it('in a minute when the browser was closed past the time it was due', () => {
    const state = { ...followedPortsmouth([1]), lastCheck: { at: '2026-12-01T08:00:00.000Z', failures: [] } };
    expect(nextLook(state, at('2026-12-05T10:00:00Z'))).toBe(at('2026-12-05T10:01:00Z'));
  });
});
