import type { Phase as PhaseId } from '@leidraad/contract';
import { type FormEvent, useState } from 'react';
import {
  type PhasePreviewResponse,
  type PhaseResponse,
  type SetPhaseResponse,
  trainingApi,
} from '../../api/training.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { capabilityList } from '../../lib/labels.js';
import { useLoad } from '../../lib/use-load.js';
import { formatWhen } from '../../lib/when.js';
import { useCan, useSession } from '../../session/SessionProvider.js';
import { ROLE_LABEL } from '../Users/roles.js';

/**
 * The organisation's maturity phase and what each phase lets roles and teams do. With
 * `phase:set` also the form to change it: first a preview of who gains and loses what, then
 * the change, which applies at once.
 */
export default function Phase() {
  const { t, lang } = useI18n();
  const can = useCan();
  const [reload, setReload] = useState(0);
  const phase = useLoad(() => trainingApi.phase(), reload);
  // Kept here: the page reloads the phase after a change, which remounts the form.
  const [result, setResult] = useState<SetPhaseResponse>();

  return (
    <Page title={t('phase.title')}>
      <LoadStatus state={phase} />
      {phase.status === 'ready' &&
        (() => {
          const info = phase.value;
          const current = info.phases.find((p) => p.id === info.phase);
          return (
            <>
              <section aria-labelledby="phase_current_title" data-testid="phase-current">
                <h2 id="phase_current_title">
                  {t('phase.current', { name: current?.name ?? info.phase })}
                </h2>
                {current && <p>{current.description}</p>}
                {current?.review && <p>{t('phase.review', { review: current.review })}</p>}
                <p className="meta">
                  {info.setAt !== null && info.setBy !== null
                    ? t('phase.setBy', {
                        name: info.setBy.name,
                        when: formatWhen(info.setAt, lang),
                      })
                    : t('phase.fromGuideline')}
                </p>
                <p className="hint">{t('phase.explain')}</p>
              </section>
              {can('phase:set') && (
                <ChangePhase
                  info={info}
                  result={result}
                  onChanged={(done) => {
                    setResult(done);
                    setReload((n) => n + 1);
                  }}
                />
              )}
              <section aria-labelledby="phase_list_title">
                <h2 id="phase_list_title">{t('phase.phases')}</h2>
                <ul className="cards" data-testid="phase-list">
                  {info.phases.map((p) => (
                    <li key={p.id} className="card" data-testid="phase">
                      <h3>
                        {p.name}{' '}
                        {p.id === info.phase && (
                          <span className="badge current">{t('phase.isCurrent')}</span>
                        )}
                      </h3>
                      <p>{p.description}</p>
                      {p.review && (
                        <p className="meta">{t('phase.review', { review: p.review })}</p>
                      )}
                      <table className="data">
                        <thead>
                          <tr>
                            <th scope="col">{t('phase.role')}</th>
                            <th scope="col">{t('phase.may')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {(Object.keys(ROLE_LABEL) as (keyof typeof ROLE_LABEL)[]).map((role) => {
                            const may = p.may[role] ?? [];
                            return (
                              <tr key={role}>
                                <th scope="row">{t(ROLE_LABEL[role])}</th>
                                <td>
                                  {may.length === 0 ? t('phase.nothing') : capabilityList(t, may)}
                                </td>
                              </tr>
                            );
                          })}
                        </tbody>
                      </table>
                      {Object.entries(p.teams).map(([team, caps]) => (
                        <p key={team} className="meta">
                          {t('phase.teamMay', {
                            team,
                            capabilities:
                              caps.length === 0 ? t('phase.nothing') : capabilityList(t, caps),
                          })}
                        </p>
                      ))}
                    </li>
                  ))}
                </ul>
              </section>
            </>
          );
        })()}
    </Page>
  );
}

function ChangePhase({
  info,
  result,
  onChanged,
}: {
  info: PhaseResponse;
  result: SetPhaseResponse | undefined;
  onChanged(result: SetPhaseResponse): void;
}) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [target, setTarget] = useState<PhaseId | ''>('');
  const [preview, setPreview] = useState<PhasePreviewResponse>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const nameOf = (id: PhaseId) => info.phases.find((p) => p.id === id)?.name ?? id;

  const choose = async (value: PhaseId | '') => {
    setTarget(value);
    setPreview(undefined);
    setError(undefined);
    if (value === '' || value === info.phase) return;
    try {
      setPreview(await trainingApi.preview(value));
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    if (target === '' || target === info.phase || !preview) return;
    setBusy(true);
    setError(undefined);
    try {
      const done = await trainingApi.setPhase(target, preview.from);
      setPreview(undefined);
      setTarget('');
      await refresh();
      onChanged(done);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  const changed = preview?.people.filter((p) => p.gained.length > 0 || p.lost.length > 0) ?? [];

  return (
    <section aria-labelledby="phase_change_title">
      <h2 id="phase_change_title">{t('phase.change')}</h2>
      <div aria-live="polite" data-testid="phase-result">
        {result && (
          <>
            <p className="success">{t('phase.done', { name: nameOf(result.phase) })}</p>
            <h3>{t('phase.result')}</h3>
            <ChangeTable rows={result.changes} />
          </>
        )}
      </div>
      <form onSubmit={apply} className="stack">
        <div className="field">
          <label htmlFor="phase_target">{t('phase.choose')}</label>
          <select
            id="phase_target"
            data-testid="phase-select"
            aria-describedby="phase_target_hint"
            value={target}
            onChange={(e) => void choose(e.target.value as PhaseId | '')}
          >
            <option value="">{t('phase.pick')}</option>
            {info.phases.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <p className="hint" id="phase_target_hint">
            {t('phase.chooseHint')}
          </p>
        </div>
        {target !== '' && target === info.phase && <p>{t('phase.sameAsNow')}</p>}
        <ErrorMessage error={error} />
        {preview && (
          <div data-testid="phase-preview">
            <h3>{t('phase.preview', { name: nameOf(preview.to) })}</h3>
            <ChangeTable rows={changed} />
            <p>
              <button type="submit" data-testid="phase-apply" disabled={busy}>
                {t('phase.apply', { name: nameOf(preview.to) })}
              </button>
            </p>
          </div>
        )}
      </form>
    </section>
  );
}

function ChangeTable({ rows }: { rows: SetPhaseResponse['changes'] }) {
  const { t } = useI18n();
  if (rows.length === 0) return <p>{t('phase.nobody')}</p>;
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">{t('phase.person')}</th>
          <th scope="col">{t('phase.gains')}</th>
          <th scope="col">{t('phase.loses')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.user.id} data-testid="phase-change">
            <th scope="row">
              {r.user.name} <span className="meta">({r.user.email})</span>
            </th>
            <td>{r.gained.length === 0 ? '–' : capabilityList(t, r.gained)}</td>
            <td>{r.lost.length === 0 ? '–' : capabilityList(t, r.lost)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
