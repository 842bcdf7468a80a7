/** Moderation: the queue, hide and restore, appeals and a post's history. */
import type {
  AppealResponse,
  DecideAppealResponse,
  ModerationHistoryResponse,
  ModerationPostsResponse,
  ModerationResult,
  OpenAppealsResponse,
  PostVisibility,
} from '@leidraad/contract';
import { request } from './client.js';

const q = encodeURIComponent;

export const moderationApi = {
  queue: (visibility?: PostVisibility) =>
    request<ModerationPostsResponse>(
      'GET',
      `/api/moderation/posts${visibility ? `?visibility=${visibility}` : ''}`,
    ),
  appeals: () => request<OpenAppealsResponse>('GET', '/api/moderation/appeals'),
  hide: (postId: string, reason: string, note: string) =>
    request<ModerationResult>('POST', `/api/moderation/posts/${q(postId)}/hide`, {
      reason,
      ...(note.trim() ? { note: note.trim() } : {}),
    }),
  restore: (postId: string, note: string) =>
    request<ModerationResult>('POST', `/api/moderation/posts/${q(postId)}/restore`, {
      ...(note.trim() ? { note: note.trim() } : {}),
    }),
  appeal: (postId: string, text: string) =>
    request<AppealResponse>('POST', `/api/moderation/posts/${q(postId)}/appeal`, { text }),
  decide: (appealId: string, decision: 'grant' | 'uphold', note: string) =>
    request<DecideAppealResponse>('POST', `/api/moderation/appeals/${q(appealId)}/decide`, {
      decision,
      note,
    }),
  history: (postId: string) =>
    request<ModerationHistoryResponse>('GET', `/api/moderation/posts/${q(postId)}/history`),
};
