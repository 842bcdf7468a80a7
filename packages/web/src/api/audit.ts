/** The audit log page and the chain check. */
import type { AuditPageResponse, AuditVerifyResponse } from '@leidraad/contract';
import { request } from './client.js';

export const auditApi = {
  page: (before?: number, limit = 50) =>
    request<AuditPageResponse>(
      'GET',
      `/api/audit?limit=${limit}${before === undefined ? '' : `&before=${before}`}`,
    ),
  verify: () => request<AuditVerifyResponse>('GET', '/api/audit/verify'),
};
