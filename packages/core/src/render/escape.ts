const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/** Only these link targets are rendered as links; anything else (javascript:, data:) stays text. */
export function safeHref(href: string): string | undefined {
  return /^(?:https?:\/\/|mailto:|#)/i.test(href) ? href : undefined;
}

/**
 * Escape text for GitHub-flavoured Markdown so it renders literally: inline markers,
 * raw HTML, entities and block markers at the start of a line.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** One line of inline Markdown text (no line breaks). */
export function escapeMarkdownInline(s: string): string {
  return escapeMarkdown(s.replace(/\s*\n\s*/g, ' '));
}
