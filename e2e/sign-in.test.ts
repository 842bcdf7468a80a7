import { describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, useApp } from './support/app.js';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  signInWithLink,
  signOut,
  submitSignIn,
} from './support/auth.js';

describe('signing in', { timeout: E2E_TIMEOUT }, () => {
  const app = useApp();

  it('uses the one-time link, sets a password, and limits wrong passwords', async () => {
    const page = await app.page();
    await signInWithLink(page, app.server.signInUrl, ADMIN_PASSWORD);
    // The secret token left the address bar at once.
    expect(page.url()).toBe(`${app.server.base}/composer`);

    await signOut(page);
    await submitSignIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByTestId('composer').waitFor();
    expect(await page.getByRole('button', { name: 'Uitloggen' }).isVisible()).toBe(true);

    await signOut(page);
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) {
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
      await submitSignIn(page, ADMIN_EMAIL, `fout-wachtwoord-${i}`);
      statuses.push((await answer).status());
      if (i === 1) await page.getByRole('alert').getByText('horen niet bij elkaar').waitFor();
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    await page
      .getByRole('alert')
      .getByText(/^Te veel pogingen\. Probeer het over \d+ minuten? opnieuw\.$/)
      .waitFor();
    // Even the right password is refused now.
    await submitSignIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('alert').getByText('Te veel pogingen', { exact: false }).waitFor();
    expect(await page.getByTestId('composer').count()).toBe(0);
  });
});
