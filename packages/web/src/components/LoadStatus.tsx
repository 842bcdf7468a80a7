import type { Loaded } from '../lib/use-load.js';
import { ErrorMessage } from './ErrorMessage.js';
import { Loading } from './Loading.js';

/** What a page shows while its data loads or when loading failed; nothing once it is ready. */
export function LoadStatus({ state }: { state: Loaded<unknown> }) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorMessage error={state.error} />;
  return null;
}
