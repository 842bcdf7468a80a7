export type TeamsTable = { id: string; name: string };

export type TeamMembersTable = { team_id: string; user_id: string };
