/**
 * The app's pages. `permission` names the action from GET /api/auth/me that the page
 * needs; the nav shows a page only when the server granted it (the UI never decides).
 * Everything but the composer loads lazily, so the composer's first load stays small.
 */
import type { Action } from '@leidraad/contract';
import { type ComponentType, lazy } from 'react';
import type { MessageKey } from './i18n/translate.js';
import { Composer } from './scenes/Composer/Composer.js';

export type RouteDef = {
  path: string;
  label: MessageKey;
  permission: Action;
  component: ComponentType;
  /** Listed in the top navigation. */
  nav: boolean;
};

const Handbook = lazy(() => import('./scenes/Handbook/Handbook.js'));
const Drafts = lazy(() => import('./scenes/Drafts/Drafts.js'));
const Posts = lazy(() => import('./scenes/Posts/Posts.js'));
const Reviews = lazy(() => import('./scenes/Reviews/Reviews.js'));
const GuidelineEditor = lazy(() => import('./scenes/Guideline/GuidelineEditor.js'));
const Versions = lazy(() => import('./scenes/Guideline/Versions.js'));
const Acknowledgements = lazy(() => import('./scenes/Acknowledgements/Acknowledgements.js'));
const Users = lazy(() => import('./scenes/Users/Users.js'));
const Tokens = lazy(() => import('./scenes/Tokens/Tokens.js'));
const Moderation = lazy(() => import('./scenes/Moderation/Moderation.js'));
const ModerationHistory = lazy(() => import('./scenes/Moderation/History.js'));
const Notifications = lazy(() => import('./scenes/Notifications/Notifications.js'));
const Audit = lazy(() => import('./scenes/Audit/Audit.js'));
const Training = lazy(() => import('./scenes/Training/Training.js'));
const Coverage = lazy(() => import('./scenes/Training/Coverage.js'));
const Phase = lazy(() => import('./scenes/Phase/Phase.js'));

export const ROUTES: readonly RouteDef[] = [
  { path: '/composer', label: 'nav.composer', permission: 'check', component: Composer, nav: true },
  {
    path: '/drafts',
    label: 'nav.drafts',
    permission: 'drafts:write',
    component: Drafts,
    nav: true,
  },
  // Authors who lost 'posts:submit' still see their posts.
  { path: '/posts', label: 'nav.posts', permission: 'drafts:write', component: Posts, nav: true },
  {
    path: '/reviews',
    label: 'nav.reviews',
    permission: 'posts:review',
    component: Reviews,
    nav: true,
  },
  {
    path: '/handbook',
    label: 'nav.handbook',
    permission: 'guideline:read',
    component: Handbook,
    nav: true,
  },
  {
    path: '/guideline',
    label: 'nav.guideline',
    permission: 'guideline:publish',
    component: GuidelineEditor,
    nav: true,
  },
  {
    path: '/guideline/versions',
    label: 'nav.versions',
    permission: 'guideline:read',
    component: Versions,
    nav: true,
  },
  {
    path: '/acknowledgements',
    label: 'nav.acknowledgements',
    permission: 'acknowledgements:read',
    component: Acknowledgements,
    nav: true,
  },
  {
    path: '/training',
    label: 'nav.training',
    permission: 'training:take',
    component: Training,
    nav: true,
  },
  {
    path: '/coverage',
    label: 'nav.coverage',
    permission: 'training:coverage',
    component: Coverage,
    nav: true,
  },
  { path: '/phase', label: 'nav.phase', permission: 'guideline:read', component: Phase, nav: true },
  {
    path: '/moderation',
    label: 'nav.moderation',
    permission: 'moderation:act',
    component: Moderation,
    nav: true,
  },
  // Every signed-in person has 'training:take'; the server decides who sees which history.
  {
    path: '/moderation/history',
    label: 'nav.history',
    permission: 'training:take',
    component: ModerationHistory,
    nav: false,
  },
  {
    path: '/notifications',
    label: 'nav.notifications',
    permission: 'training:take',
    component: Notifications,
    nav: true,
  },
  { path: '/audit', label: 'nav.audit', permission: 'audit:read', component: Audit, nav: true },
  { path: '/users', label: 'nav.users', permission: 'users:read', component: Users, nav: true },
  {
    path: '/tokens',
    label: 'nav.tokens',
    permission: 'tokens:manage',
    component: Tokens,
    nav: true,
  },
];

export function findRoute(path: string): RouteDef | undefined {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return ROUTES.find((r) => r.path === clean);
}
