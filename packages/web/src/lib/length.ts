/**
 * The composer's length counter: the post's length as the channel's network counts it,
 * with the same code as the `limits` check kind.
 * TODO(core): import `measure`/`findEntities` from '@leidraad/core' once core exports them.
 */
import type { ChannelInfo } from '@leidraad/core';
import { measure, X_LINK_LENGTH } from '../../../core/src/kinds/limits/count.js';
import { findEntities } from '../../../core/src/kinds/limits/entities.js';

export type Length = { count: number; max: number | undefined; over: boolean };

export function channelLength(text: string, channel: ChannelInfo | undefined): Length {
  const counting = channel?.counting ?? 'graphemes';
  const max = channel?.maxLength;
  const linkLength = channel?.linkLength ?? (counting === 'x' ? X_LINK_LENGTH : undefined);
  const links = linkLength === undefined ? [] : findEntities(text, counting === 'x').links;
  const { count } = measure(text, counting, links, linkLength, max ?? Number.MAX_SAFE_INTEGER);
  return { count, max, over: max !== undefined && count > max };
}
