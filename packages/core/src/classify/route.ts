import type { Guideline, Situation } from '../guideline/schema.js';
import type { Route } from './types.js';

/**
 * The owning team and response-time target from the situation's route, with team names
 * from responsibilities.teams. `urgent` always escalates: to route.escalateTo, else to
 * the team with the final say.
 */
export function routeFor(guideline: Guideline, situation: Situation, urgent: boolean): Route {
  const teams = guideline.responsibilities.teams;
  const nameOf = (id: string) => teams.find((t) => t.id === id)?.name ?? id;
  const r = situation.route;
  const escalate = r.escalate || urgent;
  const route: Route = {
    team: r.team,
    teamName: nameOf(r.team),
    dueInMinutes: r.dueInMinutes,
    escalate,
  };
  const to = r.escalateTo ?? (escalate ? guideline.responsibilities.finalSay.team : undefined);
  if (to !== undefined) {
    route.escalateTo = to;
    route.escalateToName = nameOf(to);
  }
  return route;
}
