import { describe, expect, it } from 'vitest';
import { publishEdited } from './support/api.js';
import { E2E_TIMEOUT, useApp } from './support/app.js';
import { signInWithLink } from './support/auth.js';

const EMPLOYEE = { name: 'Eva de Vries', email: 'eva@spoorland.example' };

describe('acknowledging a new guideline version', { timeout: E2E_TIMEOUT }, () => {
  const app = useApp();

  it('an invited employee acknowledges, and the lead sees it', async () => {
    const { base } = app.server;
    const lead = await app.adminPage();
    const version = await publishEdited(
      lead,
      base,
      (s) => s.replace('title: Socialmediarichtlijn Spoorland', 'title: Richtlijn Spoorland'),
      'Kortere titel',
    );
    expect(version).toBe(2);

    await lead.getByRole('link', { name: 'Gebruikers en teams' }).click();
    await lead.getByLabel('Naam', { exact: true }).fill(EMPLOYEE.name);
    await lead.getByLabel('E-mailadres').fill(EMPLOYEE.email);
    expect(await lead.getByLabel('Rol', { exact: true }).inputValue()).toBe('employee');
    await lead.getByTestId('invite-button').click();
    await lead.getByTestId('invite-url').waitFor();
    const inviteUrl = await lead.locator('#invite_url').inputValue();
    expect(inviteUrl).toMatch(new RegExp(`^${base}/welcome#token=[\\w-]+$`));
    await lead.getByTestId('user-row').filter({ hasText: EMPLOYEE.email }).waitFor();

    await lead.getByRole('link', { name: 'Bevestigingen' }).click();
    await lead.getByTestId('acks-pending').getByText(EMPLOYEE.name).waitFor();

    const employee = await app.page();
    await signInWithLink(employee, inviteUrl, 'eva-haar-eigen-wachtwoord');
    const banner = employee.getByTestId('ack-banner');
    await banner.getByText(`Versie ${version} is gepubliceerd.`, { exact: false }).waitFor();
    // An employee has no business on the lead's pages.
    expect(await employee.getByRole('link', { name: 'Bevestigingen' }).count()).toBe(0);
    await employee.getByTestId('acknowledge-button').click();
    await banner.waitFor({ state: 'detached' });
    await employee.reload();
    await employee.getByTestId('composer').waitFor();
    expect(await banner.count()).toBe(0);

    await lead.reload();
    const done = lead.getByTestId('acks-done');
    await done.getByText(EMPLOYEE.name).waitFor();
    expect(await lead.getByTestId('acks-pending').getByText(EMPLOYEE.name).count()).toBe(0);
  });
});
