import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildQuiz, loadGuideline } from '@leidraad/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { guidelineTeamId, invite } from './support/api.js';
import { E2E_TIMEOUT, useApp } from './support/app.js';
import { signInWithLink } from './support/auth.js';
import { waitForText } from './support/wait.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'packages', 'cli', 'bin', 'leidraad.js');
const GUIDELINE = loadGuideline(readFileSync(join(ROOT, 'guidelines', 'nl.yaml'), 'utf8'));

const EVA = { name: 'Eva de Vries', email: 'eva@spoorland.example', role: 'employee' };
const LOTTE = {
  name: 'Lotte Bakker',
  email: 'lotte@spoorland.example',
  role: 'communications-lead',
};
const WILLEM = { name: 'Willem Smit', email: 'willem@spoorland.example', role: 'webcare-agent' };

const FIRST =
  'Dank voor je vraag! Ik zoek het voor je uit en laat het je vandaag nog weten. Groet, Eva';
const FIXED =
  'Dank voor je vraag! De trein van 8.12 uur naar Utrecht rijdt vandaag gewoon, vanaf spoor 5. Goede reis! Groet, Eva';

/**
 * The governance flow as the seeds describe it, through the web app: the phase decides who
 * may answer customers, training unlocks it, a reviewer sends a reply back and approves the
 * fixed one, a moderator hides it with a house-rule reason, the author appeals and the final
 * say restores it; the audit page shows every step and `leidraad audit verify` passes.
 */
