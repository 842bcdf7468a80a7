/** A very small history router: the path and query come from `location`, links push state. */
import { useSyncExternalStore } from 'react';

const EVENT = 'leidraad:navigate';

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(EVENT, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(EVENT, callback);
  };
}

const snapshot = () => location.pathname + location.search;

/** The current path plus query string, e.g. `/composer?draft=3`. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const current = useSyncExternalStore(subscribe, snapshot);
  const q = current.indexOf('?');
  return {
    path: q < 0 ? current : current.slice(0, q),
    query: new URLSearchParams(q < 0 ? '' : current.slice(q)),
  };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.dispatchEvent(new Event(EVENT));
  if (!to.includes('#')) window.scrollTo(0, 0);
}
