import { describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, useApp } from './support/app.js';

describe('the handbook', { timeout: E2E_TIMEOUT }, () => {
  const app = useApp();

  it('filters its sections as you search', async () => {
    const page = await app.adminPage();
    await page.goto(`${app.server.base}/handbook`);
    const handbook = page.getByTestId('handbook');
    await handbook.waitFor();
    const chapters = handbook.locator('.handbook-body section.chapter');
    const all = await chapters.count();
    expect(all).toBeGreaterThan(10);

    const search = page.getByTestId('handbook-search');
    await search.fill('vertrouwelijke informatie');
    await page.getByText(/^Onderdelen gevonden: \d+$/).waitFor();
    const kept = await chapters.count();
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(all);
    expect(await handbook.locator('#confidential').isVisible()).toBe(true);
    // A section without the words is gone.
    expect(await handbook.locator('#archiving').count()).toBe(0);

    // Confidential names are kept out of the handbook, so they cannot be found there.
    await search.fill('Project Zeus');
    await page.getByText('Niets gevonden. Probeer een ander woord.').waitFor();
    expect(await chapters.count()).toBe(0);

    await search.fill('');
    await page.getByText(/^Typ een woord/).waitFor();
    expect(await chapters.count()).toBe(all);
  });

  it('opens an article by its #anchor', async () => {
    const page = await app.adminPage();
    await page.goto(`${app.server.base}/handbook#confidential`);
    const article = page.locator('article#confidential');
    await article.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'confidential');
    expect(await article.getAttribute('class')).toContain('targeted');
    expect(await article.getByRole('heading').first().textContent()).toContain(
      'Deel geen vertrouwelijke informatie',
    );
    expect(await article.isVisible()).toBe(true);
    const box = await article.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(box?.y).toBeLessThan(900);
  });
});
