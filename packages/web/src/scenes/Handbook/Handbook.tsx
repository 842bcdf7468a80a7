import { buildHandbook } from '@leidraad/core';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { PublishedGuideline } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { usePublished } from '../../guideline/published.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ChapterView } from './Blocks.js';
import { searchHandbook } from './search.js';

/** The published guideline as one readable, searchable, printable page. */
export default function Handbook() {
  const { t } = useI18n();
  const published = usePublished();
  if (published.status === 'ready') return <HandbookView published={published.value} />;
  return (
    <Page title={t('handbook.title')}>
      {published.status === 'loading' ? <Loading /> : <ErrorMessage error={published.error} />}
    </Page>
  );
}

function HandbookView({ published }: { published: PublishedGuideline }) {
  const { t, lang } = useI18n();
  const doc = useMemo(() => buildHandbook(published.guideline, lang), [published, lang]);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const found = useMemo(() => searchHandbook(doc, deferred), [doc, deferred]);
  const searching = deferred.trim() !== '';

  // Go to the article in the address (#anchor), now and whenever the hash changes.
  useEffect(() => {
    const go = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      if (!id) return;
      const target = document.getElementById(id);
      if (!target) return;
      document.querySelectorAll('.targeted').forEach((el) => {
        el.classList.remove('targeted');
      });
      target.classList.add('targeted');
      target.scrollIntoView();
      target.focus({ preventScroll: true });
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, []);

  const date = new Date(published.publishedAt);
  return (
    <Page title={doc.title} wide>
      <div className="handbook" data-testid="handbook" data-version={published.version}>
        <p className="subtitle">
          {doc.subtitle ? `${doc.subtitle} · ` : ''}
          {t('handbook.version', {
            version: published.version,
            date: Number.isNaN(date.getTime())
              ? published.publishedAt
              : date.toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }),
          })}
        </p>
        <search className="handbook-search no-print">
          <label htmlFor="handbook_search">{t('handbook.search')}</label>
          <input
            id="handbook_search"
            type="search"
            autoComplete="off"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby="handbook_search_status"
            data-testid="handbook-search"
          />
          <button type="button" className="secondary" onClick={() => window.print()}>
            {t('handbook.print')}
          </button>
          <p id="handbook_search_status" role="status" className="hint">
            {searching
              ? found.chapters.length === 0
                ? t('handbook.noResults')
                : t('handbook.results', { count: found.matches })
              : t('handbook.searchHint')}
          </p>
        </search>
        <div className="handbook-layout">
          {!searching && (
            <nav className="toc no-print" aria-labelledby="toc_title">
              <h2 id="toc_title">{t('handbook.contents')}</h2>
              <ol>
                {doc.chapters.map((c) => (
                  <li key={c.id ?? c.title}>
                    {c.id ? <a href={`#${c.id}`}>{c.title}</a> : c.title}
                  </li>
                ))}
              </ol>
            </nav>
          )}
          <div className="handbook-body">
            {found.chapters.map((c) => (
              <ChapterView key={c.id ?? c.title} chapter={c} />
            ))}
          </div>
        </div>
      </div>
    </Page>
  );
}
