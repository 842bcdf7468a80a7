import { LANGS, type Lang } from '@leidraad/core';
import { useI18n } from '../i18n/I18nProvider.js';

const NAMES: Record<Lang, string> = { nl: 'Nederlands', en: 'English' };

/** Switch the UI language; each option is named in its own language. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="language-switch">
      <label htmlFor="language_select">{t('nav.language')}</label>
      <select
        id="language_select"
        value={lang}
        onChange={(e) => setLang(e.target.value as Lang)}
        data-testid="language-switch"
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
