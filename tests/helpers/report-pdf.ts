// Lays report text out as a PDF the way Ofsted's are: A4 pages, wrapped paragraphs, a running
// header and a "Page N of M" footer, tables as two columns, and page breaks that fall where
// they fall (mid-paragraph included).
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

const PAGE: [number, number] = [595, 842];
const MARGIN = 56;
const DEFAULT_SIZE = 10;

export type ReportPdfOptions = { header?: string; fontSize?: number };

function wrapAt(text: string, font: PDFFont, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// Helvetica's WinAnsi encoding has no tab or some typographic characters.
const encodable = (text: string) => text.replace(/[^\x20-\x7e\u00a0-\u00ff‘’“”–—•…]/g, ' ');

export async function reportPdf(text: string, options: ReportPdfOptions = {}): Promise<Uint8Array> {
  const SIZE = options.fontSize ?? DEFAULT_SIZE;
  const LEADING = Math.round(SIZE * 1.3);
  const PARAGRAPH_GAP = Math.round(SIZE * 0.9);
  const wrap = (line: string, font: PDFFont, width: number) => wrapAt(line, font, width, SIZE);
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const width = PAGE[0] - 2 * MARGIN;
  const pages: PDFPage[] = [];
  let page: PDFPage | null = null;
  let y = 0;
  const newPage = () => {
    page = pdf.addPage(PAGE);
    pages.push(page);
    y = PAGE[1] - MARGIN - (options.header ? 2 * LEADING : 0);
  };
  const ensureRoom = () => {
    if (!page || y < MARGIN + 2 * LEADING) newPage();
  };

  for (const paragraph of text.replace(/\r/g, '').split(/\n/)) {
    if (!paragraph.trim()) continue;
    const cells = paragraph.split('\t').map(encodable);
    if (cells.length > 1) {
      ensureRoom();
      const labelEnd = MARGIN + font.widthOfTextAtSize(cells[0]!, SIZE);
      page!.drawText(cells[0]!, { x: MARGIN, y, size: SIZE, font });
      page!.drawText(cells.slice(1).join(' '), { x: Math.max(labelEnd + 30, MARGIN + width * 0.75), y, size: SIZE, font });
      y -= LEADING;
      continue;
    }
    for (const line of wrap(cells[0]!, font, width)) {
      ensureRoom();
      page!.drawText(line, { x: MARGIN, y, size: SIZE, font });
      y -= LEADING;
    }
    y -= PARAGRAPH_GAP;
  }

  pages.forEach((p, i) => {
    if (options.header) p.drawText(encodable(options.header), { x: MARGIN, y: PAGE[1] - MARGIN, size: 8, font });
    p.drawText(`Page ${i + 1} of ${pages.length}`, { x: PAGE[0] / 2 - 20, y: MARGIN / 2, size: 8, font });
  });
  return pdf.save();
}

/** A PDF that asks for a password: a standard-security /Encrypt entry whose user password is unknown. */
export async function passwordProtectedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText('Confidential', { font: await pdf.embedFont(StandardFonts.Helvetica), x: 50, y: 700 });
  const hex = (bytes: number) => 'ab'.repeat(bytes);
  const text = Buffer.from(await pdf.save({ useObjectStreams: false })).toString('latin1').replace(
    /trailer\s*<</,
    `trailer\n<< /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /O <${hex(32)}> /U <${hex(32)}> /P -4 >> /ID [<${hex(16)}> <${hex(16)}>]`,
  );
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
