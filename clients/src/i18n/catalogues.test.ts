import { describe, expect, it } from 'vitest';
import { en } from './en';
import { catalogues, storedLocale, translate } from './translate';
import { vi } from './vi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message catalogues', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('use the same placeholders for each message and leave none empty', () => {
    for (const key of Object.keys(vi) as Array<keyof typeof vi>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
      expect(vi[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('fill placeholders and keep unknown ones visible', () => {
    expect(translate(catalogues.vi, 'validation.maxLength', { max: 200 })).toBe('Tối đa 200 ký tự.');
    expect(translate(catalogues.vi, 'agenda.itemHeading')).toBe('Nội dung {number}');
  });

  it('start in Vietnamese and remember English', () => {
    expect(storedLocale({ getItem: () => null })).toBe('vi');
    expect(storedLocale({ getItem: () => 'fr' })).toBe('vi');
    expect(storedLocale({ getItem: () => 'en' })).toBe('en');
  });
});
