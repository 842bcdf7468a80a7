import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, useApp } from './support/app.js';

const SENTENCES = [
  'Vandaag was ik met mijn team op station Utrecht Centraal om reizigers te helpen.',
  'Door een wisselstoring reden er bussen in plaats van treinen tussen Gouda en Woerden.',
  'Ik werk bij Spoorland en ben trots op de collega’s die dag en nacht klaarstaan.',
  'Heb je een vraag over je reis? Kijk in de reisplanner of stuur ons een bericht.',
  'Wij zijn er elke dag voor iedereen die met de trein reist, ook in het weekend.',
];
const KEYSTROKES = 20;
const LENGTH = 3000;

describe('live check speed', { timeout: E2E_TIMEOUT }, () => {
  const app = useApp();

  it('prints the check time per keystroke for a 3,000-character post', async () => {
    const page = await app.adminPage();
    await page.getByTestId('channel-select').selectOption('linkedin');
    let base = '';
    for (let i = 0; base.length < LENGTH - KEYSTROKES; i++) {
      base += `${SENTENCES[i % SENTENCES.length]} `;
    }
    base = base.slice(0, LENGTH - KEYSTROKES);
    const textarea = page.getByTestId('composer-textarea');
    await textarea.fill(base);
    await waitForCount(page, base.length);

    const composer = page.getByTestId('composer');
    const times: number[] = [];
    await textarea.press('End');
    const typed = 'Groet van Eva en Sam';
    for (const [i, key] of [...typed].entries()) {
      await page.keyboard.type(key);
      await waitForCount(page, base.length + i + 1);
      times.push(Number(await composer.getAttribute('data-check-ms')));
    }
    expect(await textarea.inputValue()).toHaveLength(LENGTH);
    expect(times).toHaveLength(KEYSTROKES);
    expect(times.every((t) => Number.isFinite(t) && t >= 0)).toBe(true);

    const sorted = [...times].sort((a, b) => a - b);
    const median = ((sorted[9] ?? 0) + (sorted[10] ?? 0)) / 2;
    const max = sorted[sorted.length - 1] ?? 0;
    const compile = await composer.getAttribute('data-compile-ms');
    console.log(
      `[live check] ${LENGTH}-character post, ${KEYSTROKES} keystrokes in Chromium: ` +
        `median ${median.toFixed(2)} ms, max ${max.toFixed(2)} ms per check ` +
        `(guideline compile ${compile} ms)`,
    );
  });
});

/** Waits until the composer has rendered the text of `length` characters (plain text: 1 each). */
async function waitForCount(page: Page, length: number): Promise<void> {
  await page.locator(`[data-testid="length-counter"][data-count="${length}"]`).waitFor();
}
