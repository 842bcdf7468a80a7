import { useState } from 'react';
import { api } from '../../api/client.js';
import type { User } from '../../api/types.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLoad } from '../../lib/use-load.js';
import { formatWhen } from '../../lib/when.js';

/** Who has and who has not yet acknowledged a guideline version (the current one first). */
export default function Acknowledgements() {
  const { t, lang } = useI18n();
  const versions = useLoad(() => api.versions());
  const [version, setVersion] = useState<number>();
  const acks = useLoad(() => api.acknowledgements(version), version);
  const teams = (u: User) => u.teams.map((x) => x.name).join(', ');

  return (
    <Page title={t('acks.title')}>
      {versions.status === 'ready' && versions.value.versions.length > 1 && (
        <div className="field inline">
          <label htmlFor="acks_version">{t('acks.version')}</label>
          <select
            id="acks_version"
            value={version ?? ''}
            onChange={(e) => setVersion(e.target.value === '' ? undefined : Number(e.target.value))}
          >
            <option value="">{t('acks.current')}</option>
            {[...versions.value.versions]
              .sort((a, b) => b.version - a.version)
              .map((v) => (
                <option key={v.version} value={v.version}>
                  {v.version}
                </option>
              ))}
          </select>
        </div>
      )}
      <LoadStatus state={acks} />
      {acks.status === 'ready' && (
        <>
          <p className="lead" data-testid="acks-summary">
            {t('acks.summary', {
              version: acks.value.version,
              done: acks.value.acknowledged.length,
              total: acks.value.acknowledged.length + acks.value.pending.length,
            })}
          </p>
          <section aria-labelledby="pending_title">
            <h2 id="pending_title">{t('acks.pending', { count: acks.value.pending.length })}</h2>
            {acks.value.pending.length === 0 ? (
              <p>{t('acks.nonePending')}</p>
            ) : (
              <table className="data" data-testid="acks-pending">
                <thead>
                  <tr>
                    <th scope="col">{t('users.name')}</th>
                    <th scope="col">{t('users.email')}</th>
                    <th scope="col">{t('users.teams')}</th>
                  </tr>
                </thead>
                <tbody>
                  {acks.value.pending.map((u) => (
                    <tr key={u.id}>
                      <th scope="row">{u.name}</th>
                      <td>{u.email}</td>
                      <td>{teams(u)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="done_title">
            <h2 id="done_title">{t('acks.done', { count: acks.value.acknowledged.length })}</h2>
            {acks.value.acknowledged.length === 0 ? (
              <p>{t('acks.noneDone')}</p>
            ) : (
              <table className="data" data-testid="acks-done">
                <thead>
                  <tr>
                    <th scope="col">{t('users.name')}</th>
                    <th scope="col">{t('users.teams')}</th>
                    <th scope="col">{t('acks.at')}</th>
                  </tr>
                </thead>
                <tbody>
                  {acks.value.acknowledged.map((a) => (
                    <tr key={a.user.id}>
                      <th scope="row">{a.user.name}</th>
                      <td>{teams(a.user)}</td>
                      <td>{formatWhen(a.acknowledgedAt, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
