import type { AuditEventBody, AuditVerifyResponse } from '@leidraad/contract';
import { useEffect, useState } from 'react';
import { auditApi } from '../../api/audit.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatWhen } from '../../lib/when.js';

const PAGE = 50;

function summary(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** The audit log, newest first, fifty at a time, and a check of its hash chain. */
export default function Audit() {
  const { t, lang } = useI18n();
  const [events, setEvents] = useState<AuditEventBody[]>([]);
  const [next, setNext] = useState<number | null | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error>();
  const [verify, setVerify] = useState<AuditVerifyResponse>();
  const [verifying, setVerifying] = useState(false);

  const load = async (before?: number) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await auditApi.page(before, PAGE);
      setEvents((old) => (before === undefined ? page.events : [...old, ...page.events]));
      setNext(page.next);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setLoading(false);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: load the first page once.
  useEffect(() => {
    void load();
  }, []);

  const check = async () => {
    setVerifying(true);
    setError(undefined);
    try {
      setVerify(await auditApi.verify());
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setVerifying(false);
    }
  };

  return (
    <Page title={t('audit.title')} wide>
      <p className="lead">{t('audit.intro')}</p>
      <p>
        <button type="button" onClick={() => void check()} disabled={verifying}>
          {t('audit.verify')}
        </button>
      </p>
      <div role="status" data-testid="audit-verify">
        {verify &&
          (verify.ok ? (
            <p className="success">
              {t('audit.intact', { count: verify.checked, seq: verify.head.seq })}
            </p>
          ) : (
            <p className="error">
              {t('audit.broken', {
                seq: verify.firstBroken?.seq ?? 0,
                reason: verify.firstBroken?.reason ?? '',
                count: verify.checked,
              })}
            </p>
          ))}
      </div>
      <ErrorMessage error={error} />
      {events.length > 0 && (
        // A wide table scrolls sideways; the region can take focus so keyboards can scroll it.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable.
        <section className="table-wrap" aria-label={t('audit.caption')} tabIndex={0}>
          <table className="data" data-testid="audit-events">
            <caption className="sr-only">{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.seq')}</th>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.target')}</th>
                <th scope="col">{t('audit.change')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.seq} data-testid="audit-event">
                  <th scope="row">{e.seq}</th>
                  <td>{formatWhen(e.at, lang)}</td>
                  <td>{e.actor ? e.actor.name || e.actor.id : t('audit.system')}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {e.targetType}
                    {e.targetId ? ` ${e.targetId}` : ''}
                  </td>
                  <td>
                    {e.before !== null && (
                      <div>
                        {t('audit.before')}: <code>{summary(e.before)}</code>
                      </div>
                    )}
                    {e.after !== null && (
                      <div>
                        {t('audit.after')}: <code>{summary(e.after)}</code>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {loading && <Loading />}
      {!loading && next === null && events.length === 0 && <p>{t('audit.empty')}</p>}
      {!loading && typeof next === 'number' && (
        <p>
          <button type="button" onClick={() => void load(next)}>
            {t('audit.more')}
          </button>
        </p>
      )}
    </Page>
  );
}
