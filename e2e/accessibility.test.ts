import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { publishEdited } from './support/api.js';
import { E2E_TIMEOUT, useApp } from './support/app.js';
import { ADMIN_PASSWORD, signInWithLink } from './support/auth.js';
import { describeViolations, scan, type Violation } from './support/axe.js';

describe('accessibility', { timeout: E2E_TIMEOUT }, () => {
  const app = useApp();

  it('has no serious or critical axe violations on any page', async () => {
    const { base, signInUrl } = app.server;
    const found: Violation[] = [];
    const page = await app.page();

    await page.goto(signInUrl);
    await page.getByTestId('new-password').waitFor();
    found.push(...(await scan(page, 'welcome')));
    await page.getByTestId('new-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('repeat-password').fill(`${ADMIN_PASSWORD}!`);
    await page.getByTestId('set-password').click();
    await page.getByText('De twee wachtwoorden zijn niet gelijk.').waitFor();
    found.push(...(await scan(page, 'welcome (mismatch)')));
    await page.getByTestId('repeat-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('set-password').click();

    await page
      .getByTestId('composer-textarea')
      .fill(
        'Onze passagiers horen het als eerste: Project Zeus komt eraan! #trein #spoor #nieuws #zeus',
      );
    await page.getByTestId('finding').first().waitFor();
    found.push(...(await scan(page, 'composer')));
    await page.getByTestId('save-draft').click();
    await page.getByTestId('server-summary').waitFor();
    found.push(...(await scan(page, 'composer (saved)')));

    await publishEdited(page, base, (s) => s.replace('title: Social', 'title: De social'), 'Test');
    const pages: [string, string, (p: Page) => Promise<void>][] = [
      ['drafts', '/drafts', (p) => p.getByTestId('draft').first().waitFor()],
      ['handbook', '/handbook', (p) => p.getByTestId('handbook').waitFor()],
      ['guideline editor', '/guideline', (p) => p.getByTestId('guideline-editor').waitFor()],
      ['versions', '/guideline/versions?from=1&to=2', (p) => p.getByTestId('diff').waitFor()],
      ['acknowledgements', '/acknowledgements', (p) => p.getByTestId('acks-pending').waitFor()],
      ['users', '/users', (p) => p.getByTestId('users').waitFor()],
      ['tokens', '/tokens', (p) => p.getByTestId('create-token').waitFor()],
      ['posts (none)', '/posts', (p) => p.getByTestId('posts-empty').waitFor()],
      ['training', '/training', (p) => p.getByTestId('training-modules').waitFor()],
      ['training module', '/training?module=basics', (p) => p.getByTestId('quiz').waitFor()],
      ['coverage', '/coverage', (p) => p.getByTestId('coverage-teams').waitFor()],
      ['phase', '/phase', (p) => p.getByTestId('phase-list').waitFor()],
      ['notifications', '/notifications', (p) => p.getByTestId('notifications-unread').waitFor()],
      ['audit', '/audit', (p) => p.getByTestId('audit-events').waitFor()],
    ];
    for (const [name, path, ready] of pages) {
      await page.goto(`${base}${path}`);
      await ready(page);
      found.push(...(await scan(page, name)));
    }

    // Pages with what they show after an action: an invite link, a new token, a problem.
    await page.goto(`${base}/users`);
    await page.getByLabel('Naam', { exact: true }).fill('Sam Jansen');
    await page.getByLabel('E-mailadres').fill('sam@spoorland.example');
    await page.getByTestId('invite-button').click();
    await page.getByTestId('invite-url').waitFor();
    found.push(...(await scan(page, 'users (invited)')));
    await page.goto(`${base}/tokens`);
    await page.getByLabel('Naam', { exact: true }).fill('Intranet');
    await page.getByTestId('create-token').click();
    await page.getByTestId('new-token').waitFor();
    found.push(...(await scan(page, 'tokens (created)')));
    await page.goto(`${base}/training?module=basics`);
    await page.getByTestId('quiz-question').first().waitFor();
    for (const good of await page.getByRole('radio', { name: 'Goed' }).all()) await good.check();
    await page.getByTestId('quiz-submit').click();
    await page.getByTestId('quiz-feedback').first().waitFor();
    found.push(...(await scan(page, 'training module (graded)')));

    await page.goto(`${base}/audit`);
    await page.getByRole('button', { name: 'Keten controleren' }).click();
    await page.getByTestId('audit-verify').getByText('intact').waitFor();
    found.push(...(await scan(page, 'audit (verified)')));

    // Moderation belongs to the communications lead (the administrator may not moderate).
    const me = (await (await page.request.get(`${base}/api/auth/me`)).json()) as {
      csrfToken: string;
    };
    const invited = await page.request.post(`${base}/api/users`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { email: 'lead@spoorland.example', name: 'Lea Lead', role: 'communications-lead' },
    });
    const { inviteUrl } = (await invited.json()) as { inviteUrl: string };
    const lead = await app.page();
    await signInWithLink(lead, new URL(inviteUrl, base).toString(), ADMIN_PASSWORD);
    await lead.goto(`${base}/moderation`);
    await lead.getByTestId('moderation-empty').waitFor();
    await lead.getByTestId('no-appeals').waitFor();
    found.push(...(await scan(lead, 'moderation')));

    // Posts and reviews: the lead submits a corporate post from the composer.
    await lead.goto(`${base}/composer`);
    await lead.getByTestId('kind-corporate').check();
    await lead
      .getByTestId('composer-textarea')
      .fill('Vanaf vandaag rijden er extra treinen tussen Utrecht en Amersfoort.');
    await lead.getByTestId('submit-post').click();
    await lead.getByTestId('post-detail').waitFor();
    found.push(...(await scan(lead, 'post')));
    await lead.goto(`${base}/posts`);
    await lead.getByTestId('post-item').first().waitFor();
    found.push(...(await scan(lead, 'posts')));
    await lead.goto(`${base}/reviews`);
    await lead.getByTestId('reviews-empty').waitFor();
    found.push(...(await scan(lead, 'reviews')));

    const signedOut = await app.page();
    await signedOut.goto(`${base}/signin`);
    await signedOut.getByTestId('signin-submit').waitFor();
    found.push(...(await scan(signedOut, 'sign-in')));
    await signedOut.getByTestId('signin-email').fill('admin@leidraad.local');
    await signedOut.getByTestId('signin-password').fill('niet-het-goede-wachtwoord');
    await signedOut.getByTestId('signin-submit').click();
    await signedOut.getByRole('alert').waitFor();
    found.push(...(await scan(signedOut, 'sign-in (wrong password)')));

    expect(found, `axe found:\n${describeViolations(found)}`).toEqual([]);
  });
});
