import { describe, expect, it } from 'vitest';
import { datesInWords, formatLongDate, monthYear, parseInspectionDates } from '../../utils/core/dates';

describe('parseInspectionDates', () => {
  it.each([
    ['Inspection dates: 15 to 19 May 2023', '2023-05-15', '2023-05-19'],
    ['Inspection dates: 30 April to 4 May 2018', '2018-04-30', '2018-05-04'],
    ['Inspection dates: 28 November 2016 to 8 December 2016', '2016-11-28', '2016-12-08'],
    ['Inspection date: 12 May 2014 – 5 June 2014', '2014-05-12', '2014-06-05'],
    ['the focused visit on 3 and 4 March 2021', '2021-03-03', '2021-03-04'],
    ['the monitoring visit on 9 February 2022', '2022-02-09', '2022-02-09'],
    ['visited from 30 December to 3 January 2020', '2019-12-30', '2020-01-03'],
  ])('reads "%s" as ISO dates', (text, start, end) => {
    expect(parseInspectionDates(text)).toEqual({ start, end });
  });

  it('refuses dates that do not exist rather than rolling them over', () => {
    expect(parseInspectionDates('Inspection dates: 30 to 31 February 2023')).toBeNull();
  });

  it('finds nothing in text that names no date', () => {
    expect(parseInspectionDates('Inspection dates: to be confirmed')).toBeNull();
  });
});

describe('formatLongDate', () => {
  it('writes an ISO date the way Ofsted does, without a leading zero on the day', () => {
    expect(formatLongDate('2023-05-15')).toBe('15 May 2023');
    expect(formatLongDate('2018-04-03')).toBe('3 April 2018');
    expect(formatLongDate('2016-12-31')).toBe('31 December 2016');
  });

  it('gives back anything that is not an ISO date unchanged', () => {
    expect(formatLongDate('2023-13-01')).toBe('2023-13-01');
    expect(formatLongDate('15 May 2023')).toBe('15 May 2023');
  });
});

describe('dateRangeInWords', () => {
  it('writes an inspection’s days as Ofsted does, the month and year once where they are shared', async () => {
    const { dateRangeInWords } = await import('../../utils/core/dates');
    expect(dateRangeInWords('2023-05-15', '2023-05-19')).toBe('15 to 19 May 2023');
    expect(dateRangeInWords('2018-04-30', '2018-05-04')).toBe('30 April to 4 May 2018');
    expect(dateRangeInWords('2019-12-30', '2020-01-03')).toBe('30 December 2019 to 3 January 2020');
    expect(dateRangeInWords('2018-09-03', '2018-09-03')).toBe('3 September 2018');
  });
});

describe('datesInWords', () => {
  it('collapses a report’s written range to the month and year said once (real reports’ heads)', () => {
    expect(datesInWords('15 May 2023 to 19 May 2023')).toBe('15 to 19 May 2023');
    expect(datesInWords('28 February 2023 to 3 March 2023')).toBe('28 February to 3 March 2023');
    expect(datesInWords('30 September 2024 to 16 January 2025')).toBe('30 September 2024 to 16 January 2025');
    expect(datesInWords('1 October 2019 to 2 October 2019')).toBe('1 to 2 October 2019');
  });

  it('says ranges written with a dash, an en dash or no year on the first day the same way', () => {
    expect(datesInWords('14 January – 4 February 2015')).toBe('14 January to 4 February 2015');
    expect(datesInWords('26 February 2018–22 March 2018')).toBe('26 February to 22 March 2018');
    expect(datesInWords('24 November 2015 - 17 December 2015')).toBe('24 November to 17 December 2015');
  });

  it('says each part of an inspection in two parts (Derbyshire 2019, South Tyneside 2022–23)', () => {
    expect(datesInWords('8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019')).toBe('8 to 12 July 2019 and 7 to 8 August 2019');
    expect(datesInWords('5 to 9 December 2022 and 14 to 15 February 2023')).toBe('5 to 9 December 2022 and 14 to 15 February 2023');
  });

  it('keeps a single day, and gives back as written what is not dates alone', () => {
    expect(datesInWords('9 February 2022')).toBe('9 February 2022');
    expect(datesInWords('Monday 3 May 2021 onwards')).toBe('Monday 3 May 2021 onwards');
    expect(datesInWords('to be confirmed')).toBe('to be confirmed');
  });
});

describe('monthYear', () => {
  it('names an inspection by its month and year', () => {
    expect(monthYear('2015-01-14')).toBe('January 2015');
  });
});
