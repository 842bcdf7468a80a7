import type { CheckResult } from '@leidraad/core';
import { useI18n } from '../../i18n/I18nProvider.js';

/** What the server said when it stored the draft: it checks again with the published guideline. */
export function SaveStatus({
  saved,
  current,
}: {
  saved: { at: Date; text: string; result: CheckResult };
  current: string;
}) {
  const { t, lang } = useI18n();
  const time = saved.at.toLocaleTimeString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  const { errors, warnings, infos } = saved.result.summary;
  return (
    <div className="save-status" role="status" data-testid="save-status">
      <p>
        {t('composer.savedAt', { time })}{' '}
        <span data-testid="server-summary" data-errors={errors}>
          {t('composer.serverSummary', { errors, warnings, infos })}
        </span>
      </p>
      {errors > 0 && <p className="hint">{t('composer.serverErrors')}</p>}
      {saved.text !== current && <p className="hint">{t('composer.unsaved')}</p>}
    </div>
  );
}
