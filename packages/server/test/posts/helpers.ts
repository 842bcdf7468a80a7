import type { Role } from '@leidraad/contract';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { servicesOf } from '../../src/app.js';
import { newId } from '../../src/security/tokens.js';
import { addUser, login, type Session } from '../helpers/app.js';

/** A text the built-in guideline finds nothing wrong with. */
export const CLEAN = 'Vanaf vandaag rijden er extra treinen tussen Utrecht en Amersfoort.';
/** A text with one error finding (personal data). */
export const WITH_ERROR = 'Mail mij op jan@example.nl';

/** Puts the user in the team linked to the guideline team (created when missing). */
export async function joinTeam(
  app: FastifyInstance,
  userId: string,
  guidelineTeam: string,
): Promise<void> {
  const { db } = servicesOf(app);
  let team = await db
    .selectFrom('teams')
    .select('id')
    .where('guideline_team', '=', guidelineTeam)
    .executeTakeFirst();
  if (!team) {
    team = { id: newId() };
    await db
      .insertInto('teams')
      .values({ id: team.id, name: `Team ${guidelineTeam}`, guideline_team: guidelineTeam })
      .execute();
  }
  await db.insertInto('team_members').values({ team_id: team.id, user_id: userId }).execute();
}

export type Person = { id: string; email: string; session: Session };

/** A signed-in user of the role, in the given guideline teams. */
export async function person(
  app: FastifyInstance,
  role: Role,
  teams: readonly string[] = [],
): Promise<Person> {
  const user = await addUser(app, role);
  for (const team of teams) await joinTeam(app, user.id, team);
  return { ...user, session: await login(app, user.email) };
}

export function submit(
  app: FastifyInstance,
  who: Person,
  payload: Record<string, unknown>,
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/api/posts', payload, headers: who.session.headers });
}

export function review(
  app: FastifyInstance,
  who: Person,
  id: string,
  payload: Record<string, unknown>,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/posts/${id}/reviews`,
    payload,
    headers: who.session.headers,
  });
}

export function getPost(app: FastifyInstance, who: Person, id: string) {
  return app.inject({ method: 'GET', url: `/api/posts/${id}`, headers: who.session.headers });
}

export async function queueOf(app: FastifyInstance, who: Person): Promise<string[]> {
  const res = await app.inject({
    method: 'GET',
    url: '/api/reviews',
    headers: who.session.headers,
  });
  if (res.statusCode !== 200) throw new Error(`review queue: ${res.statusCode} ${res.body}`);
  return (res.json() as { posts: { id: string }[] }).posts.map((p) => p.id);
}
