// The toolbar popup: what this page is, ways to read it, and the notes library. The popup is an
// extension page, so it opens the database itself.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AuthorityLookup, type AuthorityLookupProps } from '../../components/AuthorityLookup';
import { benchMark } from '../../utils/browser/extension/bench-mark';
import { NotesLibrary } from '../../components/NotesLibrary';
import { PopupAbout } from '../../components/PopupAbout';
import { SiteAccess } from '../../components/SiteAccess';
import { KIND_LABELS } from '../../utils/core/vocabulary/kinds';
import { compareHref, NOTE_PARAM } from '../../utils/core/model/compare-address';
import { NoteWindow } from './note-window';
import { LookupFollow, WatchSection } from './watch-section';
import { LensDb } from '../../utils/browser/library/lens-db';
import { notesToBackup, notesToCsv, notesToMarkdown } from '../../utils/core/notes/export';
import { changedAnything, describeImport } from '../../utils/core/notes/import-plan';
import { EMPTY_QUERY, queryNotes, type NoteQuery } from '../../utils/core/notes/query-notes';
import { allNotes, newestNotes, notesForUrl } from '../../utils/browser/library/read-notes';
import { describeWriteError } from '../../utils/core/notes/write-errors';
import { adoptChipStyles } from '../../utils/browser/page/chip-styles';
import { downloadText } from '../../utils/browser/page/download-text';
import { askForSite, grantedSites, removeSite } from '../../utils/browser/extension/newsroom-sites';
import { isAllowedSource, isBuiltInSite, siteOrigin } from '../../utils/core/sites';
import type { Note } from '../../utils/core/schema/storage';

benchMark('popup-start');
const db = new LensDb();
const FIRST_SCREEN = 20;
/** How long the popup waits for its first screen of notes before it opens without them. */
const FIRST_SCREEN_WAIT_MS = 250;
const READ_ERROR = 'Your notes could not be read.';
// Asked for before anything else, so the database works while the popup finds its tab.
const newestAtOpen = newestNotes(db, FIRST_SCREEN).catch(() => null);
// Writes are validated with the schema module, and the reader opens through the background's
// validated messages: both load on first use, so neither holds back the first screen.
const noteStore = () => import('../../utils/browser/library/note-store');
const libraryClient = () => import('../../utils/browser/extension/library-client');
// The register and Ofsted's official tables load when the look-up is first focused or used: loaded
// with the first screen, they held its frame back (popup first render 194 ms against 150).
const authorityLookup = () => import('../../utils/browser/extension/authority-lookup');
const FORMATS = { md: ['text/markdown', notesToMarkdown], csv: ['text/csv', notesToCsv], json: ['application/json', (n: Note[]) => notesToBackup(n)] } as const;

function download(format: keyof typeof FORMATS, notes: Note[]) {
  const [type, write] = FORMATS[format];
  downloadText(`ofsted-lens-notes-${new Date().toISOString().slice(0, 10)}.${format}`, type, write(notes));
}

type Tab = { id?: number; url?: string };
/** The last change that can be undone: a deletion or an import. */
type Undo = { words: string; run: () => Promise<unknown>; failure: string; done: string | null };
type Scope = 'page' | 'all';

/** The notes the popup opens with; 'late' when the database was too slow to wait for. */
type FirstScreen = Note[] | 'unreadable' | 'late';

const pageUrlOf = (tab: Tab | undefined) => (tab?.url?.startsWith('http') ? tab.url.split('#')[0]! : null);

