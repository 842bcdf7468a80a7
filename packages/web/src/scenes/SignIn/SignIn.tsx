import { type FormEvent, useState } from 'react';
import { ApiError, api, setCsrfToken } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useSession } from '../../session/SessionProvider.js';

/** E-mail and password; the API's own message is shown for a wrong password or too many tries. */
export function SignIn() {
  const { t, lang } = useI18n();
  const { refresh } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const res = await api.login(email.trim(), password);
      setCsrfToken(res.csrfToken);
      await refresh();
    } catch (e) {
      setError(reword(e));
      setBusy(false);
    }
  };
  // A wrong password gets our own wording; the rate limit keeps the API's Dutch message,
  // in English it is said again with the API's wait time.
  const reword = (e: unknown): Error => {
    if (!(e instanceof ApiError)) return asError(e);
    if (e.code === 'unauthorized') return new ApiError(e.status, e.code, t('signIn.wrong'));
    if (e.code === 'rate_limited' && lang !== 'nl' && e.retryAfterSeconds !== undefined) {
      const minutes = Math.max(1, Math.ceil(e.retryAfterSeconds / 60));
      return new ApiError(e.status, e.code, t('signIn.rateLimited', { minutes }));
    }
    return e;
  };

  return (
    <Page title={t('signIn.title')}>
      <p className="lead">{t('signIn.intro')}</p>
      <form onSubmit={submit} className="stack" noValidate={false}>
        <div className="field">
          <label htmlFor="signin_email">{t('signIn.email')}</label>
          <input
            id="signin_email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="signin-email"
          />
        </div>
        <div className="field">
          <label htmlFor="signin_password">{t('signIn.password')}</label>
          <input
            id="signin_password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="signin-password"
          />
        </div>
        <ErrorMessage error={error} />
        <div>
          <button type="submit" disabled={busy} data-testid="signin-submit">
            {busy ? t('signIn.busy') : t('signIn.submit')}
          </button>
        </div>
      </form>
      <p className="hint">{t('signIn.forgot')}</p>
      <LanguageSwitch />
    </Page>
  );
}

export function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
