import type { TrainingCoverageResponse } from '@leidraad/contract';
import { trainingApi } from '../../api/training.js';
import { LoadStatus } from '../../components/LoadStatus.js';
import { Page } from '../../components/Page.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLoad } from '../../lib/use-load.js';

/** Training coverage: per team how many members passed each module and acknowledged, and per person. */
export default function Coverage() {
  const { t } = useI18n();
  const coverage = useLoad(() => trainingApi.coverage());

  return (
    <Page title={t('coverage.title')} wide>
      <LoadStatus state={coverage} />
      {coverage.status === 'ready' &&
        (() => {
          const { version, modules, teams, people } = coverage.value;
          const yes = (ok: boolean) => (ok ? t('coverage.yes') : t('coverage.no'));
          return (
            <>
              <p className="lead">{t('coverage.intro', { version })}</p>
              <section aria-labelledby="coverage_teams_title">
                <h2 id="coverage_teams_title">{t('coverage.teams')}</h2>
                <table className="data" data-testid="coverage-teams">
                  <CoverageHead
                    first={t('coverage.team')}
                    second={t('coverage.members')}
                    modules={modules}
                  />
                  <tbody>
                    {teams.map((row) => (
                      <tr key={row.team?.id ?? ''}>
                        <th scope="row">{row.team?.name ?? t('coverage.noTeam')}</th>
                        <td>{row.members}</td>
                        {modules.map((m) => (
                          <td key={m.id}>
                            {row.passed[m.id] ?? 0}/{row.members}
                          </td>
                        ))}
                        <td>
                          {row.acknowledged}/{row.members}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
              <section aria-labelledby="coverage_people_title">
                <h2 id="coverage_people_title">{t('coverage.people')}</h2>
                <table className="data" data-testid="coverage-people">
                  <CoverageHead
                    first={t('users.name')}
                    second={t('users.teams')}
                    modules={modules}
                  />
                  <tbody>
                    {people.map((p) => (
                      <tr key={p.user.id}>
                        <th scope="row">{p.user.name}</th>
                        <td>{p.user.teams.map((x) => x.name).join(', ')}</td>
                        {modules.map((m) => (
                          <td key={m.id}>{yes(p.passed.includes(m.id))}</td>
                        ))}
                        <td>{yes(p.acknowledged)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            </>
          );
        })()}
    </Page>
  );
}

/** The header row both tables share: two columns of their own, one per module, acknowledged. */
function CoverageHead({
  first,
  second,
  modules,
}: {
  first: string;
  second: string;
  modules: TrainingCoverageResponse['modules'];
}) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{second}</th>
        {modules.map((m) => (
          <th scope="col" key={m.id}>
            {m.title}
          </th>
        ))}
        <th scope="col">{t('coverage.acknowledged')}</th>
      </tr>
    </thead>
  );
}
