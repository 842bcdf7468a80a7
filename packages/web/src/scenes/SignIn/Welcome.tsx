import { PASSWORD_MIN_LENGTH } from '@leidraad/contract';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api, setCsrfToken } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { navigate } from '../../lib/router.js';
import { useSession } from '../../session/SessionProvider.js';
import { asError } from './SignIn.js';

type Step = 'signing-in' | 'set-password' | 'failed';

/** `/welcome#token=…`: a one-time sign-in link (first administrator, invites), then a password. */
export default function Welcome() {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [step, setStep] = useState<Step>('signing-in');
  const [name, setName] = useState('');
  const [error, setError] = useState<Error>();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = new URLSearchParams(location.hash.slice(1)).get('token');
    // The token is a secret: it leaves the address bar and the history at once.
    history.replaceState(null, '', '/welcome');
    if (!token) {
      setStep('failed');
      return;
    }
    api.oneTime(token).then(
      (res) => {
        setCsrfToken(res.csrfToken);
        setName(res.user.name);
        setStep('set-password');
      },
      (e: unknown) => {
        setError(asError(e));
        setStep('failed');
      },
    );
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMismatch(password !== repeat);
    if (password !== repeat) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.setPassword(password);
      await refresh();
      navigate('/composer', { replace: true });
    } catch (e) {
      setError(asError(e));
      setBusy(false);
    }
  };

  if (step === 'signing-in') return <Loading />;
  if (step === 'failed') {
    return (
      <Page title={t('welcome.failedTitle')}>
        <ErrorMessage error={error} />
        <p>{t('welcome.failedBody')}</p>
      </Page>
    );
  }
  return (
    <Page title={t('welcome.title', { name })}>
      <p className="lead">{t('welcome.intro', { min: PASSWORD_MIN_LENGTH })}</p>
      <form onSubmit={submit} className="stack">
        <div className="field">
          <label htmlFor="welcome_password">{t('welcome.password')}</label>
          <input
            id="welcome_password"
            type="password"
            autoComplete="new-password"
            minLength={PASSWORD_MIN_LENGTH}
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby="welcome_password_hint"
            data-testid="new-password"
          />
          <p id="welcome_password_hint" className="hint">
            {t('welcome.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          </p>
        </div>
        <div className="field">
          <label htmlFor="welcome_repeat">{t('welcome.repeat')}</label>
          <input
            id="welcome_repeat"
            type="password"
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            aria-invalid={mismatch}
            aria-describedby={mismatch ? 'welcome_mismatch' : undefined}
            data-testid="repeat-password"
          />
          {mismatch && (
            <p id="welcome_mismatch" className="error">
              {t('welcome.mismatch')}
            </p>
          )}
        </div>
        <ErrorMessage error={error} />
        <div>
          <button type="submit" disabled={busy} data-testid="set-password">
            {t('welcome.submit')}
          </button>
        </div>
      </form>
    </Page>
  );
}
