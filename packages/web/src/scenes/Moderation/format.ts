/** The post's moderation history page. */
export const historyPath = (postId: string) =>
  `/moderation/history?post=${encodeURIComponent(postId)}`;

/** The guideline article in the handbook. */
export const articlePath = (article: string) => `/handbook#${encodeURIComponent(article)}`;
