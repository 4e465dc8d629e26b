// When an article was published, where its page says so: a byline or a date line above the body
// ("Published: 29 April 2025", "By A Writer | 07 August 2018", "2018-12-19"), else a sentence of
// the article that says it was published on a date ("The report, published today (Friday, 19
// February 2016), …"). Null when the page says nothing: a date is never guessed.
import { allDates } from '../dates';

const ISO_DATE = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// "April 29, 2025": the American order, as some sites write a byline.
const MONTH_FIRST = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b`, 'i');
const DATE_LINE = 160;
const PUBLISHED_SENTENCE = /\bpublished\b[^.]{0,40}?\b(?:today|on|yesterday)\b/i;

const SHORT_MONTHS: Record<string, string> = { jan: 'January', feb: 'February', mar: 'March', apr: 'April', jun: 'June', jul: 'July', aug: 'August', sep: 'September', sept: 'September', oct: 'October', nov: 'November', dec: 'December' };
// "17th Apr 2023": a byline's short month, written out for the date reader.
const SHORT_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+((?:19|20)\d{2})\b/i;

function dateIn(text: string): string | null {
  const short = SHORT_MONTH.exec(text);
  if (short) return allDates(`${short[1]} ${SHORT_MONTHS[short[2]!.toLowerCase()]} ${short[3]}`)[0] ?? null;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const date = new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
    if (date.getUTCDate() === Number(iso[3])) return iso[0];
  }
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return allDates(`${monthFirst[2]} ${monthFirst[1]} ${monthFirst[3]}`)[0] ?? null;
  return allDates(text)[0] ?? null;
}

/** The publication date, as an ISO date: from the short lines around the headline first, then a sentence saying so. */
export function publishedDate(datelines: readonly string[], sentences: readonly string[]): string | null {
  for (const line of datelines) {
    if (line.length > DATE_LINE) continue;
    const date = dateIn(line);
    if (date) return date;
  }
  for (const sentence of sentences) {
    if (PUBLISHED_SENTENCE.test(sentence)) {
      const date = dateIn(sentence);
      if (date) return date;
    }
  }
  return null;
}

// "/2016/02/22/…", "/news/2023-04-17-…": the date a page's address is filed under.
const ADDRESS_DATE = /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:[/-]|$)/;

/** The date in a page's address, when it files the page under one; null for none or no address. */
export function dateInAddress(url: string | undefined): string | null {
  const m = url ? ADDRESS_DATE.exec(url) : null;
  return m ? dateIn(`${m[1]}-${m[2]}-${m[3]}`) : null;
}