function Popup({ tab, initialScope, firstScreen }: { tab: Tab | undefined; initialScope: Scope; firstScreen: FirstScreen }) {
  const pageUrl = pageUrlOf(tab);
  const reportSrc = tab?.url && isAllowedSource(tab.url) ? tab.url : null;
  // A site the reader could add: an https page that is neither a report PDF nor a site Ofsted Lens has from its install.
  const site = tab?.url && !reportSrc && !isBuiltInSite(tab.url) ? siteOrigin(tab.url) : null;
  const [granted, setGranted] = useState<string[]>([]);
  // Left as it is when nothing changed: a new empty list would draw the whole popup again.
  const refreshGranted = () =>
    void grantedSites().then((next) => setGranted((shown) => (next.join() === shown.join() ? shown : next)), () => undefined);
  const [scope, setScope] = useState<Scope>(initialScope);
  const [notes, setNotes] = useState<Note[]>(Array.isArray(firstScreen) ? firstScreen : []);
  const [loading, setLoading] = useState(firstScreen === 'late');
  const [query, setQuery] = useState<NoteQuery>(EMPTY_QUERY);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [message, setMessage] = useState<string | null>(firstScreen === 'unreadable' ? READ_ERROR : null);
  const [page, setPage] = useState<{ kindLabel: string | null; grades: Record<string, never>; source: string } | null>(null);
  const [lookup, setLookup] = useState<Pick<AuthorityLookupProps, 'names' | 'draw' | 'result'>>({ names: [], draw: null, result: null });
  const loadLookup = () =>
    authorityLookup().then((m) => {
      setLookup((l) => (l.draw ? l : { ...l, names: m.AUTHORITY_NAMES, draw: m.drawAuthorityContext }));
      return m;
    });
  const lookUp = (name: string) =>
    void loadLookup()
      .then((m) => m.lookUpAuthority(db, name))
      .then(
        (result) => setLookup((l) => ({ ...l, result })),
        () => setLookup((l) => ({ ...l, result: { message: 'The authority could not be looked up.' } })),
      );
  const failed = (what: string, after = '') => (error: unknown) => setMessage(`${what} ${describeWriteError(error)}${after}`);

  const reload = () =>
    allNotes(db)
      .then(
        (all) => {
          setNotes(all);
          setMessage((shown) => (shown === READ_ERROR ? null : shown));
        },
        () => setMessage(READ_ERROR),
      )
      .finally(() => setLoading(false));
  useEffect(() => {
    // The first screen is up, so the whole library (for search and filters) and this page's
    // record load now without holding it back.
    void reload();
    refreshGranted();
    if (pageUrl) {
      void db.inspections.where('source').anyOf([pageUrl, tab!.url!]).first().then(
        (record) => record && setPage({ kindLabel: KIND_LABELS[record.kind], grades: record.document.grades as Record<string, never>, source: record.source }),
        () => undefined, // no page summary, nothing lost
      );
    }
  }, []);

  const inScope = scope === 'page' ? notes.filter((n) => n.url === pageUrl) : notes;
  const showOnPage = async () => {
    if (tab?.id !== undefined) await browser.runtime.sendMessage({ type: 'show-overlay-on-tab', tabId: tab.id });
    window.close();
  };
  // The browser asks only within the click, so the request is the first thing the click does.
  const alwaysShow = (origin: string) =>
    void askForSite(origin).then(
      (allowed) => {
        refreshGranted();
        if (allowed) void showOnPage();
      },
      () => setMessage(`Ofsted Lens could not ask for ${new URL(origin).host}.`),
    );
  const remove = (origin: string) => void removeSite(origin).then(refreshGranted, () => setMessage(`${new URL(origin).host} could not be removed.`));

  return (
    <>
      <PopupAbout reportSrc={reportSrc} compareHref={compareHref(page?.source)} onShowOnPage={() => void showOnPage()} onOpenReport={() => reportSrc && void libraryClient().then(({ openInReader }) => openInReader(reportSrc)).then(() => window.close(), () => setMessage('The report could not be opened in the reader.'))} />
      <WatchSection />
      <SiteAccess site={site} granted={granted} onAlwaysShow={alwaysShow} onRemove={remove} />
      <AuthorityLookup {...lookup} follow={(context) => <LookupFollow authorityKey={context.key} name={context.name} />} onFocus={() => void loadLookup().catch(() => undefined)} onLookup={lookUp} onClear={() => setLookup((l) => ({ ...l, result: null }))} />
      <NotesLibrary
        scope={scope}
        onScopeChange={setScope}
        page={page}
        notes={queryNotes(inScope, query)}
        allNotes={notes}
        query={query}
        onQueryChange={setQuery}
        onEdit={(note, comment, tags) =>
          noteStore().then(({ updateNote }) => updateNote(db, note.id, { comment, tags })).then(
            () => { void reload(); return true; },
            (error: unknown) => { failed('The note could not be saved.', ' Your text is still in the box.')(error); return false; },
          )
        }
        onDelete={(note) =>
          void noteStore().then(({ deleteNote }) => deleteNote(db, note.id)).then((deleted) => {
            setUndo(deleted && { words: 'Note deleted.', run: () => noteStore().then(({ saveNote }) => saveNote(db, deleted)), failure: 'The note could not be restored.', done: null });
            void reload();
          }, failed('The note could not be deleted.'))
        }
        undo={undo?.words ?? null}
        onUndo={() => undo && void undo.run().then(() => { setUndo(null); setMessage(undo.done); void reload(); }, failed(undo.failure))}
        onExport={download}
        onImport={(file) =>
          void Promise.all([file.text(), noteStore()]).then(([json, { importBackup, undoImport }]) => importBackup(db, json).then((result) => ({ result, undoImport }))).then(
            ({ result, undoImport }) => {
              if (!result.ok) setMessage(`Import refused, nothing changed. ${result.error}`);
              else if (!changedAnything(result.counts)) setMessage(describeImport(result.counts));
              else {
                setMessage(null);
                setUndo({ words: describeImport(result.counts), run: () => undoImport(db, result.undo), failure: 'The import could not be undone.', done: 'Import undone: your notes are as they were before it.' });
              }
              void reload();
            },
            failed('Import failed, nothing changed.'),
          )
        }
        message={message}
        loading={loading}
      />
    </>
  );
}

async function main() {
  const noteId = new URLSearchParams(location.search).get(NOTE_PARAM);
  if (noteId) {
    adoptChipStyles(document);
    return render(<NoteWindow db={db} id={noteId} />, document.getElementById('app')!);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const pageUrl = pageUrlOf(tab);
  const scope: Scope = new URLSearchParams(location.search).get('scope') === 'all' || !pageUrl ? 'all' : 'page';
  // The first screen is drawn once, with its notes (this page's, or the newest), when they come
  // quickly; a slow database must not leave the popup blank, so after a moment it opens without.
  const read = scope === 'page' && pageUrl ? notesForUrl(db, pageUrl).catch(() => null) : newestAtOpen;
  const late = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), FIRST_SCREEN_WAIT_MS));
  const firstScreen = await Promise.race([read.then((notes) => notes ?? ('unreadable' as const)), late]);
  adoptChipStyles(document);
  render(<Popup tab={tab} initialScope={scope} firstScreen={firstScreen} />, document.getElementById('app')!);
  // For the benchmark: after the frame that shows the first screen, marked as the control popup marks its own.
  const notesShown = Array.isArray(firstScreen) ? firstScreen.length : 0;
  requestAnimationFrame(() => setTimeout(() => benchMark('popup-ready', { notesShown }), 0));
}

void main();
