import { useI18n } from '../i18n/I18nProvider.js';
import { useLocation } from '../lib/router.js';
import { ROUTES } from '../routes.js';
import { useUnread } from '../scenes/Notifications/use-unread.js';
import { useMe, useSession } from '../session/SessionProvider.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { Link } from './Link.js';

/** The pages the signed-in user may open, as the server's permissions say. */
export function TopNav() {
  const { t } = useI18n();
  const me = useMe();
  const { signOut } = useSession();
  const { path } = useLocation();
  const items = ROUTES.filter((r) => r.nav && me.permissions.includes(r.permission));
  const unread = useUnread(path);
  return (
    <header className="top">
      <div className="top-inner">
        <Link to="/composer" className="brand">
          Leidraad
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            {items.map((r) => (
              <li key={r.path}>
                <Link to={r.path} aria-current={path === r.path ? 'page' : undefined}>
                  {t(r.label)}
                  {r.path === '/notifications' && unread > 0 && (
                    <>
                      {' '}
                      <span className="badge info" data-testid="unread-count">
                        <span aria-hidden="true">{unread}</span>
                        <span className="sr-only">{t('nav.unread', { count: unread })}</span>
                      </span>
                    </>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <LanguageSwitch />
          <span className="who">
            <span className="sr-only">{t('nav.signedInAs')} </span>
            {me.user.name}
          </span>
          <button type="button" className="link-button" onClick={() => void signOut()}>
            {t('nav.signOut')}
          </button>
        </div>
      </div>
    </header>
  );
}
