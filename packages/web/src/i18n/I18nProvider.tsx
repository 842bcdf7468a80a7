import type { Lang } from '@leidraad/core';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { type Translate, translator } from './translate.js';

const STORAGE_KEY = 'leidraad.lang';

type I18n = { lang: Lang; setLang(lang: Lang): void; t: Translate };

const I18nContext = createContext<I18n | undefined>(undefined);

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // Storage can be unavailable (private mode); Dutch is the default then.
  }
  return 'nl';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: translator(lang),
      setLang(next) {
        setLangState(next);
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Not remembered across visits; the choice still holds for this page.
        }
      },
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
