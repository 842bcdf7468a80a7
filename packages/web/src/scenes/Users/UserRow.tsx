import { ROLES } from '@leidraad/contract';
import { useState } from 'react';
import { api } from '../../api/client.js';
import type { Role, Team, User } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ROLE_LABEL } from './roles.js';
import { TeamPicker } from './TeamPicker.js';

/** One person; with `editable` their role and teams can be changed in place. */
export function UserRow({
  user,
  teams,
  editable,
  onSaved,
}: {
  user: User;
  teams: readonly Team[];
  editable: boolean;
  onSaved(user: User): void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [role, setRole] = useState<Role>(user.role);
  const [teamIds, setTeamIds] = useState<string[]>(user.teams.map((x) => x.id));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const res = await api.updateUser(user.id, { role, teamIds });
      onSaved(res.user);
      setEditing(false);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  const prefix = `user_${user.id}`;
  return (
    <tr data-testid="user-row">
      <th scope="row">{user.name}</th>
      <td>{user.email}</td>
      {editing ? (
        <td colSpan={editable ? 3 : 2}>
          <div className="stack">
            <div className="field">
              <label htmlFor={`${prefix}_role`}>{t('users.roleOf', { name: user.name })}</label>
              <select
                id={`${prefix}_role`}
                value={role}
                onChange={(e) => setRole(e.target.value as Role)}
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(ROLE_LABEL[r])}
                  </option>
                ))}
              </select>
            </div>
            <TeamPicker
              teams={teams}
              selected={teamIds}
              onChange={setTeamIds}
              idPrefix={`${prefix}_team`}
            />
            <ErrorMessage error={error} />
            <p className="actions">
              <button type="button" onClick={save} disabled={busy}>
                {t('common.save')}
              </button>
              <button type="button" className="secondary" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </button>
            </p>
          </div>
        </td>
      ) : (
        <>
          <td>{t(ROLE_LABEL[user.role])}</td>
          <td>{user.teams.map((x) => x.name).join(', ')}</td>
          {editable && (
            <td>
              <button type="button" className="link-button" onClick={() => setEditing(true)}>
                {t('common.edit')}
                <span className="sr-only">: {user.name}</span>
              </button>
            </td>
          )}
        </>
      )}
    </tr>
  );
}
