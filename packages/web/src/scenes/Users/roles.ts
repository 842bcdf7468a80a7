import type { Role } from '../../api/types.js';
import type { MessageKey } from '../../i18n/translate.js';

export const ROLE_LABEL: Record<Role, MessageKey> = {
  administrator: 'role.administrator',
  'communications-lead': 'role.communications-lead',
  'webcare-agent': 'role.webcare-agent',
  employee: 'role.employee',
};
