import { useEffect, useState } from 'react';
import { notificationsApi, UNREAD_CHANGED } from '../../api/notifications.js';

/**
 * How many notifications are unread, counted again when the page changes or a notification
 * is marked read (0 while unknown or when the server cannot be reached).
 */
export function useUnread(path: string): number {
  const [unread, setUnread] = useState(0);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const again = () => setTick((n) => n + 1);
    window.addEventListener(UNREAD_CHANGED, again);
    return () => window.removeEventListener(UNREAD_CHANGED, again);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: count again on every page and change.
  useEffect(() => {
    let live = true;
    notificationsApi.list(1).then(
      (r) => live && setUnread(r.unread),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [path, tick]);
  return unread;
}
