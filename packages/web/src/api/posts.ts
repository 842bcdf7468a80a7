/** The posts and reviews calls of the API (submitting, editing, deciding). */
import type {
  ListPostsResponse,
  PostDetailResponse,
  PublishPostRequest,
  ReviewRequest,
  SubmitPostRequest,
  UpdatePostRequest,
} from '@leidraad/contract';
import { request } from './client.js';

export type {
  Post,
  PostCan,
  PostDetailResponse,
  PostReview,
  PostStatus,
  PostStep,
  ReviewDecision,
} from '@leidraad/contract';

const q = encodeURIComponent;

export const postsApi = {
  list: () => request<ListPostsResponse>('GET', '/api/posts'),
  get: (id: string) => request<PostDetailResponse>('GET', `/api/posts/${q(id)}`),
  submit: (input: SubmitPostRequest) => request<PostDetailResponse>('POST', '/api/posts', input),
  update: (id: string, input: UpdatePostRequest) =>
    request<PostDetailResponse>('PUT', `/api/posts/${q(id)}`, input),
  withdraw: (id: string) => request<PostDetailResponse>('POST', `/api/posts/${q(id)}/withdraw`),
  publish: (id: string, input: PublishPostRequest) =>
    request<PostDetailResponse>('POST', `/api/posts/${q(id)}/publish`, input),
  review: (id: string, input: ReviewRequest) =>
    request<PostDetailResponse>('POST', `/api/posts/${q(id)}/reviews`, input),
  queue: () => request<ListPostsResponse>('GET', '/api/reviews'),
};
