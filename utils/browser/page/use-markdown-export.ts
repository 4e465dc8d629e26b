// Download and copy of a page's Markdown (the side-by-side page, the scrutiny briefing), with what
// the last one did said in words.
import { useState } from 'preact/hooks';
import { downloadText } from './download-text';

export type MarkdownExport = { message: string | null; download: () => void; copy: () => void };

/** `downloadLabel` is the page's own button, named when copying fails. */
export function useMarkdownExport(fileName: string, markdown: () => string, downloadLabel: string): MarkdownExport {
  const [message, setMessage] = useState<string | null>(null);
  return {
    message,
    download: () => {
      downloadText(fileName, 'text/markdown', markdown());
      setMessage('Downloaded as Markdown.');
    },
    copy: () =>
      void navigator.clipboard.writeText(markdown()).then(
        () => setMessage('Copied as Markdown.'),
        () => setMessage(`The Markdown could not be copied: use ${downloadLabel} instead.`),
      ),
  };
}
