import type { Team } from '../../api/types.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** Checkboxes for the teams someone belongs to. */
export function TeamPicker({
  teams,
  selected,
  onChange,
  idPrefix,
}: {
  teams: readonly Team[];
  selected: readonly string[];
  onChange(ids: string[]): void;
  idPrefix: string;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="team-picker">
      <legend>{t('users.teams')}</legend>
      {teams.length === 0 && <p className="hint">{t('users.noTeams')}</p>}
      {teams.map((team) => (
        <label key={team.id} className="choice" htmlFor={`${idPrefix}_${team.id}`}>
          <input
            id={`${idPrefix}_${team.id}`}
            type="checkbox"
            checked={selected.includes(team.id)}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...selected, team.id] : selected.filter((id) => id !== team.id),
              )
            }
          />
          {team.name}
        </label>
      ))}
    </fieldset>
  );
}
