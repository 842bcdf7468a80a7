import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import type { GuidelineDiff, VersionSummary } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLocation } from '../../lib/router.js';
import { useLoad } from '../../lib/use-load.js';
import { formatWhen } from '../../lib/when.js';
import { diffLines } from './diff-lines.js';

/** Every published version, and the difference between any two of them. */
export default function Versions() {
  const { t } = useI18n();
  const versions = useLoad(() => api.versions());
  return (
    <Page title={t('versions.title')} wide>
      <LoadStatus state={versions} />
      {versions.status === 'ready' && <VersionsView versions={versions.value.versions} />}
    </Page>
  );
}

function VersionsView({ versions }: { versions: VersionSummary[] }) {
  const { t, lang } = useI18n();
  const { query } = useLocation();
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  const latest = sorted[0]?.version;
  const asNumber = (v: string | null, fallback: number | undefined) => {
    const n = Number(v);
    return v !== null && Number.isInteger(n) && sorted.some((s) => s.version === n) ? n : fallback;
  };
  const [from, setFrom] = useState(asNumber(query.get('from'), sorted[1]?.version ?? latest));
  const [to, setTo] = useState(asNumber(query.get('to'), latest));
  const [diff, setDiff] = useState<GuidelineDiff>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);

  const compare = async (event?: FormEvent) => {
    event?.preventDefault();
    if (from === undefined || to === undefined) return;
    setBusy(true);
    setError(undefined);
    try {
      setDiff(await api.diff(from, to));
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  // Opened with ?from=&to= (e.g. from the acknowledgement banner): show that diff at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on arrival.
  useEffect(() => {
    if (query.get('from') && query.get('to')) void compare();
  }, []);

  return (
    <>
      <table className="data" data-testid="versions">
        <caption className="sr-only">{t('versions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('versions.version')}</th>
            <th scope="col">{t('versions.publishedAt')}</th>
            <th scope="col">{t('versions.publishedBy')}</th>
            <th scope="col">{t('versions.note')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((v) => (
            <tr key={v.version}>
              <th scope="row">
                {v.version}
                {v.version === latest && (
                  <span className="badge current"> {t('versions.current')}</span>
                )}
              </th>
              <td>{formatWhen(v.publishedAt, lang)}</td>
              <td>{v.publishedBy?.name ?? t('versions.system')}</td>
              <td>{v.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {sorted.length > 1 && (
        <section aria-labelledby="compare_title">
          <h2 id="compare_title">{t('versions.compare')}</h2>
          <form onSubmit={compare} className="inline-form">
            <div className="field">
              <label htmlFor="diff_from">{t('versions.from')}</label>
              <select id="diff_from" value={from} onChange={(e) => setFrom(Number(e.target.value))}>
                {sorted.map((v) => (
                  <option key={v.version} value={v.version}>
                    {v.version}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="diff_to">{t('versions.to')}</label>
              <select id="diff_to" value={to} onChange={(e) => setTo(Number(e.target.value))}>
                {sorted.map((v) => (
                  <option key={v.version} value={v.version}>
                    {v.version}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" disabled={busy} data-testid="compare-button">
              {t('versions.show')}
            </button>
          </form>
          <ErrorMessage error={error} />
          {diff && <DiffView diff={diff} />}
        </section>
      )}
    </>
  );
}

function DiffView({ diff }: { diff: GuidelineDiff }) {
  const { t } = useI18n();
  const lines = diffLines(diff.diff);
  const changed = lines.some((l) => l.kind === 'add' || l.kind === 'del');
  return (
    <figure className="diff" data-testid="diff">
      <figcaption>{t('versions.diffCaption', { from: diff.from, to: diff.to })}</figcaption>
      {changed ? (
        <pre>
          {lines.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of one diff, in order.
            <span key={i} className={`diff-${l.kind}`}>
              {l.kind === 'add' && <span className="sr-only">{t('versions.added')} </span>}
              {l.kind === 'del' && <span className="sr-only">{t('versions.removed')} </span>}
              {l.text}
            </span>
          ))}
        </pre>
      ) : (
        <p>{t('versions.same')}</p>
      )}
    </figure>
  );
}
