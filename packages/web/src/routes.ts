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
const GuidelineEditor = lazy(() => import('./scenes/Guideline/GuidelineEditor.js'));
const Versions = lazy(() => import('./scenes/Guideline/Versions.js'));
const Acknowledgements = lazy(() => import('./scenes/Acknowledgements/Acknowledgements.js'));
const Users = lazy(() => import('./scenes/Users/Users.js'));
const Tokens = lazy(() => import('./scenes/Tokens/Tokens.js'));

export const ROUTES: readonly RouteDef[] = [
  { path: '/composer', label: 'nav.composer', permission: 'check', component: Composer, nav: true },
  {
    path: '/drafts',
    label: 'nav.drafts',
    permission: 'drafts:write',
    component: Drafts,
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
