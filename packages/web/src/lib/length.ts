/** The composer's length counter: core's count, the same one the `limits` check kind uses. */
export { type ChannelLength as Length, channelLength } from '@leidraad/core';
