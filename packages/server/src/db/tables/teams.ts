/** `guideline_team`: the id of the guideline team this team is (null for teams of its own). */
export type TeamsTable = { id: string; name: string; guideline_team: string | null };

export type TeamMembersTable = { team_id: string; user_id: string };
