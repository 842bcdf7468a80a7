import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, useApp } from './support/app.js';
import { waitForText } from './support/wait.js';

describe('publishing a guideline version', { timeout: E2E_TIMEOUT }, () => {
  const app = useApp();

  it('validates while typing, publishes with a note, lists and compares versions', async () => {
    const page = await app.adminPage();
    await page.getByRole('link', { name: 'Richtlijn bewerken' }).click();
    await page.getByTestId('guideline-editor').waitFor();
    const status = page.getByTestId('validation-status');
    const publish = page.getByTestId('publish-button');
    await waitForText(status, 'De richtlijn is in orde.');

    // An invalid value: the problem is listed and marked at its line.
    await replaceLineEnd(page, /^language: nl$/, 2, 'xx');
    await waitForText(status, /^Problemen gevonden: 1\./);
    const problem = page.getByTestId('problem');
    expect(await problem.getAttribute('data-line')).toBe('12');
    expect(await problem.textContent()).toMatch(/Regel 12, kolom \d+ language/);
    const marked = page.locator('.cm-line', { has: page.locator('.cm-lintRange-error') });
    expect(await marked.textContent()).toBe('language: xx');
    expect(await publish.isDisabled()).toBe(true);

    await replaceLineEnd(page, /^language: xx$/, 2, 'nl');
    await waitForText(status, 'De richtlijn is in orde.');
    expect(await problem.count()).toBe(0);

    await replaceLineEnd(page, /^title: Socialmediarichtlijn Spoorland$/, 0, ' (herzien)');
    await waitForText(status, 'De richtlijn is in orde.');
    await page.getByTestId('publish-note').fill('Titel aangepast na de evaluatie');
    await publish.click();
    await waitForText(page.getByTestId('published'), /^Versie 2 is gepubliceerd\./);

    await page.getByRole('link', { name: 'Versies', exact: true }).click();
    const versions = page.getByTestId('versions');
    await versions.waitFor();
    const rows = versions.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain('Titel aangepast na de evaluatie');
    expect(await rows.first().locator('th').textContent()).toMatch(/^2/);

    await page.getByLabel('Van versie').selectOption('1');
    await page.getByLabel('Naar versie').selectOption('2');
    await page.getByTestId('compare-button').click();
    const diff = page.getByTestId('diff');
    await waitForText(
      diff.locator('.diff-del'),
      /^verwijderd: -title: Socialmediarichtlijn Spoorland$/,
    );
    await waitForText(
      diff.locator('.diff-add'),
      /^toegevoegd: \+title: Socialmediarichtlijn Spoorland \(herzien\)$/,
    );
    expect(await diff.locator('.diff-add, .diff-del').count()).toBe(2);
  });
});

/** In the YAML editor: goes to the end of the line matching `line`, deletes, then types. */
async function replaceLineEnd(
  page: Page,
  line: RegExp,
  remove: number,
  insert: string,
): Promise<void> {
  await page.locator('.cm-line', { hasText: line }).click();
  await page.keyboard.press('End');
  for (let i = 0; i < remove; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type(insert);
}
