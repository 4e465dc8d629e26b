// Why a write to the notes database failed, in words the reader can act on.
export function describeWriteError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  // Dexie wraps the browser's error; its name, or the wrapped one's, says which.
  if ([name, inner].includes('QuotaExceededError')) return "The browser's storage for Ofsted Lens is full.";
  if ([name, inner].includes('DatabaseClosedError')) return 'The notes database was closed.';
  if (name === 'ZodError' || name === '$ZodError') return 'The note was not valid.';
  const message = error instanceof Error ? error.message : String(error);
  return `The notes database refused the write (${message.slice(0, 200)}).`;
}
