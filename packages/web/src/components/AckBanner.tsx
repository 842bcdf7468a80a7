import { useState } from 'react';
import { api } from '../api/client.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useSession } from '../session/SessionProvider.js';
import { ErrorMessage } from './ErrorMessage.js';
import { Link } from './Link.js';

/** Asks the signed-in user to acknowledge the published guideline when they have not yet. */
export function AckBanner({ version }: { version: number }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const acknowledge = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.acknowledge(version);
      await refresh();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
      setBusy(false);
    }
  };
  return (
    <section className="ack-banner" aria-labelledby="ack_title" data-testid="ack-banner">
      <h2 id="ack_title">{t('ack.title')}</h2>
      <p>
        {t('ack.body', { version })} <Link to="/handbook">{t('ack.read')}</Link>
        {version > 1 && (
          <>
            {' · '}
            <Link to={`/guideline/versions?from=${version - 1}&to=${version}`}>
              {t('ack.changes')}
            </Link>
          </>
        )}
      </p>
      <button type="button" onClick={acknowledge} disabled={busy} data-testid="acknowledge-button">
        {t('ack.button')}
      </button>
      <ErrorMessage error={error} />
    </section>
  );
}
