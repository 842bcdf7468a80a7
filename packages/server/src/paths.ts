import { fileURLToPath } from 'node:url';

// This file lives at packages/server/src/ and is bundled to packages/server/dist/: both
// are three levels below the repository root.
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BUILTIN_GUIDELINE = `${REPO_ROOT}guidelines/nl.yaml`;
export const DEFAULT_WEB_DIST = `${REPO_ROOT}packages/web/dist`;
