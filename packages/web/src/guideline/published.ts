/**
 * The published guideline, fetched once per page load and compiled once: the composer
 * runs the same core check in the browser as the server does.
 */
import { type Checker, compileGuideline, KINDS } from '@leidraad/core';
import { api } from '../api/client.js';
import type { PublishedGuideline } from '../api/types.js';
import { type Loaded, useLoad } from '../lib/use-load.js';

let pending: Promise<PublishedGuideline> | undefined;
const checkers = new Map<number, { checker: Checker; compileMs: number }>();

/** Fetch the published guideline (shared by every page; `reload` after publishing). */
export function fetchPublished(reload = false): Promise<PublishedGuideline> {
  if (!pending || reload) {
    const next = api.guideline();
    pending = next;
    next.catch(() => {
      // A failed fetch is not cached: the next page that needs it asks again.
      if (pending === next) pending = undefined;
    });
  }
  return pending;
}

/** The compiled checker of a published version, built once. */
export function checkerFor(published: PublishedGuideline): { checker: Checker; compileMs: number } {
  let entry = checkers.get(published.version);
  if (!entry) {
    const t0 = performance.now();
    const checker = compileGuideline(published.guideline, KINDS);
    entry = { checker, compileMs: performance.now() - t0 };
    checkers.set(published.version, entry);
  }
  return entry;
}

export function usePublished(): Loaded<PublishedGuideline> {
  return useLoad(() => fetchPublished());
}
