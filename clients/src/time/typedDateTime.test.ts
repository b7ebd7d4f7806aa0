import { describe, expect, it } from 'vitest';
import { formatTypedDate, maskDateTyping, maskTimeTyping, parseTypedDate, parseTypedTime } from './typedDateTime';

/** The text after typing `keys` one by one into an empty field, each keystroke masked as the field does. */
const typing = (mask: (previous: string, next: string) => string, keys: string) =>
  [...keys].reduce((text, key) => mask(text, text + key), '');

describe('typed dates', () => {
  it('read day first, however they are separated', () => {
    for (const text of ['08/12/2026', '8/12/2026', ' 8 / 12 / 2026 ', '8.12.2026', '08-12-2026', '8 12 2026', '08122026', '8/12/26']) {
      expect(parseTypedDate(text), text).toBe('2026-12-08');
    }
    expect(parseTypedDate('01/02/2026')).toBe('2026-02-01');
  });

  it('refuse what is no real date, or not day first', () => {
    for (const text of ['', '31/02/2026', '29/02/2026', '12/31/2026', '2026-12-08', '08/12', '8122026', 'mai', '00/12/2026', '08/13/2026']) {
      expect(parseTypedDate(text), text).toBeNull();
    }
    expect(parseTypedDate('29/02/2028')).toBe('2028-02-29');
  });

  it('are shown as dd/mm/yyyy', () => {
    expect(formatTypedDate('2026-12-08')).toBe('08/12/2026');
    expect(parseTypedDate(formatTypedDate('2027-01-31'))).toBe('2027-01-31');
  });

  it('get their slashes while being typed', () => {
    expect(typing(maskDateTyping, '08122026')).toBe('08/12/2026');
    expect(typing(maskDateTyping, '8/12/2026')).toBe('8/12/2026');
    expect(typing(maskDateTyping, '08/12/2026')).toBe('08/12/2026');
    expect(typing(maskDateTyping, '08.12.2026')).toBe('08/12/2026');
    expect(typing(maskDateTyping, '/')).toBe('');
  });

  it('leave deleting and editing in the middle alone', () => {
    expect(maskDateTyping('08/', '08')).toBe('08');
    expect(maskDateTyping('08/12/2026', '08/1/2026')).toBe('08/1/2026');
    expect(maskDateTyping('8/2/2026', '8/12/2026')).toBe('8/12/2026');
  });
});

describe('typed times', () => {
  it('read the 24-hour clock as Vietnamese write it', () => {
    const expected: Record<string, string> = {
      '14:30': '14:30',
      '8:05': '08:05',
      '8.05': '08:05',
      '0805': '08:05',
      '805': '08:05',
      '8h05': '08:05',
      '8g30': '08:30',
      '8h': '08:00',
      '14': '14:00',
      '0:00': '00:00',
      '23:59': '23:59',
      '14:': '14:00',
    };
    for (const [text, time] of Object.entries(expected)) {
      expect(parseTypedTime(text), text).toBe(time);
    }
  });

  it('refuse what is no time on the 24-hour clock', () => {
    for (const text of ['', '24:00', '12:60', '2:30 PM', '8:5', 'trưa', '12345']) {
      expect(parseTypedTime(text), text).toBeNull();
    }
  });

  it('get their colon while being typed, once the hour is whole', () => {
    expect(typing(maskTimeTyping, '1430')).toBe('14:30');
    expect(typing(maskTimeTyping, '14:30')).toBe('14:30');
    expect(typing(maskTimeTyping, '830')).toBe('830');
    expect(typing(maskTimeTyping, '8.30')).toBe('8:30');
    expect(maskTimeTyping('14:', '14')).toBe('14');
  });
});
