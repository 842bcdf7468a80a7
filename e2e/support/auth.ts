/** Signing in and out through the web app, as a person would. */
import type { Page } from 'playwright-core';

export const ADMIN_EMAIL = 'admin@leidraad.local';
export const ADMIN_PASSWORD = 'lang-en-geheim-wachtwoord-1';

/** Opens a one-time link (first administrator or invite) and sets a password. */
export async function signInWithLink(page: Page, url: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('new-password').fill(password);
  await page.getByTestId('repeat-password').fill(password);
  await page.getByTestId('set-password').click();
  await page.getByTestId('composer').waitFor();
}

/** Submits the sign-in form once (the caller checks the outcome). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
}

export async function signIn(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/signin`);
  await submitSignIn(page, email, password);
  await page.getByTestId('composer').waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByTestId('signin-submit').waitFor();
}
