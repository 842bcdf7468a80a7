import { trainingApi } from '../../api/training.js';
import { Link } from '../../components/Link.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { capabilityList, phaseLabel } from '../../lib/labels.js';
import { useLocation } from '../../lib/router.js';
import { useLoad } from '../../lib/use-load.js';
import { formatWhen } from '../../lib/when.js';
import { TrainingModule } from './TrainingModule.js';

/** The guideline's training modules (`/training`), or one module (`/training?module=id`). */
export default function Training() {
  const { query } = useLocation();
  const id = query.get('module');
  return id ? <TrainingModule id={id} /> : <ModuleList />;
}

function ModuleList() {
  const { t, lang } = useI18n();
  const list = useLoad(() => trainingApi.modules());

  return (
    <Page title={t('training.title')}>
      <LoadStatus state={list} />
      {list.status === 'ready' && (
        <>
          <p className="lead">
            {t('training.intro', { percent: Math.round(list.value.passMark * 100) })}
          </p>
          {list.value.modules.length === 0 ? (
            <p>{t('training.empty')}</p>
          ) : (
            <ul className="cards" data-testid="training-modules">
              {list.value.modules.map((m) => {
                const s = m.status;
                return (
                  <li key={m.id} className="card" data-testid="training-module">
                    <h2>{m.title}</h2>
                    <p>{m.summary}</p>
                    <p className="meta">
                      {m.durationMinutes !== null &&
                        `${t('training.duration', { minutes: m.durationMinutes })} · `}
                      {t('training.questions', { count: m.questions })}
                    </p>
                    <p className="meta">
                      {m.unlocks.length === 0
                        ? t('training.unlocksNothing')
                        : m.minPhase === null
                          ? t('training.unlocks', { capabilities: capabilityList(t, m.unlocks) })
                          : t('training.unlocksFrom', {
                              capabilities: capabilityList(t, m.unlocks),
                              phase: phaseLabel(t, m.minPhase),
                            })}
                    </p>
                    <p data-testid="training-status" className={s.passed ? 'success' : undefined}>
                      {s.passed && s.passedAt !== null
                        ? t('training.passedOn', { when: formatWhen(s.passedAt, lang) })
                        : s.bestScore === null
                          ? t('training.notYet')
                          : t('training.failedSoFar', { score: Math.round(s.bestScore * 100) })}
                    </p>
                    <p className="actions">
                      <Link to={`/training?module=${encodeURIComponent(m.id)}`}>
                        {t('training.open')}
                        <span className="sr-only">: {m.title}</span>
                      </Link>
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}
