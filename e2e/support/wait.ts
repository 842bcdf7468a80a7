/** Waiting for what the page shows (playwright-core has no retrying `expect`). */
import type { Locator } from 'playwright-core';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until `locator` shows exactly `text` (or matches the pattern). */
export async function waitForText(locator: Locator, text: string | RegExp): Promise<void> {
  const pattern = typeof text === 'string' ? new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`) : text;
  await locator.filter({ hasText: pattern }).first().waitFor();
}
