import { describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, useApp } from './support/app.js';
import { waitForText } from './support/wait.js';

// 80 UTF-16 units + one emoji with a skin tone: 81 graphemes, 82 on X (emoji weigh 2 there).
const POST = 'Ik kan nog niks zeggen over Project Zeus, maar onze passagiers gaan het merken. 👍🏽';

describe('the composer', { timeout: E2E_TIMEOUT }, () => {
  const app = useApp();

  it('checks as you type, applies a fix, saves and shows the server check', async () => {
    const page = await app.adminPage();
    const counter = page.getByTestId('length-counter');
    await page.getByTestId('channel-select').selectOption('x');
    const textarea = page.getByTestId('composer-textarea');
    await textarea.fill(POST);

    const confidential = page.locator('[data-testid="finding"][data-rule="confidential"]');
    await confidential.waitFor();
    expect(await confidential.getAttribute('data-severity')).toBe('error');
    expect(await confidential.getAttribute('data-start')).toBe(
      String(POST.indexOf('Project Zeus')),
    );
    expect(await confidential.getAttribute('data-end')).toBe(
      String(POST.indexOf('Project Zeus') + 'Project Zeus'.length),
    );
    expect(await confidential.getByTestId('finding-link').getAttribute('href')).toBe(
      '/handbook#confidential',
    );
    const marks = page.locator('.backdrop mark');
    expect(await marks.allTextContents()).toEqual(['Project Zeus', 'passagiers']);
    await waitForText(counter, '82 van 280 tekens');

    const preferred = page.locator('[data-testid="finding"][data-rule="preferred-wording"]');
    // The fix says what it does: its visible text is its name, the detail its description.
    const fix = preferred.getByRole('button', { name: 'Toepassen → reiziger', exact: true });
    expect(await fix.getAttribute('title')).toBe('Toepassen: vervang ‘passagiers’ door ‘reiziger’');
    await fix.click();
    await preferred.waitFor({ state: 'detached' });
    const fixed = await textarea.inputValue();
    expect(fixed).toBe(POST.replace('passagiers', 'reiziger'));
    expect(await marks.allTextContents()).toEqual(['Project Zeus']);
    await waitForText(counter, '80 van 280 tekens');

    // The counter follows the channel: Bluesky counts graphemes up to 300.
    await page.getByTestId('channel-select').selectOption('bluesky');
    await waitForText(counter, '79 van 300 tekens');
    await page.getByTestId('channel-select').selectOption('x');

    await page.getByTestId('save-draft').click();
    const server = page.getByTestId('server-summary');
    await server.waitFor();
    expect(await server.getAttribute('data-errors')).toBe('1');
    await waitForText(server, /^Controle door de server: fouten: 1 · /);
    expect(page.url()).toMatch(/\/composer\?draft=/);

    await page.getByRole('link', { name: 'Concepten' }).click();
    const draft = page.getByTestId('draft');
    await draft.waitFor();
    expect(await draft.count()).toBe(1);
    expect(await draft.textContent()).toContain('Project Zeus');

    await page.goBack();
    await confidential.getByTestId('finding-link').click();
    await page.locator('article#confidential.targeted').waitFor();
  });
});
