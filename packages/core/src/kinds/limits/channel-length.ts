import type { ChannelInfo } from '../types.js';
import { measure, X_LINK_LENGTH } from './count.js';
import { findEntities } from './entities.js';

export type ChannelLength = { count: number; max: number | undefined; over: boolean };

/**
 * A post's length as the channel's network counts it (graphemes, X's weighted count or
 * code units; links at their fixed length), the same count the `limits` kind checks.
 * The composer's length counter shows it.
 */
export function channelLength(text: string, channel: ChannelInfo | undefined): ChannelLength {
  const counting = channel?.counting ?? 'graphemes';
  const max = channel?.maxLength;
  const linkLength = channel?.linkLength ?? (counting === 'x' ? X_LINK_LENGTH : undefined);
  const links = linkLength === undefined ? [] : findEntities(text, counting === 'x').links;
  const { count } = measure(text, counting, links, linkLength, max ?? Number.MAX_SAFE_INTEGER);
  return { count, max, over: max !== undefined && count > max };
}
