import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.js';
import type { ApiToken } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLoad } from '../../lib/use-load.js';
import { formatWhen } from '../../lib/when.js';

/** API tokens for CI and integrations: created here (shown once) and revoked here. */
export default function Tokens() {
  const { t, lang } = useI18n();
  const [reload, setReload] = useState(0);
  const tokens = useLoad(() => api.tokens(), reload);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string }>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const when = (iso: string | null) => (iso ? formatWhen(iso, lang) : '—');

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setCreated(undefined);
    try {
      const res = await api.createToken(name.trim(), email);
      setCreated({ name: name.trim(), token: res.token });
      setName('');
      setEmail('');
      setReload((n) => n + 1);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (token: ApiToken) => {
    if (!window.confirm(t('tokens.confirmRevoke', { name: token.name }))) return;
    setError(undefined);
    try {
      await api.revokeToken(token.id);
      setReload((n) => n + 1);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };

  return (
    <Page title={t('tokens.title')} wide>
      <p className="lead">{t('tokens.intro')}</p>
      <section aria-labelledby="new_token_title" className="panel">
        <h2 id="new_token_title">{t('tokens.new')}</h2>
        <form onSubmit={create} className="stack">
          <div className="field">
            <label htmlFor="token_name">{t('tokens.name')}</label>
            <input
              id="token_name"
              required
              maxLength={100}
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-describedby="token_name_hint"
            />
            <p id="token_name_hint" className="hint">
              {t('tokens.nameHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="token_email">{t('tokens.email')}</label>
            <input
              id="token_email"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-describedby="token_email_hint"
            />
            <p id="token_email_hint" className="hint">
              {t('tokens.emailHint')}
            </p>
          </div>
          <div>
            <button type="submit" disabled={busy} data-testid="create-token">
              {t('tokens.create')}
            </button>
          </div>
        </form>
        {created && (
          <div className="once" role="status" data-testid="new-token">
            <p>{t('tokens.created', { name: created.name })}</p>
            <label htmlFor="token_value">{t('tokens.value')}</label>
            <input
              id="token_value"
              readOnly
              value={created.token}
              onFocus={(e) => e.target.select()}
            />
            <p className="hint">{t('tokens.onceHint')}</p>
          </div>
        )}
      </section>
      <ErrorMessage error={error} />
      <section aria-labelledby="tokens_title">
        <h2 id="tokens_title">{t('tokens.list')}</h2>
        <LoadStatus state={tokens} />
        {tokens.status === 'ready' &&
          (tokens.value.tokens.length === 0 ? (
            <p>{t('tokens.none')}</p>
          ) : (
            <table className="data" data-testid="tokens">
              <thead>
                <tr>
                  <th scope="col">{t('tokens.name')}</th>
                  <th scope="col">{t('tokens.user')}</th>
                  <th scope="col">{t('tokens.createdAt')}</th>
                  <th scope="col">{t('tokens.lastUsed')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.value.tokens.map((tok) => (
                  <tr key={tok.id}>
                    <th scope="row">{tok.name}</th>
                    <td>{tok.user.email}</td>
                    <td>{when(tok.createdAt)}</td>
                    <td>{when(tok.lastUsedAt)}</td>
                    <td>
                      <button
                        type="button"
                        className="link-button danger"
                        onClick={() => revoke(tok)}
                        data-testid="revoke-token"
                      >
                        {t('tokens.revoke')}
                        <span className="sr-only">: {tok.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
      </section>
    </Page>
  );
}
