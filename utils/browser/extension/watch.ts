// Browser-API side (not core): the watch on followed authorities, in the background. Off (no alarm
// at all) until an authority is followed; then once a day, while the browser runs, each followed
// authority's page on reports.ofsted.gov.uk is fetched, one at a time, and what it lists that the
// library lacks and was not there before is new: counted on the toolbar badge and listed in the
// popup, and read into the library when the reader asks (or, if chosen, at once). A failed check is
// said in the popup and tried again at the next day's alarm, never in a loop.
import { browser } from 'wxt/browser';
import { authorityByKey } from '../../core/authorities/match';
import { providerUrl } from '../../core/authorities/context';
import { follow, isFollowing, unfollow, type Followable } from '../../core/watch/follow';
import { afterLook } from '../../core/watch/new-documents';
import { DAY_MS, nextLook } from '../../core/watch/next-look';
import { badgeText, seenAll, unseenCount, withOutcome, withoutDone } from '../../core/watch/new-list';
import type { BackgroundMessage, WatchStatusReply } from '../../core/schema/messages';
import type { FollowedAuthority, NewDocument, WatchState } from '../../core/schema/watch';
import type { LensDb } from '../library/lens-db';
import { AuthorityPageError, authorityDocuments } from './authority-documents';
import { holdsReportFile, readListedReports } from './read-listed-reports';
import { changeWatch, onWatchChange, readWatch } from './watch-store';

export const WATCH_ALARM = 'ofsted-lens-watch';
const DAY_MINUTES = DAY_MS / 60_000;
/** Between one authority's page and the next: the check never asks Ofsted for two at once. */
const PAUSE_MS = 2_000;
const READ_FAILED = 'the PDF could not be fetched or read';

export type WatchMessage = Extract<BackgroundMessage, { type: `watch-${string}` }>;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The authority the register knows by `key`, with its page on reports.ofsted.gov.uk; null for any other. */
function followable(key: string): Followable | null {
  const authority = authorityByKey(key);
  const page = authority && providerUrl(authority);
  return authority && page ? { authorityKey: key, name: authority.name, page } : null;
}

/**
 * The daily alarm while anyone is followed; none at all otherwise. Firefox keeps no alarm across a
 * restart (and Chrome may lose one on an update): made again, it is due a day after the last look,
 * or in a minute when that is past, so a browser restarted every day still looks once a day.
 */
async function keepAlarmInStep(state: WatchState): Promise<void> {
  const alarm = await browser.alarms.get(WATCH_ALARM);
  if (state.followed.length === 0) {
    if (alarm) await browser.alarms.clear(WATCH_ALARM);
  } else if (!alarm || alarm.periodInMinutes !== DAY_MINUTES) {
    await browser.alarms.create(WATCH_ALARM, { when: nextLook(state, Date.now()), periodInMinutes: DAY_MINUTES });
  }
}

// Chrome's MV3 `action`, Firefox MV2's `browserAction`.
const toolbarButton = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

async function showBadge(state: WatchState): Promise<void> {
  const button = toolbarButton();
  const count = unseenCount(state);
  await button.setBadgeBackgroundColor({ color: '#1d3a5f' });
  await button.setBadgeText({ text: badgeText(state) });
  await button.setTitle({ title: count === 0 ? 'Ofsted Lens' : `Ofsted Lens: ${count} new from the authorities you follow` });
}

/** Reads `sources` into the library through the listed reports' reading, and notes how each went; `asked`: by the reader, not automatically. */
async function readNew(db: LensDb, sources: readonly string[], asked: boolean): Promise<void> {
  if (sources.length === 0) return;
  await changeWatch((state) => withOutcome(state, sources, { state: 'reading', failure: null }, asked));
  await readListedReports(db, sources, undefined).catch(() => undefined);
  const held = await Promise.all(sources.map((src) => holdsReportFile(db, src).catch(() => false)));
  const read = sources.filter((_, i) => held[i]);
  const failed = sources.filter((_, i) => !held[i]);
  await changeWatch((state) => withOutcome(withOutcome(state, read, { state: 'read', failure: null }, asked), failed, { state: 'failed', failure: READ_FAILED }, asked));
}

/** Looks at one followed authority's page; what it found is new (none at the first look). */
async function lookAt(db: LensDb, authority: FollowedAuthority): Promise<NewDocument[]> {
  const listed = await authorityDocuments(authority.page, authority.authorityKey);
  const held = new Set<string>();
  for (const { href } of listed) if (await holdsReportFile(db, href)) held.add(href);
  let found: NewDocument[] = [];
  await changeWatch((state) => {
    const look = afterLook(state, authority, listed, (src) => held.has(src), new Date());
    found = look.found;
    return look.state;
  });
  return found;
}

let checking: Promise<void> | null = null;

/** The daily check: each followed authority's page in turn; failures noted, not retried until the next alarm. */
function checkAll(db: LensDb): Promise<void> {
  checking ??= (async () => {
    const { followed } = await readWatch();
    const failures: { authority: string; message: string }[] = [];
    const found: NewDocument[] = [];
    for (const [i, authority] of followed.entries()) {
      if (i > 0) await sleep(PAUSE_MS);
      try {
        found.push(...(await lookAt(db, authority)));
      } catch (error) {
        failures.push({ authority: authority.name, message: error instanceof AuthorityPageError ? error.message : 'its page could not be read' });
      }
    }
    const state = await changeWatch((s) => ({ ...withoutDone(s), lastCheck: { at: new Date().toISOString(), failures } }));
    if (state.autoRead) await readNew(db, found.map((d) => d.src), false);
  })().finally(() => (checking = null));
  return checking;
}

/** Starts the watch in the background: its alarm's listener, the badge and the alarm kept in step with the state. */
export function startWatch(db: LensDb): { answer: (message: WatchMessage) => Promise<unknown> } {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCH_ALARM) void checkAll(db).catch(() => undefined);
  });
  const inStep = (state: WatchState) => Promise.all([showBadge(state), keepAlarmInStep(state)]).catch(() => undefined);
  onWatchChange((state) => void inStep(state));
  void readWatch().then(inStep);
  // Heard so that Chrome starts the background with the browser: the badge is not kept across a restart.
  browser.runtime.onStartup.addListener(() => void readWatch().then(inStep));

  const answer = async (message: WatchMessage): Promise<unknown> => {
    switch (message.type) {
      case 'watch-status': {
        const reply: WatchStatusReply = { followable: followable(message.authorityKey) !== null, following: isFollowing(await readWatch(), message.authorityKey) };
        return reply;
      }
      case 'watch-follow': {
        const authority = followable(message.authorityKey);
        if (!authority) return null;
        if (!message.follow) return changeWatch((state) => unfollow(state, authority.authorityKey)).then(() => null);
        const state = await changeWatch((s) => follow(s, authority, message.listed ?? null, new Date()));
        // Followed from the look-up, not its page: one look now notes what the page lists, so only later documents are new.
        const followed = state.followed.find((f) => f.authorityKey === authority.authorityKey);
        if (followed && followed.listed === null) void lookAt(db, followed).catch(() => undefined);
        return null;
      }
      case 'watch-seen':
        await changeWatch(seenAll);
        return null;
      case 'watch-read': {
        // Only documents on the list: the reading is the watch's, not any address's.
        const listed = new Set((await readWatch()).news.map((n) => n.src));
        void readNew(db, message.sources.filter((src) => listed.has(src)), true).catch(() => undefined);
        return null;
      }
      case 'watch-auto-read':
        await changeWatch((state) => (state.autoRead === message.on ? state : { ...state, autoRead: message.on }));
        return null;
    }
  };
  return { answer };
}
