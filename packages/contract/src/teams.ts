import { z } from 'zod';

export const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The id of the guideline team this team is; its members get that team's permissions. */
  guidelineTeam: z.string().nullable(),
});
export type Team = z.infer<typeof teamSchema>;

export const listTeamsResponseSchema = z.object({ teams: z.array(teamSchema) });
export type ListTeamsResponse = z.infer<typeof listTeamsResponseSchema>;

export const createTeamRequestSchema = z.object({ name: z.string().trim().min(1).max(100) });
export type CreateTeamRequest = z.infer<typeof createTeamRequestSchema>;

export const createTeamResponseSchema = z.object({ team: teamSchema });
export type CreateTeamResponse = z.infer<typeof createTeamResponseSchema>;
