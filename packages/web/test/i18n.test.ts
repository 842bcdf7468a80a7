import { describe, expect, it } from 'vitest';
import { MESSAGES, translator } from '../src/i18n/translate.js';

const { nl, en } = MESSAGES;

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI messages', () => {
  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('has no empty message', () => {
    for (const [key, value] of [...Object.entries(nl), ...Object.entries(en)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const english = en as Record<string, string>;
    for (const [key, value] of Object.entries(nl)) {
      expect(placeholders(english[key] ?? ''), key).toEqual(placeholders(value));
    }
  });

  it('fills placeholders in the chosen language', () => {
    expect(translator('nl')('composer.length', { count: 12, max: 280 })).toBe('12 van 280 tekens');
    expect(translator('en')('composer.length', { count: 12, max: 280 })).toBe(
      '12 of 280 characters',
    );
  });
});