describe('governance: phase, training, review, moderation and the audit log', {
  timeout: E2E_TIMEOUT * 3,
}, () => {
  const app = useApp();

  it('runs from pioneer to a restored post, every step in the verified audit log', async () => {
    const { base } = app.server;
    const admin = await app.adminPage();
    const eva = await app.page();
    const lotte = await app.page();
    const willem = await app.page();
    await signInWithLink(eva, await invite(admin, base, EVA), 'eva-haar-eigen-wachtwoord');
    await signInWithLink(lotte, await invite(admin, base, LOTTE), 'lotte-haar-eigen-wachtwoord');
    const webcare = await guidelineTeamId(admin, base, 'webcare');
    const willemLink = await invite(admin, base, { ...WILLEM, teamIds: [webcare] });
    await signInWithLink(willem, willemLink, 'willem-zijn-wachtwoord!');

    // Pioneer: an employee may not reply to customers, and the composer says why.
    await writeReply(eva, FIRST);
    await eva.getByTestId('submit-not-allowed').waitFor();
    expect(await eva.getByTestId('submit-post').count()).toBe(0);
    expect(await capabilities(eva, base)).toEqual([]);

    // The communications lead moves the organisation to the mature phase.
    await lotte.goto(`${base}/phase`);
    await lotte.getByTestId('phase-select').selectOption('mature');
    const preview = lotte.getByTestId('phase-preview');
    await preview.getByText(EVA.name).waitFor();
    await lotte.getByTestId('phase-apply').click();
    const result = lotte.getByTestId('phase-result');
    await waitForText(result, /De fase is nu Volwassen/);
    const evaGained = result.getByTestId('phase-change').filter({ hasText: EVA.name });
    await waitForText(evaGained, /Ambassadeur/i);

    // Still no replies to customers: that takes the webcare training, from this phase on.
    expect(await capabilities(eva, base)).toEqual(['share-ambassador']);
    await eva.goto(`${base}/training?module=webcare`);
    const quiz = eva.getByTestId('quiz');
    await quiz.waitFor();
    for (const q of buildQuiz(GUIDELINE, 'webcare')) {
      await quiz.locator(`[data-question="${q.id}"] input[value="${q.answer}"]`).check();
    }
    await eva.getByTestId('quiz-submit').click();
    await waitForText(eva.getByTestId('quiz-result'), /gehaald/i);
    expect(await capabilities(eva, base)).toEqual(['reply-customers', 'share-ambassador']);

    // Now Eva submits a reply; it goes to a colleague of webcare or Communications.
    await writeReply(eva, FIRST);
    await eva.getByTestId('submit-post').click();
    const detail = eva.getByTestId('post-detail');
    await detail.waitFor();
    expect(await detail.getAttribute('data-status')).toBe('in-review');
    const postUrl = eva.url();

    // The step is for the webcare and Communications teams: Willem (webcare) decides it, Lotte
    // (in no team) does not see it.
    await lotte.goto(`${base}/reviews`);
    await lotte.getByTestId('reviews-empty').waitFor();
    await willem.goto(`${base}/reviews`);
    await decide(
      willem,
      FIRST,
      'reject',
      'Noem de vertrektijd en het spoor, dan weet de reiziger waar hij aan toe is.',
    );

    await eva.goto(postUrl);
    await waitForAttribute(eva.getByTestId('post-detail'), 'data-status', 'rejected');
    await eva
      .getByTestId('review-history')
      .getByText('Noem de vertrektijd', { exact: false })
      .waitFor();
    await eva.getByTestId('edit-post').click();
    await eva.getByTestId('edit-post-text').fill(FIXED);
    await eva.getByTestId('resubmit-post').click();
    await waitForAttribute(eva.getByTestId('post-detail'), 'data-revision', '2');
    expect(await eva.getByTestId('post-detail').getAttribute('data-status')).toBe('in-review');

    await willem.goto(`${base}/reviews`);
    await decide(willem, FIXED, 'approve', '');
    await eva.goto(postUrl);
    await waitForAttribute(eva.getByTestId('post-detail'), 'data-status', 'approved');

    // Willem moderates (mature: webcare may) and hides it with a house-rule reason.
    await willem.goto(`${base}/moderation`);
    const card = willem.getByTestId('moderation-post').filter({ hasText: 'vanaf spoor 5' });
    await card.getByRole('button', { name: 'Verbergen', exact: true }).click();
    const form = card.getByTestId('hide-form');
    await form.getByLabel('Reden uit de huisregels').selectOption('personal-data');
    await waitForText(form.getByTestId('hide-article'), /personal-data/);
    await form
      .getByLabel('Toelichting voor de auteur (optioneel)')
      .fill('Er lijkt een reisgegeven van een reiziger in te staan.');
    await form.getByRole('button', { name: 'Verbergen met deze reden' }).click();
    await willem.getByTestId('moderation-message').waitFor();

    // Eva is told why, and appeals.
    await eva.goto(`${base}/notifications`);
    const hidden = eva.locator('[data-testid="notification"][data-kind="moderation-hidden"]');
    await hidden.waitFor();
    await waitForText(hidden, /Persoonsgegevens/);
    await hidden.getByRole('link', { name: 'Geschiedenis' }).click();
    await eva.getByTestId('appeal-form').waitFor();
    await eva
      .getByLabel('Waarom moet het bericht weer zichtbaar worden?')
      .fill('Er staat alleen een vertrektijd en een spoor in, geen gegevens van een reiziger.');
    await eva.getByRole('button', { name: 'Bezwaar indienen' }).click();
    await eva.getByTestId('history-appeal').waitFor();

    // Lotte has the final say: she grants the appeal and the post is visible again.
    await lotte.goto(`${base}/moderation`);
    const appeal = lotte.getByTestId('open-appeal').filter({ hasText: EVA.name });
    await appeal
      .getByLabel('Toelichting bij het besluit')
      .fill('Klopt: alleen openbare reisinformatie.');
    await appeal.getByRole('button', { name: 'Bezwaar toewijzen' }).click();
    await appeal.waitFor({ state: 'detached' });
    await eva.goto(postUrl.replace(/\/posts\?id=/, '/moderation/history?post='));
    await waitForText(eva.getByTestId('history-visibility'), /^Zichtbaar$/);

    // The audit page shows all of it, and the chain verifies, in the app and with the CLI.
    await lotte.goto(`${base}/audit`);
    const events = lotte.getByTestId('audit-events');
    await events.waitFor();
    const actions = await events.locator('[data-testid="audit-event"]').allTextContents();
    for (const action of [
      'phase-change',
      'training-attempt',
      'post-submit',
      'post-reject',
      'post-edit',
      'post-approve',
      'post-hide',
      'post-appeal',
      'appeal-decide',
    ]) {
      expect(
        actions.some((a) => a.includes(action)),
        action,
      ).toBe(true);
    }
    await lotte.getByRole('button', { name: 'Keten controleren' }).click();
    await waitForText(
      lotte.getByTestId('audit-verify'),
      /^Het logboek is intact: \d+ gebeurtenissen/,
    );
    const verify = await promisify(execFile)(process.execPath, [
      CLI,
      'audit',
      'verify',
      '--db',
      app.server.db,
    ]);
    expect(verify.stdout).toMatch(
      /^audit log intact: \d+ event\(s\); head seq \d+ [0-9a-f]{64}\n$/,
    );
  });
});

async function writeReply(page: Page, text: string): Promise<void> {
  await page.getByRole('link', { name: 'Schrijven' }).click();
  await page.getByTestId('kind-reply').check();
  await page.getByTestId('channel-select').selectOption('x');
  await page.getByTestId('composer-textarea').fill(text);
}

async function capabilities(page: Page, base: string): Promise<string[]> {
  const me = await page.request.get(`${base}/api/auth/me`);
  return ((await me.json()) as { capabilities: string[] }).capabilities;
}

async function decide(page: Page, text: string, decision: 'approve' | 'reject', comment: string) {
  const card = page.getByTestId('review-card').filter({ hasText: text.slice(0, 40) });
  await card.getByTestId(`decision-${decision}`).check();
  if (comment) await card.getByTestId('review-comment').fill(comment);
  await card.getByTestId('send-review').click();
  await card.waitFor({ state: 'detached' });
}

async function waitForAttribute(
  locator: ReturnType<Page['getByTestId']>,
  name: string,
  value: string,
): Promise<void> {
  await expect.poll(() => locator.getAttribute(name), { timeout: 10_000 }).toBe(value);
}
