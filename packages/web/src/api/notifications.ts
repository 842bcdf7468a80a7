/** The signed-in user's notifications. */
import type { Notification, NotificationsResponse, ReadAllResponse } from '@leidraad/contract';
import { request } from './client.js';

export const UNREAD_CHANGED = 'leidraad:unread-changed';

/** Tells the top navigation to count unread notifications again. */
function changed<T>(value: T): T {
  window.dispatchEvent(new Event(UNREAD_CHANGED));
  return value;
}

export const notificationsApi = {
  list: (limit = 50) => request<NotificationsResponse>('GET', `/api/notifications?limit=${limit}`),
  read: (id: string) =>
    request<{ notification: Notification }>(
      'POST',
      `/api/notifications/${encodeURIComponent(id)}/read`,
    ).then(changed),
  readAll: () => request<ReadAllResponse>('POST', '/api/notifications/read-all').then(changed),
};
