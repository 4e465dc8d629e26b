import type { InspectionDates } from './schema/domain';

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)`;

// "15 to 19 May 2023", "30 April to 4 May 2018", "28 November 2016 to 8 December 2016",
// "12 May 2014 – 5 June 2014", "3 and 4 March 2021", "9 February 2022".
const RANGE = new RegExp(
  String.raw`(\d{1,2})(?:st|nd|rd|th)?(?:\s+${MONTH})?(?:\s+(\d{4}))?\s*(?:to|–|—|-|and|until)\s*(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\s+(\d{4})`,
  'i',
);
const SINGLE = new RegExp(String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\s+(\d{4})`, 'i');

function isoDate(day: string, month: string, year: string): string | null {
  const m = MONTHS.indexOf(month.toLowerCase());
  const d = Number(day);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m, d));
  if (m < 0 || date.getUTCMonth() !== m || date.getUTCDate() !== d) return null;
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Reads the dates of an inspection as Ofsted writes them; null unless both ends are real dates.
 * `year`: the year of days written without one ("Between 16 May and 20 May").
 */
export function parseInspectionDates(text: string, year?: number): InspectionDates | null {
  if (year !== undefined) text = text.replace(new RegExp(String.raw`\b(\d{1,2} ${MONTH})\b(?! \d{4})`, 'gi'), `$1 ${year}`);
  const range = RANGE.exec(text);
  if (range) {
    const [, d1, m1, y1, d2, m2, y2] = range as unknown as string[];
    const start = isoDate(d1!, m1 ?? m2!, y1 ?? y2!);
    const end = isoDate(d2!, m2!, y2!);
    if (start && end && start <= end) return { start, end };
    // "30 December to 3 January 2020": the start month's year is the one before.
    if (start && end && !y1) {
      const earlier = isoDate(d1!, m1 ?? m2!, String(Number(y2) - 1));
      if (earlier) return { start: earlier, end };
    }
    return null;
  }
  const single = SINGLE.exec(text);
  if (!single) return null;
  const day = isoDate(single[1]!, single[2]!, single[3]!);
  return day ? { start: day, end: day } : null;
}

/** Every single date the text names, as ISO dates, in order. */
export function allDates(text: string): string[] {
  const dates: string[] = [];
  for (const m of text.matchAll(new RegExp(SINGLE.source, 'gi'))) {
    const day = isoDate(m[1]!, m[2]!, m[3]!);
    if (day) dates.push(day);
  }
  return dates;
}

/** "2023-05-15" → "15 May 2023", as Ofsted writes dates. Not Intl: its first call costs tens of ms. */
export function formatLongDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return `${Number(match[3])} ${month[0]!.toUpperCase()}${month.slice(1)} ${match[1]}`;
}

/** Every ISO date in a label said in words: "2018-09-03, reported by www.cypnow.co.uk" → "3 September 2018, reported by www.cypnow.co.uk". */
export function isoDatesInWords(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, formatLongDate);
}

/** "May 2022": how a direction or a grade names the inspection it is of. */
export function monthYear(iso: string): string {
  return formatLongDate(iso).replace(/^\d+ /, '');
}

/** An inspection's days in words, as Ofsted writes them: "15 to 19 May 2023", "30 April to 4 May 2018", "3 September 2018". */
export function dateRangeInWords(start: string, end: string): string {
  if (start === end) return formatLongDate(start);
  const [from, to] = [formatLongDate(start), formatLongDate(end)];
  if (start.slice(0, 7) === end.slice(0, 7)) return `${from.replace(/ \S+ \d{4}$/, '')} to ${to}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${from.replace(/ \d{4}$/, '')} to ${to}`;
  return `${from} to ${to}`;
}

const DATE_PART = new RegExp(`${RANGE.source}|${SINGLE.source}`, 'gi');

/**
 * Dates as a report writes them, each part said as dateRangeInWords says it: "15 May 2023 to 19 May
 * 2023" → "15 to 19 May 2023", "8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019" →
 * "8 to 12 July 2019 and 7 to 8 August 2019". Text that is not dates alone is given back as written.
 */
export function datesInWords(text: string): string {
  const parts: string[] = [];
  const rest = text.replace(DATE_PART, (part) => {
    const dates = parseInspectionDates(part);
    if (!dates) return part;
    parts.push(dateRangeInWords(dates.start, dates.end));
    return '\0';
  });
  return parts.length > 0 && /^\0(?:\s*(?:,|and)\s*\0)*$/.test(rest.trim()) ? parts.join(' and ') : text;
}
