import { describe, expect, it } from 'vitest';
import { formatWhen } from '../src/lib/when.js';

describe('formatWhen', () => {
  // Noon UTC: the same calendar day in every time zone the tests may run in.
  const iso = '2026-11-21T12:00:00.000Z';

  it('writes a date and time in Dutch or English', () => {
    const nl = formatWhen(iso, 'nl');
    const en = formatWhen(iso, 'en');
    expect(nl).toMatch(/^21 nov\.? 2026/);
    expect(en).toMatch(/^21 Nov 2026/);
    expect(nl).toMatch(/\d{2}:\d{2}$/);
    expect(en).toMatch(/\d{2}:\d{2}$/);
  });

  it('gives back text that is not a date as it is', () => {
    expect(formatWhen('soon', 'nl')).toBe('soon');
  });
});
