import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.js';
import type { Team } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { type Loaded, useLoad } from '../../lib/use-load.js';
import { useCan } from '../../session/SessionProvider.js';
import { InviteForm } from './InviteForm.js';
import { UserRow } from './UserRow.js';

/** People and teams. Reading needs `users:read`; changing needs what the server granted. */
export default function Users() {
  const { t } = useI18n();
  const can = useCan();
  const [reload, setReload] = useState(0);
  const users = useLoad(() => api.users(), reload);
  const teams = useLoad(() => api.teams(), reload);
  const again = () => setReload((n) => n + 1);
  const teamList = teams.status === 'ready' ? teams.value.teams : [];
  const editable = can('users:write');

  return (
    <Page title={t('users.title')} wide>
      {editable && <InviteForm teams={teamList} onInvited={again} />}
      <section aria-labelledby="people_title">
        <h2 id="people_title">{t('users.people')}</h2>
        <LoadStatus state={users} />
        {users.status === 'ready' && (
          <table className="data" data-testid="users">
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.teams')}</th>
                {editable && (
                  <th scope="col">
                    <span className="sr-only">{t('common.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {users.value.users.map((u) => (
                <UserRow key={u.id} user={u} teams={teamList} editable={editable} onSaved={again} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      <Teams onChanged={again} teams={teams} canWrite={can('teams:write')} />
    </Page>
  );
}

function Teams({
  teams,
  canWrite,
  onChanged,
}: {
  teams: Loaded<{ teams: Team[] }>;
  canWrite: boolean;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [error, setError] = useState<Error>();
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await api.createTeam(name.trim());
      setName('');
      onChanged();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };
  return (
    <section aria-labelledby="teams_title">
      <h2 id="teams_title">{t('users.teamsTitle')}</h2>
      <LoadStatus state={teams} />
      {teams.status === 'ready' &&
        (teams.value.teams.length === 0 ? (
          <p>{t('users.noTeams')}</p>
        ) : (
          <ul>
            {teams.value.teams.map((team) => (
              <li key={team.id}>{team.name}</li>
            ))}
          </ul>
        ))}
      {canWrite && (
        <form onSubmit={create} className="inline-form">
          <div className="field">
            <label htmlFor="team_name">{t('users.newTeam')}</label>
            <input id="team_name" required value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <button type="submit">{t('users.addTeam')}</button>
          <ErrorMessage error={error} />
        </form>
      )}
    </section>
  );
}
