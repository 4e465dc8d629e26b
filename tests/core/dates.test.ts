import { describe, expect, it } from 'vitest';
import { formatLongDate, parseInspectionDates } from '../../utils/core/dates';

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
