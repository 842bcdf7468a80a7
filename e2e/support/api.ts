/** Calls to the HTTP API with the page's session cookie and CSRF token (set-up steps only). */
import type { Page } from 'playwright-core';

async function csrf(page: Page, base: string): Promise<string> {
  const me = await page.request.get(`${base}/api/auth/me`);
  const body = (await me.json()) as { csrfToken: string };
  return body.csrfToken;
}

/** Publishes the current guideline, changed by `edit`, as a new version; returns its number. */
export async function publishEdited(
  page: Page,
  base: string,
  edit: (source: string) => string,
  note: string,
): Promise<number> {
  const current = (await (await page.request.get(`${base}/api/guideline`)).json()) as {
    source: string;
  };
  const res = await page.request.post(`${base}/api/guideline/versions`, {
    headers: { 'x-csrf-token': await csrf(page, base) },
    data: { source: edit(current.source), note },
  });
  if (res.status() !== 201)
    throw new Error(`publishing failed: ${res.status()} ${await res.text()}`);
  return ((await res.json()) as { version: number }).version;
}

/** Invites a user through the API with the page's session; returns the one-time link. */
export async function invite(
  page: Page,
  base: string,
  user: { email: string; name: string; role: string; teamIds?: string[] },
): Promise<string> {
  const res = await page.request.post(`${base}/api/users`, {
    headers: { 'x-csrf-token': await csrf(page, base) },
    data: user,
  });
  if (res.status() !== 201) throw new Error(`invite failed: ${res.status()} ${await res.text()}`);
  return ((await res.json()) as { inviteUrl: string }).inviteUrl;
}

/** The id of the team linked to a team of the guideline (e.g. `webcare`). */
export async function guidelineTeamId(page: Page, base: string, guidelineTeam: string) {
  const res = await page.request.get(`${base}/api/teams`);
  const { teams } = (await res.json()) as {
    teams: { id: string; guidelineTeam: string | null }[];
  };
  const team = teams.find((t) => t.guidelineTeam === guidelineTeam);
  if (!team) throw new Error(`no team linked to "${guidelineTeam}"`);
  return team.id;
}
