import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, isLocale, type Labels, LOCALES, labelFor, parseLocale } from './labels.js';

const TIBET: Labels = { zh: '西藏自治区', en: 'Tibet Autonomous Region', bo: 'བོད་རང་སྐྱོང་ལྗོངས།' };

describe('choosing the label for a locale', () => {
  it('shows each language its own label', () => {
    expect(labelFor(TIBET, 'zh-CN')).toBe('西藏自治区');
    expect(labelFor(TIBET, 'en')).toBe('Tibet Autonomous Region');
    expect(labelFor(TIBET, 'bo')).toBe('བོད་རང་སྐྱོང་ལྗོངས།');
  });
});

describe('reading the Accept-Language header', () => {
  it.each([
    [undefined, 'zh-CN'],
    [null, 'zh-CN'],
    ['', 'zh-CN'],
    ['*', 'zh-CN'],
    ['fr-FR, de;q=0.9', 'zh-CN'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh-Hans-CN;q=0.8, en;q=0.5', 'zh-CN'],
    ['bo', 'bo'],
    ['bo-CN,zh;q=0.8,en;q=0.5', 'bo'],
    ['fr, en;q=0.4, bo;q=0.6', 'bo'],
    ['en;q=0.5, zh;q=0.5', 'en'],
    ['bo;q=0, en;q=0.1', 'en'],
    ['EN-gb', 'en'],
    ['en;q=abc', 'en'],
    ['$$$, bo', 'bo'],
  ])('%j gives %s', (header, locale) => {
    expect(parseLocale(header)).toBe(locale);
  });

  it('defaults to Simplified Chinese, the first locale', () => {
    expect(DEFAULT_LOCALE).toBe('zh-CN');
    expect(LOCALES[0]).toBe('zh-CN');
  });

  it('knows exactly the three locale tags', () => {
    expect(LOCALES.every(isLocale)).toBe(true);
    expect(isLocale('zh')).toBe(false);
    expect(isLocale('fr')).toBe(false);
  });
});
