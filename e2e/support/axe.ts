/** An axe-core scan of the page as it is now. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export type Violation = {
  page: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
};

const BLOCKING = new Set(['serious', 'critical']);

/** The serious and critical violations on `page`, labelled with `name`. */
export async function scan(page: Page, name: string): Promise<Violation[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') stays in force.
  if (!injected) await page.evaluate(`${axe.source}\n;window.axe = axe;`);
  const results = await page.evaluate(async () => {
    const engine = (window as unknown as { axe: typeof axe }).axe;
    const run = await engine.run(document, { resultTypes: ['violations'] });
    return run.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return results.filter((v) => BLOCKING.has(v.impact)).map((v) => ({ page: name, ...v }));
}

export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => `${v.page}: [${v.impact}] ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}`)
    .join('\n');
}
