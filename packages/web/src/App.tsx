import { lazy, Suspense } from 'react';
import { AckBanner } from './components/AckBanner.js';
import { ErrorMessage } from './components/ErrorMessage.js';
import { Link } from './components/Link.js';
import { Loading } from './components/Loading.js';
import { Page } from './components/Page.js';
import { TopNav } from './components/TopNav.js';
import { useI18n } from './i18n/I18nProvider.js';
import { navigate, useLocation } from './lib/router.js';
import { findRoute } from './routes.js';
import { SignIn } from './scenes/SignIn/SignIn.js';
import { useMe, useSession } from './session/SessionProvider.js';

const Welcome = lazy(() => import('./scenes/SignIn/Welcome.js'));

export function App() {
  const { state } = useSession();
  const { path } = useLocation();
  const { t } = useI18n();

  if (path === '/welcome') {
    return (
      <Shell>
        <Suspense fallback={<Loading />}>
          <Welcome />
        </Suspense>
      </Shell>
    );
  }
  switch (state.status) {
    case 'loading':
      return (
        <Shell>
          <Loading />
        </Shell>
      );
    case 'error':
      return (
        <Shell>
          <Page title={t('error.title')}>
            <ErrorMessage error={state.error} />
          </Page>
        </Shell>
      );
    case 'signed-out':
      return (
        <Shell>
          <SignIn />
        </Shell>
      );
    case 'signed-in':
      return <SignedIn />;
  }
}

/** Landmarks for pages shown without the navigation (sign-in, welcome). */
function Shell({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="top">
        <div className="top-inner">
          <span className="brand">Leidraad</span>
        </div>
      </header>
      <main id="main_content" className="narrow">
        {children}
      </main>
    </>
  );
}

function SignedIn() {
  const me = useMe();
  const { t } = useI18n();
  const { path } = useLocation();
  if (path === '/' || path === '/signin') {
    navigate('/composer', { replace: true });
    return null;
  }
  const route = findRoute(path);
  let content: React.ReactNode;
  if (!route) {
    content = (
      <Page title={t('notFound.title')}>
        <p>{t('notFound.body')}</p>
        <p>
          <Link to="/composer">{t('notFound.home')}</Link>
        </p>
      </Page>
    );
  } else if (!me.permissions.includes(route.permission)) {
    content = (
      <Page title={t('noAccess.title')}>
        <p>{t('noAccess.body')}</p>
      </Page>
    );
  } else {
    const Component = route.component;
    content = (
      <Suspense fallback={<Loading />}>
        <Component />
      </Suspense>
    );
  }
  return (
    <>
      <a className="skip" href="#main_content">
        {t('nav.skip')}
      </a>
      <TopNav />
      <main id="main_content" tabIndex={-1}>
        {me.pendingAcknowledgement !== null && <AckBanner version={me.pendingAcknowledgement} />}
        {content}
      </main>
    </>
  );
}
