import { ROLES } from '@leidraad/contract';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.js';
import type { Role, Team } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ROLE_LABEL } from './roles.js';
import { TeamPicker } from './TeamPicker.js';

/** Invite someone: the API answers with a one-time link that is shown here once. */
export function InviteForm({ teams, onInvited }: { teams: readonly Team[]; onInvited(): void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('employee');
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [invite, setInvite] = useState<{ name: string; url: string }>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setInvite(undefined);
    try {
      const res = await api.inviteUser({ name: name.trim(), email: email.trim(), role, teamIds });
      const url = res.inviteUrl.startsWith('/') ? location.origin + res.inviteUrl : res.inviteUrl;
      setInvite({ name: res.user.name, url });
      setName('');
      setEmail('');
      setTeamIds([]);
      onInvited();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="invite_title" className="panel">
      <h2 id="invite_title">{t('users.invite')}</h2>
      <form onSubmit={submit} className="stack">
        <div className="field">
          <label htmlFor="invite_name">{t('users.name')}</label>
          <input id="invite_name" required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="invite_email">{t('users.email')}</label>
          <input
            id="invite_email"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="invite_role">{t('users.role')}</label>
          <select id="invite_role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(ROLE_LABEL[r])}
              </option>
            ))}
          </select>
        </div>
        <TeamPicker teams={teams} selected={teamIds} onChange={setTeamIds} idPrefix="invite_team" />
        <ErrorMessage error={error} />
        <div>
          <button type="submit" disabled={busy} data-testid="invite-button">
            {t('users.sendInvite')}
          </button>
        </div>
      </form>
      {invite && (
        <div className="once" role="status" data-testid="invite-url">
          <p>{t('users.invited', { name: invite.name })}</p>
          <label htmlFor="invite_url">{t('users.inviteLink')}</label>
          <input id="invite_url" readOnly value={invite.url} onFocus={(e) => e.target.select()} />
          <p className="hint">{t('users.inviteHint')}</p>
        </div>
      )}
    </section>
  );
}
